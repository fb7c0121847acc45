import { z } from '@hono/zod-openapi';
import { PERSONAS } from '../../domain/personas.ts';
import { LIFECYCLE_STAGES, SENTIMENTS, TIERS } from '../../domain/vocabulary.ts';
import { DATE_FORMATS } from '../integrations/domain/dates.ts';
import { EXCLUSION_REASONS, FOLLOW_UP_KINDS, QUESTION_KINDS, ROLL_UP_METHODS } from './domain/index.ts';
import { MESSAGE_STATUSES } from './sending/outbox.service.ts';

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

const days = z.number().int().min(0).max(1000);
export const TriggerSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('every'), days }),
    z.object({ kind: z.literal('after_stage'), stage: z.enum(LIFECYCLE_STAGES), days }),
    z.object({ kind: z.literal('before_renewal'), days }),
  ])
  .openapi('ProgramTrigger');

export const ProgramInputSchema = z
  .object({
    name: z.string().max(200),
    questionnaireId: z.string().uuid(),
    stages: z.array(z.enum(LIFECYCLE_STAGES)).default([]),
    personas: z.array(z.enum(PERSONAS)).default([]),
    segmentIds: z.array(z.string()).default([]),
    trigger: TriggerSchema,
    reminderDays: z.array(z.number().int().min(1).max(365)).max(5).default([5, 10]),
    escalateAfterDays: z.number().int().min(0).max(365).nullable().default(3),
    responseWindowDays: z.number().int().min(1).max(365).default(30),
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
export const ProgramSchema = ProgramInputSchema.extend({
  id: z.string(),
  questionnaireName: z.string(),
  createdAt: z.string(),
  lastWave: WaveSummary.nullable(),
}).openapi('Program');

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

export const WaveSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    programName: z.string(),
    questionnaireName: z.string(),
    launchedAt: z.string(),
    closesAt: z.string(),
    status: z.enum(['open', 'closed']),
    invited: z.number().int(),
    sent: z.number().int(),
    responded: z.number().int(),
    responseRate: z.number().nullable(),
  })
  .openapi('Wave');

export const InvitationSchema = z
  .object({
    id: z.string(),
    stakeholderId: z.string(),
    stakeholderName: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    email: z.string(),
    status: z.enum(['scheduled', 'sent', 'answered', 'silent', 'failed']),
    sentAt: z.string().nullable(),
    remindersSent: z.number().int(),
    respondedAt: z.string().nullable(),
    score: z.number().int().nullable(),
  })
  .openapi('Invitation');

export const OutboxMessageSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['invitation', 'reminder']),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    link: z.string(),
    status: z.enum(MESSAGE_STATUSES),
    sendAfter: z.string(),
    sentAt: z.string().nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    accountName: z.string(),
    stakeholderName: z.string(),
    waveId: z.string(),
  })
  .openapi('OutboxMessage');

const NpsCell = z.object({
  nps: z.number().nullable(),
  responses: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
});
const Participation = z.object({
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
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
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

export const TaskSchema = z
  .object({
    id: z.string(),
    kind: z.enum(FOLLOW_UP_KINDS),
    title: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    stakeholderId: z.string().nullable(),
    stakeholderName: z.string().nullable(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    dueDate: z.string(),
    status: z.enum(['open', 'done']),
    createdAt: z.string(),
    responseId: z.string().nullable(),
    score: z.number().int().nullable(),
  })
  .openapi('Task');

export const AssessmentSettingsSchema = z
  .object({
    fatigueDays: z.number().int().min(0).max(730),
    sentimentBands: z.object({ supportive: z.number().int(), neutral: z.number().int(), resistant: z.number().int() }),
    productName: z.string().max(100),
  })
  .openapi('AssessmentSettings');

export const PastResponseImportSchema = z
  .object({
    status: z.enum(['imported', 'dry_run', 'rejected']),
    rows: z.number().int(),
    imported: z.number().int(),
    skipped: z.number().int(),
    rejected: z.number().int(),
    columns: z.record(z.string(), z.string()),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), value: z.string(), reason: z.string() })),
    nps: NpsCell,
  })
  .openapi('PastResponseImport');

export const PastResponseImportQuerySchema = z.object({
  dateFormat: z.enum(DATE_FORMATS.filter((f) => f !== 'auto') as ['iso', 'us', 'eu']).default('iso'),
  skipInvalid: z.enum(['true', 'false']).default('false'),
  dryRun: z.enum(['true', 'false']).default('false'),
  account: z.string().optional().openapi({ description: 'Account id or exact name for rows that name no stakeholder' }),
  dateColumn: z.string().optional(),
  scoreColumn: z.string().optional(),
  textColumn: z.string().optional(),
  emailColumn: z.string().optional(),
  externalIdColumn: z.string().optional(),
  labelColumn: z.string().optional(),
});
