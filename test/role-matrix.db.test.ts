/**
 * Every operation of the OpenAPI document × seven callers, against one real database. The table
 * below holds the expected answer of each; an operation missing from it fails the test, so a new
 * route cannot be added without saying who may call it, and an entry for a removed route fails too.
 * A CSM calls with "own" path parameters and bodies (objects of their book) and "foreign" ones (the
 * other CSM's); every other caller uses the own CSM's objects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, fresh, type RoleMatrixFixture, type Side, seedRoleMatrix } from './helpers/role-matrix-fixture.ts';
import { createTestDeps } from './helpers/test-deps.ts';

/** 'ok' is a 2xx; a number is that exact status (an auth refusal, or the rule's own answer once past the permission check). */
type Answer = 'ok' | 401 | 403 | 404 | 409;
type Expectation = Record<Caller, Answer>;
type Call = { path: string; body?: unknown };
type Entry = { expect: Expectation; call?: (fx: RoleMatrixFixture, side: Side) => Call | Promise<Call> };

const CALLERS: Caller[] = ['anonymous', 'revokedToken', 'viewer', 'csmOwn', 'csmForeign', 'leader', 'admin'];
const signedIn = (rest: Omit<Expectation, 'anonymous' | 'revokedToken'>): Expectation => ({ anonymous: 401, revokedToken: 401, ...rest });
const ANYONE_SIGNED_IN = signedIn({ viewer: 'ok', csmOwn: 'ok', csmForeign: 'ok', leader: 'ok', admin: 'ok' });
const WRITE_ACCOUNT = signedIn({ viewer: 403, csmOwn: 'ok', csmForeign: 403, leader: 'ok', admin: 'ok' });
const ANY_WRITER = signedIn({ viewer: 403, csmOwn: 'ok', csmForeign: 'ok', leader: 'ok', admin: 'ok' });
const LEADERS = signedIn({ viewer: 403, csmOwn: 403, csmForeign: 403, leader: 'ok', admin: 'ok' });
const ADMINS = signedIn({ viewer: 403, csmOwn: 403, csmForeign: 403, leader: 403, admin: 'ok' });

