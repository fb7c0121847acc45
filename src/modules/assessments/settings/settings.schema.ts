import { z } from '@hono/zod-openapi';

export const AssessmentSettingsSchema = z
  .object({
    fatigueDays: z.number().int().min(0).max(730),
    sentimentBands: z.object({ supportive: z.number().int(), neutral: z.number().int(), resistant: z.number().int() }),
    productName: z.string().max(100),
  })
  .openapi('AssessmentSettings');
