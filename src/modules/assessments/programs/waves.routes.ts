import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../../deps.ts';
import { createRouter } from '../../../http/app-env.ts';
import { errorResponses, IdParam, jsonResponse, security } from '../../../http/openapi-common.ts';
import { items, tags } from '../assessments.openapi.ts';
import { InvitationSchema, WaveSchema } from './waves.schema.ts';
import * as service from './waves.service.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/assessment-waves',
  tags,
  security,
  summary: 'Waves, newest first',
  request: { query: z.object({ programId: z.string().uuid().optional() }) },
  responses: { 200: jsonResponse(items(WaveSchema), 'Waves'), ...errorResponses },
});
const getRoute = createRoute({
  method: 'get',
  path: '/assessment-waves/{id}',
  tags,
  security,
  summary: 'One wave with its invitations',
  request: { params: IdParam },
  responses: { 200: jsonResponse(WaveSchema.extend({ invitations: z.array(InvitationSchema) }), 'Wave'), ...errorResponses },
});
const closeRoute = createRoute({
  method: 'post',
  path: '/assessment-waves/{id}/close',
  tags,
  security,
  summary: 'Close a wave early: links stop taking answers, reminders are cancelled (leaders, admins)',
  request: { params: IdParam },
  responses: { 200: jsonResponse(WaveSchema, 'Closed'), ...errorResponses },
});

export function wavesRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => c.json({ items: await service.listWaves(deps, c.req.valid('query').programId) }, 200));
  router.openapi(getRoute, async (c) => c.json(await service.getWave(deps, c.req.valid('param').id), 200));
  router.openapi(closeRoute, async (c) => c.json(await service.closeWave(deps, c.get('actor'), c.req.valid('param').id), 200));
  return router;
}
