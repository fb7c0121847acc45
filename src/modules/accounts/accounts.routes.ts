import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/app-env.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, security } from '../../http/openapi-common.ts';
import {
  AccountInputSchema,
  AccountListQuerySchema,
  AccountPageSchema,
  AccountPatchSchema,
  AccountSchema,
  StageChangeSchema,
} from './accounts.schema.ts';
import * as service from './accounts.service.ts';

const tags = ['Accounts'];
const listRoute = createRoute({
  method: 'get',
  path: '/accounts',
  tags,
  security,
  summary: 'Accounts, paged with a cursor, sorted and filtered on the server',
  request: { query: AccountListQuerySchema },
  responses: { 200: jsonResponse(AccountPageSchema, 'A page of accounts'), ...errorResponses },
});
const createAccountRoute = createRoute({
  method: 'post',
  path: '/accounts',
  tags,
  security,
  summary: 'Create an account (CSMs create in their own book)',
  request: { body: jsonBody(AccountInputSchema) },
  responses: { 201: jsonResponse(AccountSchema, 'Created'), ...errorResponses },
});
const getRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}',
  tags,
  security,
  summary: 'One account',
  request: { params: IdParam },
  responses: { 200: jsonResponse(AccountSchema, 'The account'), ...errorResponses },
});
const patchRoute = createRoute({
  method: 'patch',
  path: '/accounts/{id}',
  tags,
  security,
  summary: 'Change an account; a new lifecycleStage is recorded in the stage history',
  request: { params: IdParam, body: jsonBody(AccountPatchSchema) },
  responses: { 200: jsonResponse(AccountSchema, 'Updated'), ...errorResponses },
});
const deleteRoute = createRoute({
  method: 'delete',
  path: '/accounts/{id}',
  tags,
  security,
  summary: 'Delete an account and everything recorded on it (leaders and admins)',
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});
const stagesRoute = createRoute({
  method: 'get',
  path: '/accounts/{id}/stage-history',
  tags,
  security,
  summary: 'Every lifecycle stage change with its date and author',
  request: { params: IdParam },
  responses: { 200: jsonResponse(z.object({ items: z.array(StageChangeSchema) }), 'Stage history'), ...errorResponses },
});

export function accountsRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => c.json(await service.listAccounts(deps, c.get('actor'), c.req.valid('query')), 200));
  router.openapi(createAccountRoute, async (c) => c.json(await service.createAccount(deps, c.get('actor'), c.req.valid('json')), 201));
  router.openapi(getRoute, async (c) => c.json(await service.getAccount(deps, c.req.valid('param').id), 200));
  router.openapi(patchRoute, async (c) =>
    c.json(await service.updateAccount(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(deleteRoute, async (c) => {
    await service.deleteAccount(deps, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  router.openapi(stagesRoute, async (c) => c.json({ items: await service.getStageHistory(deps, c.req.valid('param').id) }, 200));
  return router;
}
