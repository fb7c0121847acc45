import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../../deps.ts';
import { createRouter } from '../../../http/app-env.ts';
import { errorResponses, jsonBody, jsonResponse, security } from '../../../http/openapi-common.ts';
import { tags } from '../assessments.openapi.ts';
import { AssessmentSettingsSchema } from './settings.schema.ts';
import * as service from './settings.service.ts';

const getRoute = createRoute({
  method: 'get',
  path: '/assessment-settings',
  tags,
  security,
  summary: 'Fatigue rule, measured-sentiment bands, product name used in questions',
  responses: { 200: jsonResponse(AssessmentSettingsSchema, 'Settings'), ...errorResponses },
});
const saveRoute = createRoute({
  method: 'put',
  path: '/assessment-settings',
  tags,
  security,
  summary: 'Change the assessment settings (leaders, admins)',
  request: { body: jsonBody(AssessmentSettingsSchema) },
  responses: { 200: jsonResponse(AssessmentSettingsSchema, 'Saved'), ...errorResponses },
});

export function settingsRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(getRoute, async (c) => c.json(await service.readAssessmentSettings(deps), 200));
  router.openapi(saveRoute, async (c) => c.json(await service.saveAssessmentSettings(deps, c.get('actor'), c.req.valid('json')), 200));
  return router;
}
