import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../../deps.ts';
import { createRouter } from '../../../http/app-env.ts';
import { errorResponses, IdParam, jsonResponse, security } from '../../../http/openapi-common.ts';
import { tags } from '../assessments.openapi.ts';
import { ROLL_UP_METHODS } from '../domain/index.ts';
import { AccountAssessmentsSchema, ResultsQuerySchema, ResultsSchema } from './results.schema.ts';
import * as service from './results.service.ts';

const resultsRoute = createRoute({
  method: 'get',
  path: '/assessment-results',
  tags,
  security,
  summary: 'Response rates and NPS by persona, segment, account (roll-up method selectable), CSM and wave; themes',
  request: { query: ResultsQuerySchema },
  responses: { 200: jsonResponse(ResultsSchema, 'Results'), ...errorResponses },
});
const accountRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/assessments',
  tags,
  security,
  summary: "An account's responses, latest invitations, NPS beside participation",
  request: { params: IdParam, query: z.object({ method: z.enum(ROLL_UP_METHODS).default('all_responses') }) },
  responses: { 200: jsonResponse(AccountAssessmentsSchema, 'Assessments'), ...errorResponses },
});

export function resultsRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(resultsRoute, async (c) => c.json(await service.getResults(deps, c.req.valid('query')), 200));
  router.openapi(accountRoute, async (c) =>
    c.json(await service.getAccountAssessments(deps, c.req.valid('param').id, c.req.valid('query').method), 200),
  );
  return router;
}
