import { createRoute } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/app-env.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, security } from '../../http/openapi-common.ts';
import {
  TouchpointInputSchema,
  TouchpointListQuerySchema,
  TouchpointPageSchema,
  TouchpointPatchSchema,
  TouchpointSchema,
} from './engagement.schema.ts';
import * as service from './engagement.service.ts';

const tags = ['Touchpoints'];
const r = {
  list: createRoute({
    method: 'get',
    path: '/accounts/{id}/touchpoints',
    tags,
    security,
    summary: "An account's touchpoint timeline, newest first",
    request: { params: IdParam, query: TouchpointListQuerySchema },
    responses: { 200: jsonResponse(TouchpointPageSchema, 'A page of touchpoints'), ...errorResponses },
  }),
  create: createRoute({
    method: 'post',
    path: '/touchpoints',
    tags,
    security,
    summary: 'Log a touchpoint with its stakeholder and internal participants',
    request: { body: jsonBody(TouchpointInputSchema) },
    responses: { 201: jsonResponse(TouchpointSchema, 'Logged'), ...errorResponses },
  }),
  get: createRoute({
    method: 'get',
    path: '/touchpoints/{id}',
    tags,
    security,
    summary: 'One touchpoint',
    request: { params: IdParam },
    responses: { 200: jsonResponse(TouchpointSchema, 'The touchpoint'), ...errorResponses },
  }),
  patch: createRoute({
    method: 'patch',
    path: '/touchpoints/{id}',
    tags,
    security,
    summary: 'Change a touchpoint (participant lists are replaced when sent)',
    request: { params: IdParam, body: jsonBody(TouchpointPatchSchema) },
    responses: { 200: jsonResponse(TouchpointSchema, 'Updated'), ...errorResponses },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/touchpoints/{id}',
    tags,
    security,
    summary: 'Delete a touchpoint',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses },
  }),
};

export function engagementRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(r.list, async (c) => c.json(await service.listTouchpoints(deps, c.req.valid('param').id, c.req.valid('query')), 200));
  router.openapi(r.create, async (c) => c.json(await service.createTouchpoint(deps, c.get('actor'), c.req.valid('json')), 201));
  router.openapi(r.get, async (c) => c.json(await service.getTouchpoint(deps, c.req.valid('param').id), 200));
  router.openapi(r.patch, async (c) =>
    c.json(await service.updateTouchpoint(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(r.remove, async (c) => {
    await service.deleteTouchpoint(deps, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  return router;
}
