import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../../deps.ts';
import { createRouter } from '../../../http/app-env.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, security } from '../../../http/openapi-common.ts';
import { items, tags } from '../assessments.openapi.ts';
import { PreviewSchema, ProgramInputSchema, ProgramSchema } from './programs.schema.ts';
import * as service from './programs.service.ts';
import { WaveSchema } from './waves.schema.ts';
import { getWaveSummary } from './waves.service.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/assessment-programs',
  tags,
  security,
  summary: 'Assessment programs with their latest wave',
  responses: { 200: jsonResponse(items(ProgramSchema), 'Programs'), ...errorResponses },
});
const createProgramRoute = createRoute({
  method: 'post',
  path: '/assessment-programs',
  tags,
  security,
  summary: 'Create a program: stages × personas × segments, trigger, reminders, escalation (leaders, admins)',
  request: { body: jsonBody(ProgramInputSchema) },
  responses: { 201: jsonResponse(ProgramSchema, 'Created'), ...errorResponses },
});
const updateRoute = createRoute({
  method: 'put',
  path: '/assessment-programs/{id}',
  tags,
  security,
  summary: 'Change a program (leaders, admins)',
  request: { params: IdParam, body: jsonBody(ProgramInputSchema) },
  responses: { 200: jsonResponse(ProgramSchema, 'Saved'), ...errorResponses },
});
const previewRoute = createRoute({
  method: 'get',
  path: '/assessment-programs/{id}/preview',
  tags,
  security,
  summary: 'Exactly who a launch would invite now, and why everyone else is left out',
  request: { params: IdParam },
  responses: { 200: jsonResponse(PreviewSchema, 'Preview'), ...errorResponses },
});
const launchRoute = createRoute({
  method: 'post',
  path: '/assessment-programs/{id}/launch',
  tags,
  security,
  summary: 'Launch a wave now: invitations and reminders are queued for sending (leaders, admins)',
  request: { params: IdParam },
  responses: { 201: jsonResponse(WaveSchema, 'Launched'), ...errorResponses },
});

export function programsRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => c.json({ items: await service.listPrograms(deps) }, 200));
  router.openapi(createProgramRoute, async (c) => c.json(await service.createProgram(deps, c.get('actor'), c.req.valid('json')), 201));
  router.openapi(updateRoute, async (c) =>
    c.json(await service.updateProgram(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(previewRoute, async (c) => c.json(await service.previewProgram(deps, c.req.valid('param').id), 200));
  router.openapi(launchRoute, async (c) => {
    const launched = await service.launchWave(deps, c.get('actor'), c.req.valid('param').id);
    return c.json(await getWaveSummary(deps, launched.waveId), 201);
  });
  return router;
}
