import { z } from '@hono/zod-openapi';
import { FOLLOW_UP_KINDS } from '../domain/index.ts';

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
