import { z } from '@hono/zod-openapi';

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
