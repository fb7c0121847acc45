import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../../deps.ts';
import { createRouter } from '../../../http/app-env.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, security } from '../../../http/openapi-common.ts';
import { items, tags } from '../assessments.openapi.ts';
import { QuestionnaireDetailSchema, QuestionnaireInputSchema, QuestionnaireSchema } from './questionnaires.schema.ts';
import * as service from './questionnaires.service.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/questionnaires',
  tags,
  security,
  summary: 'Questionnaires with their current version',
  responses: { 200: jsonResponse(items(QuestionnaireSchema), 'Questionnaires'), ...errorResponses },
});
const getRoute = createRoute({
  method: 'get',
  path: '/questionnaires/{id}',
  tags,
  security,
  summary: 'One questionnaire with its versions',
  request: { params: IdParam },
  responses: { 200: jsonResponse(QuestionnaireDetailSchema, 'Questionnaire'), ...errorResponses },
});
const createQuestionnaireRoute = createRoute({
  method: 'post',
  path: '/questionnaires',
  tags,
  security,
  summary: 'Create a questionnaire (leaders, admins)',
  request: { body: jsonBody(QuestionnaireInputSchema) },
  responses: { 201: jsonResponse(QuestionnaireDetailSchema, 'Created'), ...errorResponses },
});
const updateRoute = createRoute({
  method: 'put',
  path: '/questionnaires/{id}',
  tags,
  security,
  summary: 'Change a questionnaire; changed questions make a new version and never change answers already given',
  request: { params: IdParam, body: jsonBody(QuestionnaireInputSchema) },
  responses: { 200: jsonResponse(QuestionnaireDetailSchema, 'Saved'), ...errorResponses },
});

export function questionnairesRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => c.json({ items: await service.listQuestionnaires(deps) }, 200));
  router.openapi(getRoute, async (c) => c.json(await service.getQuestionnaire(deps, c.req.valid('param').id), 200));
  router.openapi(createQuestionnaireRoute, async (c) =>
    c.json(await service.createQuestionnaire(deps, c.get('actor'), c.req.valid('json')), 201),
  );
  router.openapi(updateRoute, async (c) =>
    c.json(await service.updateQuestionnaire(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return router;
}
