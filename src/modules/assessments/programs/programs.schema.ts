import { z } from '@hono/zod-openapi';
import { PERSONAS } from '../../../domain/personas.ts';
import { LIFECYCLE_STAGES } from '../../../domain/vocabulary.ts';
import { EXCLUSION_REASONS } from '../domain/index.ts';

const days = z.number().int().min(0).max(1000);
export const TriggerSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('every'), days }),
    z.object({ kind: z.literal('after_stage'), stage: z.enum(LIFECYCLE_STAGES), days }),
    z.object({ kind: z.literal('before_renewal'), days }),
  ])
  .openapi('ProgramTrigger');

const stages = z.array(z.enum(LIFECYCLE_STAGES));
const personas = z.array(z.enum(PERSONAS));
const reminderDays = z.array(z.number().int().min(1).max(365)).max(5);
const escalateAfterDays = z.number().int().min(0).max(365).nullable();
const responseWindowDays = z.number().int().min(1).max(365);

export const ProgramInputSchema = z
  .object({
    name: z.string().max(200),
    questionnaireId: z.string().uuid(),
    stages: stages.default([]),
    personas: personas.default([]),
    segmentIds: z.array(z.string()).default([]),
    trigger: TriggerSchema,
    reminderDays: reminderDays.default([5, 10]),
    escalateAfterDays: escalateAfterDays.default(3),
    responseWindowDays: responseWindowDays.default(30),
    active: z.boolean().default(false),
  })
  .openapi('ProgramInput');

const WaveSummary = z.object({
  id: z.string(),
  launchedAt: z.string(),
  invited: z.number().int(),
  responded: z.number().int(),
  responseRate: z.number().nullable(),
});
/** A saved program: every field is present (the input's defaults were applied when it was saved). */
export const ProgramSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    questionnaireId: z.string().uuid(),
    stages,
    personas,
    segmentIds: z.array(z.string()),
    trigger: TriggerSchema,
    reminderDays,
    escalateAfterDays,
    responseWindowDays,
    active: z.boolean(),
    questionnaireName: z.string(),
    createdAt: z.string(),
    lastWave: WaveSummary.nullable(),
  })
  .openapi('Program');

const PreviewRow = z.object({
  stakeholderId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  personas: z.array(z.enum(PERSONAS)),
  accountId: z.string(),
  accountName: z.string(),
  why: z.string(),
});
export const PreviewSchema = z
  .object({
    asOf: z.string(),
    included: z.array(PreviewRow),
    excluded: z.array(PreviewRow.extend({ reason: z.enum(EXCLUSION_REASONS) })),
    counts: z.object({ included: z.number().int(), excluded: z.record(z.string(), z.number().int()) }),
  })
  .openapi('ProgramPreview');
