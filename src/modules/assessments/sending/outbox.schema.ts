import { z } from '@hono/zod-openapi';
import { MESSAGE_STATUSES } from '../domain/index.ts';

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
