import { z } from '@hono/zod-openapi';
import { LIFECYCLE_STAGES, REGIONS, SIZE_BANDS, TIERS } from '../../domain/vocabulary.ts';
import { calendarDate } from '../../lib/schema-types.ts';

export const AccountSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    tier: z.enum(TIERS),
    sizeBand: z.enum(SIZE_BANDS).nullable(),
    region: z.enum(REGIONS).nullable(),
    industry: z.string().nullable(),
    employees: z.number().int().nullable(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES),
    arr: z.number().nullable(),
    renewalDate: z.string().nullable(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    salesforceId: z.string().nullable(),
    hubspotId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Account');

export const AccountListItemSchema = AccountSchema.extend({
  activeStakeholders: z.number().int(),
  lastTouchpointAt: z.string().nullable(),
}).openapi('AccountListItem');

export const AccountInputSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200),
    tier: z.enum(TIERS),
    sizeBand: z.enum(SIZE_BANDS).nullable().optional(),
    region: z.enum(REGIONS).nullable().optional(),
    industry: z.string().trim().max(100).nullable().optional(),
    employees: z.number().int().min(0).nullable().optional(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
    arr: z.number().min(0).nullable().optional(),
    renewalDate: calendarDate.nullable().optional(),
    ownerId: z.string().uuid().nullable().optional(),
    salesforceId: z.string().max(18).nullable().optional(),
    hubspotId: z.string().max(40).nullable().optional(),
  })
  .openapi('AccountInput');

export const AccountPatchSchema = AccountInputSchema.partial()
  .extend({ stageNote: z.string().max(500).optional().openapi({ description: 'Why the stage changed, kept in the stage history' }) })
  .openapi('AccountPatch');

export const ACCOUNT_SORTS = ['name', 'renewalDate', 'arr', 'updatedAt'] as const;
export type AccountSort = (typeof ACCOUNT_SORTS)[number];

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const parts = s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
      const bad = parts.filter((p) => !(values as readonly string[]).includes(p));
      if (bad.length > 0) {
        ctx.addIssue({ code: 'custom', message: `unknown value(s) ${bad.join(', ')}; allowed: ${values.join(', ')}` });
        return z.NEVER;
      }
      return parts as T[number][];
    });

export const AccountListQuerySchema = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Text search in the account name' }),
  tier: csv(TIERS).openapi({ type: 'string', description: 'Comma-separated tiers' }),
  stage: csv(LIFECYCLE_STAGES).openapi({ type: 'string', description: 'Comma-separated lifecycle stages' }),
  region: csv(REGIONS).openapi({ type: 'string', description: 'Comma-separated regions' }),
  sizeBand: csv(SIZE_BANDS).openapi({ type: 'string', description: 'Comma-separated size bands' }),
  ownerId: z.string().optional().openapi({ description: 'A user id, or `me`' }),
  renewalWithinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .openapi({ description: 'Renewal date between today and today + N days' }),
  sort: z.enum(ACCOUNT_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional().openapi({ description: 'nextCursor from the previous page' }),
});
export type AccountListQuery = z.infer<typeof AccountListQuerySchema>;

export const AccountPageSchema = z
  .object({ items: z.array(AccountListItemSchema), nextCursor: z.string().nullable(), total: z.number().int() })
  .openapi('AccountPage');

export const StageChangeSchema = z
  .object({
    id: z.string(),
    fromStage: z.enum(LIFECYCLE_STAGES).nullable(),
    toStage: z.enum(LIFECYCLE_STAGES),
    changedAt: z.string(),
    changedBy: z.string().nullable(),
    changedByName: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('StageChange');

/** The filters portfolio views share with the accounts list. */
export const AccountFilterQuerySchema = AccountListQuerySchema.pick({
  q: true,
  tier: true,
  stage: true,
  region: true,
  sizeBand: true,
  ownerId: true,
  renewalWithinDays: true,
});
