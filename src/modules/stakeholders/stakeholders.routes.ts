import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/app-env.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, security } from '../../http/openapi-common.ts';
import { suggestPersonas } from './domain/persona-suggestion.ts';
import * as people from './people.service.ts';
import {
  LeaveSchema,
  PeopleQuerySchema,
  PersonaSuggestionSchema,
  PersonDetailSchema,
  PersonInputSchema,
  PersonSchema,
  StakeholderChangeSchema,
  StakeholderInputSchema,
  StakeholderListQuerySchema,
  StakeholderPatchSchema,
  StakeholderSchema,
} from './stakeholders.schema.ts';
import * as service from './stakeholders.service.ts';

const tags = ['Stakeholders'];
const r = {
  list: createRoute({
    method: 'get',
    path: '/accounts/{id}/stakeholders',
    tags,
    security,
    summary: "An account's stakeholders with personas, sentiment and last engagement",
    request: { params: IdParam, query: StakeholderListQuerySchema },
    responses: { 200: jsonResponse(z.object({ items: z.array(StakeholderSchema) }), 'Stakeholders'), ...errorResponses },
  }),
  create: createRoute({
    method: 'post',
    path: '/stakeholders',
    tags,
    security,
    summary: 'Add a person (new or existing) to an account as a stakeholder',
    request: { body: jsonBody(StakeholderInputSchema) },
    responses: { 201: jsonResponse(StakeholderSchema, 'Created'), ...errorResponses },
  }),
  get: createRoute({
    method: 'get',
    path: '/stakeholders/{id}',
    tags,
    security,
    summary: 'One stakeholder',
    request: { params: IdParam },
    responses: { 200: jsonResponse(StakeholderSchema, 'The stakeholder'), ...errorResponses },
  }),
  patch: createRoute({
    method: 'patch',
    path: '/stakeholders/{id}',
    tags,
    security,
    summary: 'Change personas, key to success, assessed sentiment (with a reason), strength, rapport or person details',
    request: { params: IdParam, body: jsonBody(StakeholderPatchSchema) },
    responses: { 200: jsonResponse(StakeholderSchema, 'Updated'), ...errorResponses },
  }),
  leave: createRoute({
    method: 'post',
    path: '/stakeholders/{id}/leave',
    tags,
    security,
    summary: 'Mark that the person left the account',
    request: { params: IdParam, body: jsonBody(LeaveSchema) },
    responses: { 200: jsonResponse(StakeholderSchema, 'Marked as left'), ...errorResponses },
  }),
  history: createRoute({
    method: 'get',
    path: '/stakeholders/{id}/history',
    tags,
    security,
    summary: 'Persona, sentiment, key-to-success and status changes with who and when',
    request: { params: IdParam },
    responses: { 200: jsonResponse(z.object({ items: z.array(StakeholderChangeSchema) }), 'History, newest first'), ...errorResponses },
  }),
  suggest: createRoute({
    method: 'get',
    path: '/persona-suggestions',
    tags,
    security,
    summary: 'Suggest personas and seniority from a job title, for the user to confirm',
    request: { query: z.object({ title: z.string().max(300) }) },
    responses: { 200: jsonResponse(PersonaSuggestionSchema, 'The suggestion'), ...errorResponses },
  }),
  listPeople: createRoute({
    method: 'get',
    path: '/people',
    tags: ['People'],
    security,
    summary: 'People, searched by name, e-mail or title',
    request: { query: PeopleQuerySchema },
    responses: {
      200: jsonResponse(
        z.object({ items: z.array(PersonSchema), nextCursor: z.string().nullable(), total: z.number().int() }),
        'A page of people',
      ),
      ...errorResponses,
    },
  }),
  createPerson: createRoute({
    method: 'post',
    path: '/people',
    tags: ['People'],
    security,
    summary: 'Create a person',
    request: { body: jsonBody(PersonInputSchema) },
    responses: { 201: jsonResponse(PersonDetailSchema, 'Created'), ...errorResponses },
  }),
  getPerson: createRoute({
    method: 'get',
    path: '/people/{id}',
    tags: ['People'],
    security,
    summary: 'A person and the accounts they are a stakeholder in',
    request: { params: IdParam },
    responses: { 200: jsonResponse(PersonDetailSchema, 'The person'), ...errorResponses },
  }),
  patchPerson: createRoute({
    method: 'patch',
    path: '/people/{id}',
    tags: ['People'],
    security,
    summary: "Change a person's details",
    request: { params: IdParam, body: jsonBody(PersonInputSchema.partial()) },
    responses: { 200: jsonResponse(PersonDetailSchema, 'Updated'), ...errorResponses },
  }),
};

export function stakeholdersRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(r.list, async (c) =>
    c.json({ items: await service.listStakeholders(deps, c.req.valid('param').id, c.req.valid('query').status) }, 200),
  );
  router.openapi(r.create, async (c) => c.json(await service.createStakeholder(deps, c.get('actor'), c.req.valid('json')), 201));
  router.openapi(r.get, async (c) => c.json(await service.getStakeholder(deps, c.req.valid('param').id), 200));
  router.openapi(r.patch, async (c) =>
    c.json(await service.updateStakeholder(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(r.leave, async (c) =>
    c.json(await service.markStakeholderLeft(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  router.openapi(r.history, async (c) => c.json({ items: await service.getStakeholderHistory(deps, c.req.valid('param').id) }, 200));
  router.openapi(r.suggest, (c) => c.json(suggestPersonas(c.req.valid('query').title), 200));
  router.openapi(r.listPeople, async (c) => c.json(await people.listPeople(deps, c.req.valid('query')), 200));
  router.openapi(r.createPerson, async (c) => c.json(await people.createPerson(deps, c.get('actor'), c.req.valid('json')), 201));
  router.openapi(r.getPerson, async (c) => c.json(await people.getPerson(deps, c.req.valid('param').id), 200));
  router.openapi(r.patchPerson, async (c) =>
    c.json(await people.updatePerson(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return router;
}
