/**
 * The bad input the fuzz found, one case each, as a user would send it: each is a 4xx
 * application/problem+json naming the field or row at fault, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/modules/integrations/import.service.ts';
import { type RoleMatrixFixture, seedRoleMatrix } from '../helpers/role-matrix-fixture.ts';
import { createTestDeps } from '../helpers/test-deps.ts';

let deps: Awaited<ReturnType<typeof createTestDeps>>;
let fx: RoleMatrixFixture;
let token: string;
beforeAll(async () => {
  deps = await createTestDeps();
  fx = await seedRoleMatrix(deps);
  token = (await fx.users.admin.post('/api/v1/tokens', { name: 'bad input' })).body.token;
});
afterAll(async () => {
  await deps?.database.dispose();
});

async function send(method: string, path: string, init: { contentType?: string; body?: BodyInit } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (init.contentType) headers['content-type'] = init.contentType;
  const res = await fx.api.app.request(`/api/v1${path}`, { method, headers, body: init.body });
  const type = res.headers.get('content-type') ?? '';
  const body = (await res.json()) as { code: string; errors?: { field: string; message: string; row?: number }[] };
  if (res.status >= 400) expect(type, JSON.stringify(body)).toContain('application/problem+json');
  return { status: res.status, code: body.code, fields: (body.errors ?? []).map((e) => e.field), errors: body.errors ?? [] };
}
const json = (method: string, path: string, body: unknown) =>
  send(method, path, { contentType: 'application/json', body: JSON.stringify(body) });
const accountCount = async () => Number((await deps.database.sql.query('select count(*)::int as n from accounts')).rows[0].n);

describe('bad input answers 4xx problem+json, never 500', () => {
  it.each([
    ['text/plain', 'hello'],
    ['application/xml', '<account><name>X</name></account>'],
    ['application/x-www-form-urlencoded', 'name=X&tier=community'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nX\r\n--x--\r\n'],
    [undefined, '{"name":"X","tier":"community"}'],
  ])('a %s body on a JSON endpoint is a 415 (sign-in and account creation)', async (contentType, body) => {
    const before = await accountCount();
    for (const path of ['/auth/sign-in', '/accounts']) {
      const res = await send('POST', path, { contentType, body });
      expect(res.status, path).toBe(415);
      expect(res.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    expect(await accountCount()).toBe(before);
  });

  it('malformed JSON is a 400 naming the body', async () => {
    const res = await send('POST', '/accounts', { contentType: 'application/json', body: '{"name": "X",' });
    expect([res.status, res.code, res.fields]).toEqual([400, 'BAD_REQUEST', ['body']]);
  });

  it('a bogus cursor is a 400 naming cursor on every paged list', async () => {
    const bogus = [
      'garbage!',
      Buffer.from('{"v":1e308,"id":"not-a-uuid"}').toString('base64url'),
      Buffer.from('{"v":{},"id":"7b0d3c2e-3f2a-4b8e-9d1c-1a2b3c4d5e6f"}').toString('base64url'),
    ];
    const lists = [
      '/accounts',
      '/accounts?sort=updatedAt',
      '/accounts?sort=arr',
      '/outbox',
      `/accounts/${fx.books.own.accountId}/touchpoints`,
      '/people',
      '/coverage/heat-map',
    ];
    for (const list of lists)
      for (const cursor of bogus) {
        const res = await send('GET', `${list}${list.includes('?') ? '&' : '?'}cursor=${cursor}`);
        expect([res.status, res.fields], `${list} ${cursor}`).toEqual([400, ['cursor']]);
      }
  });

  it('control characters in names, titles, reasons and q are a 422 naming the field', async () => {
    const before = await accountCount();
    expect((await json('POST', '/accounts', { name: 'Acme\u0000 Corp', tier: 'community' })).fields).toEqual(['name']);
    expect((await json('POST', '/accounts', { name: 'Acme\nCorp', tier: 'community' })).fields).toEqual(['name']);
    expect((await json('POST', '/accounts', { name: 'Acme \ud800', tier: 'community' })).fields).toEqual(['name']);
    expect(await accountCount()).toBe(before);
    const person = await json('PATCH', `/people/${fx.books.own.personId}`, { title: 'VP\u0007 Sales' });
    expect([person.status, person.fields]).toEqual([422, ['title']]);
    const left = await json('POST', `/stakeholders/${fx.books.own.stakeholderId}/leave`, { reason: 'moved on\u001b[31m' });
    expect([left.status, left.fields]).toEqual([422, ['reason']]);
    const search = await send('GET', `/accounts?q=${encodeURIComponent('acme\u0000')}`);
    expect([search.status, search.fields]).toEqual([422, ['q']]);
    // Free text keeps its line breaks.
    const note = await json('PATCH', `/touchpoints/${fx.books.own.touchpointId}`, { summary: 'Line one\nLine two\ttabbed' });
    expect(note.status).toBeLessThan(300);
  });

  it.each(['2027-02-30', '2027-13-45', '2027-02-29', '0000-01-01'])('renewalDate %s is a 422 naming renewalDate', async (date) => {
    const created = await json('POST', '/accounts', { name: `Impossible ${date}`, tier: 'community', renewalDate: date });
    expect([created.status, created.fields]).toEqual([422, ['renewalDate']]);
    const patched = await json('PATCH', `/accounts/${fx.books.own.accountId}`, { renewalDate: date });
    expect([patched.status, patched.fields]).toEqual([422, ['renewalDate']]);
  });

  it('impossible dates in the other date fields are a 422 naming them', async () => {
    const touchpoint = await json('POST', '/touchpoints', {
      accountId: fx.books.own.accountId,
      kind: 'call',
      occurredAt: '2027-02-30T10:00:00Z',
    });
    expect([touchpoint.status, touchpoint.fields]).toEqual([422, ['occurredAt']]);
    const left = await json('POST', `/stakeholders/${fx.books.own.stakeholderId}/leave`, { leftAt: '2026-04-31' });
    expect([left.status, left.fields]).toEqual([422, ['leftAt']]);
    const results = await send('GET', '/assessment-results?from=2026-13-45');
    expect([results.status, results.fields]).toEqual([422, ['from']]);
  });

  it('PATCH /tasks/{id} refuses fields it does not take instead of dropping them', async () => {
    const res = await json('PATCH', `/tasks/${fx.books.own.taskId}`, {
      status: 'done',
      ownerId: fx.users.olle.user.id,
      dueDate: '2027-01-01',
    });
    expect([res.status, res.fields.sort()]).toEqual([422, ['dueDate', 'ownerId']]);
    const task = (await fx.users.admin.get('/api/v1/tasks?status=all&owner=all')).body.items.find(
      (t: { id: string }) => t.id === fx.books.own.taskId,
    );
    expect(task.status).toBe('open');
  });

  it('unknown fields are a 422 at any depth, and unknown query parameters too', async () => {
    const nested = await json('POST', '/stakeholders', {
      accountId: fx.books.own.accountId,
      person: { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.test', isAdmin: true },
      personas: ['champion'],
    });
    expect([nested.status, nested.fields]).toEqual([422, ['person.isAdmin']]);
    const query = await send('GET', '/accounts?tier=strategic&colour=red');
    expect([query.status, query.fields]).toEqual([422, ['colour']]);
    const noQuery = await send('GET', '/segments?x=1');
    expect([noQuery.status, noQuery.fields]).toEqual([422, ['x']]);
  });

  it('a CSV with stray quotes on /imports is a 422 naming the file and row, with nothing written', async () => {
    const before = await accountCount();
    const form = new FormData();
    form.append(
      'files',
      new File(['Name,Tier\nGood Co,community\n"Bad Co,strategic\nOther,community\n'], 'accounts.csv', { type: 'text/csv' }),
    );
    const res = await send('POST', '/imports', { body: form });
    expect(res.status).toBe(422);
    expect(res.errors[0]).toMatchObject({ field: 'accounts.csv', row: 3 });
    expect(await accountCount()).toBe(before);
  });

  it('a kind Rapport does not store is refused, never reported as imported', async () => {
    const usage = { name: 'usage.csv', bytes: new TextEncoder().encode('Account,Metric,Date,Value\nPriya Account,logins,2026-06-01,12\n') };
    await expect(runImport(deps, null, [usage], { dryRun: false, skipInvalid: false, kind: 'usage_metric' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'kind' }],
      reason: expect.stringContaining('accounts, stakeholders, touchpoints'),
    });
    // Detected from its headers, the same file is refused too.
    await expect(runImport(deps, null, [usage], { dryRun: false, skipInvalid: false })).rejects.toMatchObject({
      fields: [{ field: 'kind' }],
    });
    const form = new FormData();
    form.append('files', new File([usage.bytes], usage.name));
    form.append('kind', 'usage');
    const res = await send('POST', '/imports', { body: form });
    expect([res.status, res.fields]).toEqual([422, ['kind']]);
  });
});
