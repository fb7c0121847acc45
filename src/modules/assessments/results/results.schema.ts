import { z } from '@hono/zod-openapi';
import { PERSONAS } from '../../../domain/personas.ts';
import { SENTIMENTS, TIERS } from '../../../domain/vocabulary.ts';
import { calendarDate } from '../../../lib/schema-types.ts';
import { ROLL_UP_METHODS } from '../domain/index.ts';
import { InvitationSchema } from '../programs/waves.schema.ts';

export const NpsCell = z.object({
  nps: z.number().nullable(),
  responses: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
});
export const Participation = z.object({
  invited: z.number().int(),
  responded: z.number().int(),
  responseRate: z.number().nullable(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  nonResponders: z.number().int(),
});
const Counted = NpsCell.extend(Participation.shape);

export const ResultsQuerySchema = z.object({
  waveId: z.string().uuid().optional(),
  programId: z.string().uuid().optional(),
  segmentId: z.string().optional(),
  persona: z.enum(PERSONAS).optional(),
  method: z.enum(ROLL_UP_METHODS).default('all_responses'),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
});

export const ResultsSchema = z
  .object({
    method: z.enum(ROLL_UP_METHODS),
    overall: Counted.extend({ scaleAbove35: z.object({ share: z.number().nullable(), count: z.number().int() }) }),
    byPersona: z.array(Counted.extend({ persona: z.enum(PERSONAS) })),
    bySegment: z.array(Counted.extend({ segmentId: z.string(), segmentName: z.string() })),
    byAccount: z.array(
      Counted.extend({
        accountId: z.string(),
        accountName: z.string(),
        tier: z.enum(TIERS),
        ownerName: z.string().nullable(),
        basis: z.string(),
        silent: z.boolean(),
      }),
    ),
    byCsm: z.array(Participation.extend({ userId: z.string().nullable(), name: z.string() })),
    byWave: z.array(Counted.extend({ waveId: z.string(), programName: z.string(), launchedAt: z.string() })),
    themes: z.array(
      z.object({
        theme: z.string(),
        count: z.number().int(),
        promoters: z.number().int(),
        passives: z.number().int(),
        detractors: z.number().int(),
        examples: z.array(z.string()),
      }),
    ),
  })
  .openapi('AssessmentResults');

export const AccountAssessmentsSchema = z
  .object({
    responses: z.array(
      z.object({
        id: z.string(),
        stakeholderId: z.string().nullable(),
        stakeholderName: z.string().nullable(),
        personas: z.array(z.enum(PERSONAS)),
        score: z.number().int().nullable(),
        group: z.enum(['promoter', 'passive', 'detractor']).nullable(),
        answers: z.array(
          z.object({ questionId: z.string(), prompt: z.string(), kind: z.string(), value: z.union([z.number(), z.string()]) }),
        ),
        respondedAt: z.string(),
        source: z.enum(['link', 'import']),
        waveId: z.string().nullable(),
        measuredSentiment: z.enum(SENTIMENTS).nullable(),
        assessedSentiment: z.enum(SENTIMENTS).nullable(),
      }),
    ),
    invitations: z.array(InvitationSchema),
    nps: NpsCell.extend({ basis: z.string() }),
    participation: Participation,
    silent: z.boolean(),
  })
  .openapi('AccountAssessments');
