import { z } from '@hono/zod-openapi';
import { QUESTION_KINDS } from '../domain/index.ts';

export const QuestionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(QUESTION_KINDS),
    prompt: z.string(),
    required: z.boolean(),
    lowLabel: z.string().optional(),
    highLabel: z.string().optional(),
  })
  .openapi('Question');

export const QuestionnaireInputSchema = z
  .object({
    name: z.string().max(200),
    questions: z.array(z.unknown()).openapi({ type: 'array', items: { $ref: '#/components/schemas/Question' } }),
  })
  .openapi('QuestionnaireInput');

export const QuestionnaireSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    isDefault: z.boolean(),
    version: z.number().int(),
    versionId: z.string(),
    questions: z.array(QuestionSchema),
    updatedAt: z.string(),
  })
  .openapi('Questionnaire');

export const QuestionnaireDetailSchema = QuestionnaireSchema.extend({
  versions: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      createdAt: z.string(),
      questionCount: z.number().int(),
      responseCount: z.number().int(),
    }),
  ),
}).openapi('QuestionnaireDetail');
