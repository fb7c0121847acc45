import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../../deps.ts';
import { createRouter } from '../../../http/app-env.ts';
import { errorResponses, IdParam, jsonResponse, security } from '../../../http/openapi-common.ts';
import { tags } from '../assessments.openapi.ts';
import { MESSAGE_STATUSES } from '../domain/index.ts';
import { OutboxMessageSchema } from './outbox.schema.ts';
import * as service from './outbox.service.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/outbox',
  tags,
  security,
  summary: 'Every invitation and reminder with its delivery state (leaders, admins)',
  request: {
    query: z.object({
      status: z.enum(MESSAGE_STATUSES).optional(),
      waveId: z.string().uuid().optional(),
      cursor: z.string().optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(OutboxMessageSchema), nextCursor: z.string().nullable(), transport: z.enum(['smtp', 'outbox']) }),
      'Messages',
    ),
    ...errorResponses,
  },
});
const resendRoute = createRoute({
  method: 'post',
  path: '/outbox/{id}/resend',
  tags,
  security,
  summary: 'Queue a failed or uncertain message again (leaders, admins)',
  request: { params: IdParam },
  responses: { 200: jsonResponse(OutboxMessageSchema, 'Queued'), ...errorResponses },
});

export function outboxRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => c.json(await service.listOutbox(deps, c.get('actor'), c.req.valid('query')), 200));
  router.openapi(resendRoute, async (c) => c.json(await service.resendMessage(deps, c.get('actor'), c.req.valid('param').id), 200));
  return router;
}
