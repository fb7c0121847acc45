import { z } from '@hono/zod-openapi';
import { TOUCHPOINT_KINDS } from '../../domain/vocabulary.ts';
import { instant } from '../../lib/schema-types.ts';

export const TouchpointSchema = z
  .object({
    id: z.string(),
    accountId: z.string(),
    kind: z.enum(TOUCHPOINT_KINDS),
    occurredAt: z.string(),
    summary: z.string(),
    createdBy: z.string().nullable(),
    createdByName: z.string().nullable(),
    stakeholders: z.array(z.object({ id: z.string(), fullName: z.string(), personas: z.array(z.string()) })),
    internalParticipants: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi('Touchpoint', { description: "kind 'note' is internal and never counts as engagement" });

export const TouchpointInputSchema = z
  .object({
    accountId: z.string().uuid(),
    kind: z.enum(TOUCHPOINT_KINDS),
    occurredAt: instant,
    summary: z.string().trim().max(5000).default(''),
    stakeholderIds: z.array(z.string().uuid()).max(100).default([]),
    userIds: z.array(z.string().uuid()).max(50).default([]),
  })
  .openapi('TouchpointInput');

export const TouchpointPatchSchema = TouchpointInputSchema.omit({ accountId: true }).partial().openapi('TouchpointPatch');

export const TouchpointListQuerySchema = z.object({
  kind: z.enum(TOUCHPOINT_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  cursor: z.string().optional(),
});

export const TouchpointPageSchema = z
  .object({ items: z.array(TouchpointSchema), nextCursor: z.string().nullable(), total: z.number().int() })
  .openapi('TouchpointPage');
