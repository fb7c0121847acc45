import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/app-env.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, security } from '../../http/openapi-common.ts';
import { AccountFilterQuerySchema } from '../accounts/index.ts';
import {
  AccountCoverageSchema,
  ActionSchema,
  ActionStatusSchema,
  CoverageModelInputSchema,
  GapSummarySchema,
  HeatMapQuerySchema,
  HeatMapSchema,
  RecomputeSchema,
  SegmentInputSchema,
  SegmentSchema,
} from './coverage.schema.ts';
import * as views from './coverage-views.service.ts';
import * as segments from './segments.service.ts';

const tags = ['Coverage'];
const SegmentIdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const r = {
  segments: createRoute({
    method: 'get',
    path: '/segments',
    tags,
    security,
    summary: 'Segments with their coverage models (desired stakeholder mix)',
    responses: { 200: jsonResponse(z.object({ items: z.array(SegmentSchema) }), 'Segments'), ...errorResponses },
  }),
  saveSegment: createRoute({
    method: 'put',
    path: '/segments/{id}',
    tags,
    security,
    summary: 'Create or change a segment (leaders, admins)',
    request: { params: SegmentIdParam, body: jsonBody(SegmentInputSchema.omit({ id: true })) },
    responses: { 200: jsonResponse(SegmentSchema, 'Saved'), ...errorResponses },
  }),
  deleteSegment: createRoute({
    method: 'delete',
    path: '/segments/{id}',
    tags,
    security,
    summary: 'Delete a segment (not the default)',
    request: { params: SegmentIdParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses },
  }),
  saveModel: createRoute({
    method: 'put',
    path: '/segments/{id}/coverage-model',
    tags,
    security,
    summary: "Change a segment's desired stakeholder mix; every account's gaps are recomputed",
    request: { params: SegmentIdParam, body: jsonBody(CoverageModelInputSchema) },
    responses: {
      200: jsonResponse(z.object({ segment: SegmentSchema, recompute: RecomputeSchema.omit({ milliseconds: true }) }), 'Saved'),
      ...errorResponses,
    },
  }),
  accountCoverage: createRoute({
    method: 'get',
    path: '/accounts/{id}/coverage',
    tags,
    security,
    summary: "An account's stakeholder mix against its model, its gaps, relationship plan and stakeholder matrix",
    request: { params: IdParam },
    responses: { 200: jsonResponse(AccountCoverageSchema, 'Coverage'), ...errorResponses },
  }),
  myActions: createRoute({
    method: 'get',
    path: '/relationship-actions',
    tags,
    security,
    summary: "The signed-in user's relationship actions",
    request: { query: z.object({ status: z.enum(['open', 'done', 'dismissed', 'resolved', 'all']).default('open') }) },
    responses: { 200: jsonResponse(z.object({ items: z.array(ActionSchema) }), 'Actions'), ...errorResponses },
  }),
  setAction: createRoute({
    method: 'patch',
    path: '/relationship-actions/{id}',
    tags,
    security,
    summary: 'Mark a relationship action done, dismiss it (with a reason) or reopen it',
    request: { params: IdParam, body: jsonBody(ActionStatusSchema) },
    responses: { 200: jsonResponse(ActionSchema, 'Updated'), ...errorResponses },
  }),
  heatMap: createRoute({
    method: 'get',
    path: '/coverage/heat-map',
    tags,
    security,
    summary: 'Accounts × personas: coverage, engagement within the limit, sentiment; paged and sorted on the server',
    request: { query: HeatMapQuerySchema },
    responses: { 200: jsonResponse(HeatMapSchema, 'Heat map page'), ...errorResponses },
  }),
  summary: createRoute({
    method: 'get',
    path: '/coverage/summary',
    tags,
    security,
    summary: 'Open gaps by kind, CSM and tier; single-threaded accounts; critical stakeholders below neutral; weekly trend',
    request: { query: AccountFilterQuerySchema },
    responses: { 200: jsonResponse(GapSummarySchema, 'Summary'), ...errorResponses },
  }),
  recompute: createRoute({
    method: 'post',
    path: '/coverage/recompute',
    tags,
    security,
    summary: 'Recompute every account’s gaps and plan now (leaders, admins)',
    responses: { 200: jsonResponse(RecomputeSchema, 'Done'), ...errorResponses },
  }),
};

export function coverageRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(r.segments, async (c) => c.json({ items: await segments.listSegmentsWithModels(deps) }, 200));
  router.openapi(r.saveSegment, async (c) =>
    c.json(await segments.saveSegment(deps, c.get('actor'), { ...c.req.valid('json'), id: c.req.valid('param').id }), 200),
  );
  router.openapi(r.deleteSegment, async (c) => {
    await segments.deleteSegment(deps, c.get('actor'), c.req.valid('param').id);
    return c.body(null, 204);
  });
  router.openapi(r.saveModel, async (c) =>
    c.json(await segments.saveCoverageModel(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(r.accountCoverage, async (c) => c.json(await views.getAccountCoverage(deps, c.req.valid('param').id), 200));
  router.openapi(r.myActions, async (c) => {
    const { status } = c.req.valid('query');
    const statuses = status === 'all' ? ['open', 'done', 'dismissed', 'resolved'] : [status];
    return c.json({ items: await views.listMyActions(deps, c.get('actor'), statuses) }, 200);
  });
  router.openapi(r.setAction, async (c) =>
    c.json(await views.setActionStatus(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(r.heatMap, async (c) => c.json(await views.getHeatMap(deps, c.get('actor'), c.req.valid('query')), 200));
  router.openapi(r.summary, async (c) => c.json(await views.getGapSummary(deps, c.get('actor'), c.req.valid('query')), 200));
  router.openapi(r.recompute, async (c) => c.json(await views.recomputePortfolio(deps, c.get('actor')), 200));
  return router;
}
