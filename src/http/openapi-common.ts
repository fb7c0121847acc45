/** Shared OpenAPI pieces: the problem+json body and the standard error responses. */
import { z } from '@hono/zod-openapi';
import { ERROR_CODES } from '../lib/errors.ts';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(ERROR_CODES),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string(), row: z.number().int().optional() })).optional(),
  })
  .openapi('Problem');

export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

export const errorResponses = {
  401: problem('Not signed in'),
  403: problem('Signed in, but the role does not allow this'),
  404: problem('No such record'),
  409: problem('Conflicts with an existing record'),
  422: problem('Invalid input; `errors` names each field at fault'),
} as const;

export const jsonBody = <T extends z.ZodType>(schema: T, description = 'JSON body') => ({
  required: true,
  description,
  content: { 'application/json': { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const IdParam = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const security: Record<string, string[]>[] = [{ bearer: [] }, { session: [] }];
