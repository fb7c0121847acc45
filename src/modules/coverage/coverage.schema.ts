import { z } from '@hono/zod-openapi';
import { PERSONAS } from '../../domain/personas.ts';
import { KEY_TO_SUCCESS, LIFECYCLE_STAGES, REGIONS, SENTIMENTS, SEVERITIES, SIZE_BANDS, TIERS } from '../../domain/vocabulary.ts';
import { AccountFilterQuerySchema } from '../accounts/index.ts';

import { GAP_KINDS } from './domain/types.ts';

const SEVERITY = z.enum(SEVERITIES);

export const PersonaRequirementSchema = z
  .object({
    persona: z.enum(PERSONAS),
    minCount: z.number().int().min(0).max(50),
    lowestSentiment: z.enum(SENTIMENTS).nullable(),
    recencyDays: z.number().int().min(1).max(3650).nullable(),
    participationTarget: z.number().min(0).max(1).nullable(),
  })
  .openapi('PersonaRequirement');

export const CoverageModelInputSchema = z
  .object({
    requirements: z.array(PersonaRequirementSchema).max(PERSONAS.length),
    minEngagedStakeholders: z.number().int().min(1).max(50),
    engagementWindowDays: z.number().int().min(1).max(3650),
  })
  .openapi('CoverageModelInput');

export const CoverageModelSchema = CoverageModelInputSchema.extend({ segmentId: z.string() }).openapi('CoverageModel');

export const SegmentInputSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes'),
    name: z.string().trim().min(1).max(100),
    priority: z.number().int().min(0).max(10_000).default(100),
    isDefault: z.boolean().default(false),
    match: z.object({
      tiers: z.array(z.enum(TIERS)).default([]),
      sizeBands: z.array(z.enum(SIZE_BANDS)).default([]),
      regions: z.array(z.enum(REGIONS)).default([]),
      industries: z.array(z.string().max(100)).default([]),
    }),
  })
  .openapi('SegmentInput');

/** A segment as the API answers it: every field present (the input's defaults applied). */
export const SegmentInfoSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    priority: z.number().int(),
    isDefault: z.boolean(),
    match: z.object({
      tiers: z.array(z.enum(TIERS)),
      sizeBands: z.array(z.enum(SIZE_BANDS)),
      regions: z.array(z.enum(REGIONS)),
      industries: z.array(z.string()),
    }),
  })
  .openapi('SegmentInfo');

export const SegmentSchema = SegmentInfoSchema.extend({ model: CoverageModelSchema }).openapi('Segment');

export const GapSchema = z
  .object({
    kind: z.enum(GAP_KINDS),
    severity: SEVERITY,
    persona: z.enum(PERSONAS).nullable(),
    stakeholderId: z.string().nullable(),
    key: z.string(),
    explanation: z.string(),
  })
  .openapi('Gap');

export const ActionSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    gapKey: z.string(),
    gapKind: z.enum(GAP_KINDS),
    severity: SEVERITY,
    persona: z.enum(PERSONAS).nullable(),
    stakeholderId: z.string().nullable(),
    title: z.string(),
    channel: z.enum(['meeting', 'executive_outreach', 'call', 'email']),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    dueDate: z.string(),
    status: z.enum(['open', 'done', 'dismissed', 'resolved']),
    statusReason: z.string().nullable(),
    statusChangedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('RelationshipAction', { description: 'One step of the relationship plan; `resolved` means the gap closed by itself' });

export const HeatCellSchema = z
  .object({
    coverage: z.enum(['present', 'missing', 'too_few', 'not_required']),
    count: z.number().int(),
    wanted: z.number().int(),
    engagement: z.enum(['within', 'breached', 'no_limit', 'none']),
    daysSinceEngaged: z.number().int().nullable(),
    sentiment: z.enum(SENTIMENTS).nullable(),
    participation: z.enum(['answered', 'silent', 'awaiting', 'not_invited']),
  })
  .openapi('HeatCell');

export const AccountCoverageSchema = z
  .object({
    segment: SegmentInfoSchema,
    model: CoverageModelSchema,
    mix: z.array(
      HeatCellSchema.extend({
        persona: z.enum(PERSONAS),
        requirement: PersonaRequirementSchema.nullable(),
        lastEngagedBy: z.string().nullable(),
      }),
    ),
    gaps: z.array(GapSchema),
    actions: z.array(ActionSchema),
    matrix: z.array(
      z.object({
        stakeholderId: z.string(),
        name: z.string(),
        keyToSuccess: z.enum(KEY_TO_SUCCESS),
        sentiment: z.enum(SENTIMENTS).nullable(),
        source: z.enum(['measured', 'assessed']).nullable(),
        danger: z.boolean(),
      }),
    ),
  })
  .openapi('AccountCoverage');

export const ActionStatusSchema = z
  .object({ status: z.enum(['open', 'done', 'dismissed']), reason: z.string().max(1000).optional() })
  .openapi('RelationshipActionStatus');

export const HeatMapQuerySchema = AccountFilterQuerySchema.extend({
  sort: z.enum(['severity', 'renewalDate', 'name']).default('severity'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
});

export const HeatMapSchema = z
  .object({
    personas: z.array(z.enum(PERSONAS)),
    items: z.array(
      z.object({
        accountId: z.string(),
        name: z.string(),
        tier: z.enum(TIERS),
        lifecycleStage: z.enum(LIFECYCLE_STAGES),
        renewalDate: z.string().nullable(),
        ownerName: z.string().nullable(),
        worstSeverity: SEVERITY.nullable(),
        openGaps: z.number().int(),
        segmentId: z.string().nullable(),
        silent: z.boolean().openapi({ description: 'Nobody invited in the latest assessment wave answered after the last reminder' }),
        cells: z.record(z.string(), HeatCellSchema.nullable()),
      }),
    ),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .openapi('HeatMap');

const CountsSchema = z.array(
  z.object({
    key: z.string(),
    label: z.string(),
    critical: z.number(),
    high: z.number(),
    medium: z.number(),
    low: z.number(),
    total: z.number(),
  }),
);
const AccountRefSchema = z.array(
  z.object({ accountId: z.string(), name: z.string(), tier: z.enum(TIERS), ownerName: z.string().nullable(), detail: z.string() }),
);

export const GapSummarySchema = z
  .object({
    byKind: CountsSchema,
    byCsm: CountsSchema,
    byTier: CountsSchema,
    singleThreaded: AccountRefSchema,
    criticalBelowNeutral: AccountRefSchema,
    trend: z.array(z.object({ week: z.string(), opened: z.number(), closed: z.number() })),
  })
  .openapi('GapSummary');

export const RecomputeSchema = z
  .object({
    accounts: z.number(),
    gapsOpened: z.number(),
    gapsClosed: z.number(),
    actionsCreated: z.number(),
    actionsResolved: z.number(),
    milliseconds: z.number(),
  })
  .openapi('CoverageRecompute');