/** Alternates a status per object, so repeated calls each make a real change. */
const flips = new Map<string, number>();
const flip = <T>(id: string, values: [T, T]) => {
  const n = (flips.get(id) ?? 0) + 1;
  flips.set(id, n);
  return values[n % 2 === 1 ? 0 : 1];
};
const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const form = (fields: Record<string, string | File>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

const MATRIX: Record<string, Entry> = {
  'POST /auth/sign-in': {
    expect: { anonymous: 'ok', revokedToken: 'ok', viewer: 'ok', csmOwn: 'ok', csmForeign: 'ok', leader: 'ok', admin: 'ok' },
    call: (fx) => ({ path: '/auth/sign-in', body: { email: fx.users.priya.user.email, password: 'correct horse battery' } }),
  },
  'POST /auth/sign-out': { expect: ANYONE_SIGNED_IN },
  'GET /auth/me': { expect: ANYONE_SIGNED_IN },
  'GET /users': { expect: ANYONE_SIGNED_IN },
  'POST /users': {
    expect: ADMINS,
    call: () => ({ path: '/users', body: { email: `${fresh('user').replace(' ', '')}@example.test`, role: 'viewer' } }),
  },
  // Own: Priya changes her own name; foreign: the other CSM's. Everyone else tries Priya's.
  'PATCH /users/{id}': {
    expect: signedIn({ viewer: 403, csmOwn: 'ok', csmForeign: 403, leader: 403, admin: 'ok' }),
    call: (fx, side) => ({ path: `/users/${fx.books[side].csm.user.id}`, body: { name: fresh('Name') } }),
  },
  'GET /tokens': { expect: ANYONE_SIGNED_IN },
  'POST /tokens': {
    expect: signedIn({ viewer: 'ok', csmOwn: 'ok', csmForeign: 403, leader: 'ok', admin: 'ok' }),
    call: (fx, side) => ({
      path: '/tokens',
      body: { name: fresh('token'), ...(side === 'foreign' ? { userId: fx.users.olle.user.id } : {}) },
    }),
  },
  // A fresh token of the book's CSM per call; another user's token is not found unless the caller is an admin.
  'DELETE /tokens/{id}': {
    expect: signedIn({ viewer: 404, csmOwn: 'ok', csmForeign: 404, leader: 404, admin: 'ok' }),
    call: async (fx, side) => {
      const token = await fx.users.admin.post('/api/v1/tokens', { name: fresh('token'), userId: fx.books[side].csm.user.id });
      return { path: `/tokens/${token.body.id}` };
    },
  },
  'GET /accounts': { expect: ANYONE_SIGNED_IN },
  'POST /accounts': {
    expect: signedIn({ viewer: 403, csmOwn: 'ok', csmForeign: 403, leader: 'ok', admin: 'ok' }),
    call: (fx, side) => ({
      path: '/accounts',
      body: { name: fresh('Account'), tier: 'community', ...(side === 'foreign' ? { ownerId: fx.users.olle.user.id } : {}) },
    }),
  },
  'GET /accounts/{id}': { expect: ANYONE_SIGNED_IN, call: (fx, side) => ({ path: `/accounts/${fx.books[side].accountId}` }) },
  'DELETE /accounts/{id}': {
    expect: LEADERS,
    call: async (fx, side) => {
      const made = await fx.books[side].csm.post('/api/v1/accounts', { name: fresh('Doomed'), tier: 'community' });
      return { path: `/accounts/${made.body.id}` };
    },
  },
  'PATCH /accounts/{id}': {
    expect: WRITE_ACCOUNT,
    call: (fx, side) => ({ path: `/accounts/${fx.books[side].accountId}`, body: { industry: fresh('Industry') } }),
  },
  'GET /accounts/{id}/stage-history': {
    expect: ANYONE_SIGNED_IN,
    call: (fx, side) => ({ path: `/accounts/${fx.books[side].accountId}/stage-history` }),
  },
  'GET /accounts/{id}/stakeholders': {
    expect: ANYONE_SIGNED_IN,
    call: (fx, side) => ({ path: `/accounts/${fx.books[side].accountId}/stakeholders` }),
  },
  'POST /stakeholders': {
    expect: WRITE_ACCOUNT,
    call: (fx, side) => ({
      path: '/stakeholders',
      body: { accountId: fx.books[side].accountId, person: { firstName: fresh('Sam'), lastName: 'New' }, personas: [] },
    }),
  },
  'GET /stakeholders/{id}': { expect: ANYONE_SIGNED_IN, call: (fx, side) => ({ path: `/stakeholders/${fx.books[side].stakeholderId}` }) },
  'PATCH /stakeholders/{id}': {
    expect: WRITE_ACCOUNT,
    call: (fx, side) => ({
      path: `/stakeholders/${fx.books[side].stakeholderId}`,
      body: { keyToSuccess: flip(fx.books[side].stakeholderId, ['important', 'critical']) },
    }),
  },
  'POST /stakeholders/{id}/leave': {
    expect: WRITE_ACCOUNT,
    call: async (fx, side) => {
      const b = fx.books[side];
      const made = await b.csm.post('/api/v1/stakeholders', {
        accountId: b.accountId,
        person: { firstName: fresh('Leaving'), lastName: 'Soon' },
        personas: [],
      });
      return { path: `/stakeholders/${made.body.id}/leave`, body: {} };
    },
  },
  'GET /stakeholders/{id}/history': {
    expect: ANYONE_SIGNED_IN,
    call: (fx, side) => ({ path: `/stakeholders/${fx.books[side].stakeholderId}/history` }),
  },
  'GET /persona-suggestions': {
    expect: ANYONE_SIGNED_IN,
    call: () => ({ path: '/persona-suggestions?title=Chief%20Financial%20Officer' }),
  },
  'GET /people': { expect: ANYONE_SIGNED_IN },
  // A person in no account yet belongs to no book: any writer may add one.
  'POST /people': { expect: ANY_WRITER, call: () => ({ path: '/people', body: { firstName: fresh('Pat'), lastName: 'Loose' } }) },
  'GET /people/{id}': { expect: ANYONE_SIGNED_IN, call: (fx, side) => ({ path: `/people/${fx.books[side].personId}` }) },
  'PATCH /people/{id}': {
    expect: WRITE_ACCOUNT,
    call: (fx, side) => ({ path: `/people/${fx.books[side].personId}`, body: { title: fresh('Title') } }),
  },
  'GET /accounts/{id}/touchpoints': {
    expect: ANYONE_SIGNED_IN,
    call: (fx, side) => ({ path: `/accounts/${fx.books[side].accountId}/touchpoints` }),
  },
  'POST /touchpoints': {
    expect: WRITE_ACCOUNT,
    call: (fx, side) => ({
      path: '/touchpoints',
      body: { accountId: fx.books[side].accountId, kind: 'note', occurredAt: '2026-06-02T09:00:00Z' },
    }),
  },
  'GET /touchpoints/{id}': { expect: ANYONE_SIGNED_IN, call: (fx, side) => ({ path: `/touchpoints/${fx.books[side].touchpointId}` }) },
  'DELETE /touchpoints/{id}': {
    expect: WRITE_ACCOUNT,
    call: async (fx, side) => {
      const b = fx.books[side];
      const made = await b.csm.post('/api/v1/touchpoints', { accountId: b.accountId, kind: 'email', occurredAt: '2026-06-03T09:00:00Z' });
      return { path: `/touchpoints/${made.body.id}` };
    },
  },
  'PATCH /touchpoints/{id}': {
    expect: WRITE_ACCOUNT,
    call: (fx, side) => ({ path: `/touchpoints/${fx.books[side].touchpointId}`, body: { summary: fresh('Summary') } }),
  },
  'GET /segments': { expect: ANYONE_SIGNED_IN },
  'PUT /segments/{id}': {
    expect: LEADERS,
    call: () => ({
      path: `/segments/${fresh('seg').replace(' ', '-')}`,
      body: { name: fresh('Segment'), match: { tiers: ['community'], sizeBands: [], regions: [], industries: [] } },
    }),
  },
  'DELETE /segments/{id}': {
    expect: LEADERS,
    call: async (fx) => {
      const id = fresh('gone').replace(' ', '-');
      const made = await fx.users.admin.put(`/api/v1/segments/${id}`, {
        name: fresh('Short-lived'),
        priority: 900,
        match: { tiers: ['community'], sizeBands: [], regions: [], industries: ['none'] },
      });
      expect(made.status).toBe(200);
      return { path: `/segments/${id}` };
    },
  },
  'PUT /segments/{id}/coverage-model': {
    expect: LEADERS,
    call: async (fx) => {
      const segment = (await fx.users.admin.get('/api/v1/segments')).body.items.find((s: { id: string }) => s.id === 'strategic');
      const { requirements, minEngagedStakeholders, engagementWindowDays } = segment.model;
      return { path: '/segments/strategic/coverage-model', body: { requirements, minEngagedStakeholders, engagementWindowDays } };
    },
  },
  'GET /accounts/{id}/coverage': {
    expect: ANYONE_SIGNED_IN,
    call: (fx, side) => ({ path: `/accounts/${fx.books[side].accountId}/coverage` }),
  },
  'GET /relationship-actions': { expect: ANYONE_SIGNED_IN },
  'PATCH /relationship-actions/{id}': {
    expect: WRITE_ACCOUNT,
    call: (fx, side) => ({
      path: `/relationship-actions/${fx.books[side].actionId}`,
      body: { status: flip(fx.books[side].actionId, ['done', 'open']) },
    }),
  },
  'GET /coverage/heat-map': { expect: ANYONE_SIGNED_IN },
  'GET /coverage/summary': { expect: ANYONE_SIGNED_IN },
  'POST /coverage/recompute': { expect: LEADERS },
  'GET /exports/{entity}': { expect: LEADERS, call: () => ({ path: '/exports/accounts?format=json' }) },
  // A contacts file that would rename the stakeholder of the book (own or foreign): imports are for leaders and admins only.
  'POST /imports': {
    expect: LEADERS,
    call: (fx, side) => {
      const b = fx.books[side];
      const file = `Account,First name,Last name,Email\n${b.accountName},Renamed,Berg,${b.personEmail}\n`;
      return { path: '/imports?dryRun=true', body: form({ files: csv('contacts.csv', file), kind: 'stakeholders' }) };
    },
  },
  'GET /imports/mappings': { expect: ANYONE_SIGNED_IN },
  'GET /questionnaires': { expect: ANYONE_SIGNED_IN },
  'POST /questionnaires': {
    expect: LEADERS,
    call: async (fx) => {
      const base = (await fx.users.admin.get(`/api/v1/questionnaires/${fx.questionnaireId}`)).body;
      return { path: '/questionnaires', body: { name: fresh('Questionnaire'), questions: base.questions } };
    },
  },
  'GET /questionnaires/{id}': { expect: ANYONE_SIGNED_IN, call: (fx) => ({ path: `/questionnaires/${fx.questionnaireId}` }) },
  'PUT /questionnaires/{id}': {
    expect: LEADERS,
    call: async (fx) => {
      const base = (await fx.users.admin.get(`/api/v1/questionnaires/${fx.questionnaireId}`)).body;
      return { path: `/questionnaires/${fx.questionnaireId}`, body: { name: base.name, questions: base.questions } };
    },
  },
  'GET /assessment-programs': { expect: ANYONE_SIGNED_IN },
  'POST /assessment-programs': {
    expect: LEADERS,
    call: (fx) => ({
      path: '/assessment-programs',
      body: { name: fresh('Program'), questionnaireId: fx.questionnaireId, trigger: { kind: 'every', days: 365 } },
    }),
  },
  'PUT /assessment-programs/{id}': {
    expect: LEADERS,
    call: (fx) => ({
      path: `/assessment-programs/${fx.programId}`,
      body: {
        name: 'Decision makers',
        questionnaireId: fx.questionnaireId,
        personas: ['decision_maker'],
        trigger: { kind: 'every', days: 180 },
      },
    }),
  },
  'GET /assessment-programs/{id}/preview': {
    expect: ANYONE_SIGNED_IN,
    call: (fx) => ({ path: `/assessment-programs/${fx.programId}/preview` }),
  },
  // Past the permission check, a second launch the same day finds nobody due.
  'POST /assessment-programs/{id}/launch': {
    expect: signedIn({ viewer: 403, csmOwn: 403, csmForeign: 403, leader: 409, admin: 409 }),
    call: (fx) => ({ path: `/assessment-programs/${fx.programId}/launch` }),
  },
  'GET /assessment-waves': { expect: ANYONE_SIGNED_IN },
  'GET /assessment-waves/{id}': { expect: ANYONE_SIGNED_IN, call: (fx) => ({ path: `/assessment-waves/${fx.waveId}` }) },
  // The leader closes the wave; the admin then finds it closed.
  'POST /assessment-waves/{id}/close': {
    expect: signedIn({ viewer: 403, csmOwn: 403, csmForeign: 403, leader: 'ok', admin: 409 }),
    call: (fx) => ({ path: `/assessment-waves/${fx.waveId}/close` }),
  },
  'GET /outbox': { expect: LEADERS },
  // Past the permission check: a queued (not failed) message is not resent.
  'POST /outbox/{id}/resend': {
    expect: signedIn({ viewer: 403, csmOwn: 403, csmForeign: 403, leader: 409, admin: 409 }),
    call: (fx) => ({ path: `/outbox/${fx.messageId}/resend` }),
  },
  'GET /assessment-results': { expect: ANYONE_SIGNED_IN },
  'GET /accounts/{id}/assessments': {
    expect: ANYONE_SIGNED_IN,
    call: (fx, side) => ({ path: `/accounts/${fx.books[side].accountId}/assessments` }),
  },
  'GET /tasks': { expect: ANYONE_SIGNED_IN },
  'PATCH /tasks/{id}': {
    expect: WRITE_ACCOUNT,
    call: (fx, side) => ({ path: `/tasks/${fx.books[side].taskId}`, body: { status: flip(fx.books[side].taskId, ['done', 'open']) } }),
  },
  'GET /assessment-settings': { expect: ANYONE_SIGNED_IN },
  'PUT /assessment-settings': {
    expect: LEADERS,
    call: async (fx) => {
      const { fatigueDays, sentimentBands, productName } = (await fx.users.admin.get('/api/v1/assessment-settings')).body;
      return { path: '/assessment-settings', body: { fatigueDays, sentimentBands, productName } };
    },
  },
  'POST /assessment-responses/import': {
    expect: LEADERS,
    call: (fx) => ({
      path: `/assessment-responses/import?dryRun=true&account=${encodeURIComponent(fx.books.own.accountName)}`,
      body: form({ file: csv('responses.csv', 'date,score,comment\n2026-01-10,9,Helpful\n') }),
    }),
  },
};

const deps = await createTestDeps();
afterAll(() => deps.database.dispose());

type Operation = { key: string; method: string; template: RegExp };
async function documentedOperations(fx: RoleMatrixFixture): Promise<Operation[]> {
  const res = await fx.api.app.request('/api/openapi.json');
  const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    ['get', 'put', 'post', 'delete', 'patch']
      .filter((m) => item[m])
      .map((m) => ({
        key: `${m.toUpperCase()} ${path}`,
        method: m.toUpperCase(),
        template: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?.*)?$`),
      })),
  );
}

const classify = (status: number): Answer | number => (status >= 200 && status < 300 ? 'ok' : status);

describe('route × role matrix', () => {
  let fx: RoleMatrixFixture;
  let operations: Operation[];
  beforeAll(async () => {
    fx = await seedRoleMatrix(deps);
    operations = await documentedOperations(fx);
  }, 120_000);

  it('has an expectation for every operation in the OpenAPI document, and none for an operation it lacks', () => {
    const documented = operations.map((o) => o.key).sort();
    expect(
      documented.filter((k) => !MATRIX[k]),
      'operations without expectations',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((k) => !documented.includes(k)),
      'expectations for operations not in the document',
    ).toEqual([]);
  });

  it('answers every operation for every caller as expected', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const entry = MATRIX[op.key];
      if (!entry) continue;
      for (const caller of CALLERS) {
        const side: Side = caller === 'csmForeign' ? 'foreign' : 'own';
        const call = entry.call ? await entry.call(fx, side) : { path: op.key.slice(op.method.length + 1) };
        // The call must reach the operation it stands for, not a neighbour.
        expect(call.path, op.key).toMatch(op.template);
        const res = await fx.callers[caller].send(op.method, `/api/v1${call.path}`, call.body ?? (op.method === 'GET' ? undefined : {}));
        const got = classify(res.status);
        // A refusal is a problem document that says why, never a bare status.
        if ((res.status === 401 || res.status === 403) && !res.contentType?.startsWith('application/problem+json'))
          wrong.push(`${op.key} as ${caller}: ${res.status} is not application/problem+json`);
        if (got !== entry.expect[caller])
          wrong.push(
            `${op.key} as ${caller}: expected ${entry.expect[caller]}, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
