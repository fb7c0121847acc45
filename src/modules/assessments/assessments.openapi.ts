/** What every assessments route shares in the OpenAPI document. */
import { z } from '@hono/zod-openapi';

export const tags = ['Assessments'];
export const items = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });
