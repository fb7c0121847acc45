import { z } from '@hono/zod-openapi';
import { PERSONAS } from '../../domain/personas.ts';
import { KEY_TO_SUCCESS, SENTIMENTS, STAKEHOLDER_HISTORY_FIELDS, STAKEHOLDER_STATUSES } from '../../domain/vocabulary.ts';
import { calendarDate } from '../../lib/schema-types.ts';

const scale = z.number().int().min(1, 'must be 1-5').max(5, 'must be 1-5');

export const PersonInputSchema = z
  .object({
    firstName: z.string().trim().min(1, 'is required').max(100),
    lastName: z.string().trim().min(1, 'is required').max(100),
    email: z.string().trim().email().max(254).nullable().optional(),
    title: z.string().trim().max(200).nullable().optional(),
    phone: z.string().trim().max(50).nullable().optional(),
  })
  .openapi('PersonInput');

export const PersonSummarySchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
});

export const PersonSchema = PersonSummarySchema.extend({ id: z.string(), accounts: z.number().int() }).openapi('Person');

export const PersonDetailSchema = PersonSchema.extend({
  stakeholders: z.array(
    z.object({
      stakeholderId: z.string(),
      accountId: z.string(),
      accountName: z.string(),
      personas: z.array(z.string()),
      status: z.string(),
    }),
  ),
}).openapi('PersonDetail');

export const PeopleQuerySchema = z.object({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
});

export const StakeholderSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    personId: z.string(),
    person: PersonSummarySchema,
    personas: z.array(z.enum(PERSONAS)),
    keyToSuccess: z.enum(KEY_TO_SUCCESS),
    assessedSentiment: z.enum(SENTIMENTS).nullable(),
    assessedSentimentAt: z.string().nullable(),
    assessedSentimentByName: z.string().nullable(),
    assessedSentimentReason: z.string().nullable(),
    measuredSentiment: z.enum(SENTIMENTS).nullable(),
    relationshipStrength: z.number().int().nullable(),
    personalRapport: z.number().int().nullable(),
    status: z.enum(STAKEHOLDER_STATUSES),
    leftAt: z.string().nullable(),
    lastEngagedAt: z.string().nullable(),
  })
  .openapi('Stakeholder');

export const StakeholderInputSchema = z
  .object({
    accountId: z.string().uuid(),
    personId: z.string().uuid().optional(),
    person: PersonInputSchema.optional(),
    personas: z.array(z.enum(PERSONAS)).max(PERSONAS.length),
    keyToSuccess: z.enum(KEY_TO_SUCCESS).default('important'),
    assessedSentiment: z.enum(SENTIMENTS).nullable().optional(),
    sentimentReason: z.string().max(1000).optional(),
    relationshipStrength: scale.nullable().optional(),
    personalRapport: scale.nullable().optional(),
  })
  .refine((v) => Boolean(v.personId) !== Boolean(v.person), {
    message: 'give either personId (an existing person) or person (a new one)',
    path: ['person'],
  })
  .openapi('StakeholderInput');

export const StakeholderPatchSchema = z
  .object({
    personas: z.array(z.enum(PERSONAS)).optional(),
    keyToSuccess: z.enum(KEY_TO_SUCCESS).optional(),
    assessedSentiment: z.enum(SENTIMENTS).nullable().optional(),
    sentimentReason: z.string().max(1000).optional(),
    relationshipStrength: scale.nullable().optional(),
    personalRapport: scale.nullable().optional(),
    person: PersonInputSchema.partial().optional(),
  })
  .openapi('StakeholderPatch');

export const LeaveSchema = z
  .object({ leftAt: calendarDate.optional().openapi({ description: 'Defaults to today' }), reason: z.string().max(1000).optional() })
  .openapi('StakeholderLeave');

export const StakeholderListQuerySchema = z.object({ status: z.enum(['active', 'left', 'all']).default('all') });

export const StakeholderChangeSchema = z
  .object({
    id: z.string(),
    field: z.enum(STAKEHOLDER_HISTORY_FIELDS),
    fromValue: z.unknown(),
    toValue: z.unknown(),
    reason: z.string().nullable(),
    changedByName: z.string().nullable(),
    changedAt: z.string(),
  })
  .openapi('StakeholderChange');

export const PersonaSuggestionSchema = z
  .object({
    personas: z.array(z.enum(PERSONAS)),
    seniority: z.string(),
    confidence: z.number(),
    reasons: z.array(z.string()),
  })
  .openapi('PersonaSuggestion', { description: 'A suggestion to confirm; it is never applied on its own' });
