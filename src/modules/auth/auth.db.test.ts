import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';
import { createApp } from '../../app.ts';
import { createUser } from './auth.service.ts';

const deps = await createTestDeps();
const app = createApp(deps);
const api = createApi(deps);
afterAll(() => deps.database.dispose());

const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('sign-in and sessions', () => {
  it('signs in with e-mail and password, keeps the session in an http-only cookie, and signs out', async () => {
    await createUser(deps, null, { email: 'Rita@Example.test', role: 'csm', name: 'Rita', password: 'a long enough password' });
    const signIn = await app.request('/api/v1/auth/sign-in', json({ email: 'rita@example.test', password: 'a long enough password' }));
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/rapport_session=[^;]+;.*HttpOnly/i);
    const session = cookie.split(';')[0];
    const me = await app.request('/api/v1/auth/me', { headers: { cookie: session } });
    expect(await me.json()).toMatchObject({ email: 'Rita@Example.test', role: 'csm', name: 'Rita' });
    await app.request('/api/v1/auth/sign-out', { method: 'POST', headers: { cookie: session } });
    expect((await app.request('/api/v1/auth/me', { headers: { cookie: session } })).status).toBe(401);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const wrong = await app.request('/api/v1/auth/sign-in', json({ email: 'rita@example.test', password: 'not the password' }));
    const unknown = await app.request('/api/v1/auth/sign-in', json({ email: 'nobody@example.test', password: 'not the password' }));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).detail).toBe((await unknown.json()).detail);
  });

  it('rate-limits repeated sign-in attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await app.request('/api/v1/auth/sign-in', json({ email: 'target@example.test', password: `guess-${i}` }));
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('stores passwords as argon2id hashes, never in clear', async () => {
    const rows = await deps.database.sql.query<{ password_hash: string }>(
      "select password_hash from users where lower(email) = 'rita@example.test'",
    );
    expect(rows.rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('roles and users', () => {
  it('lets only admins manage users, and refuses a duplicate e-mail', async () => {
    const admin = await api.as('admin');
    const leader = await api.as('leader');
    const created = await admin.post('/api/v1/users', { email: 'new.csm@example.test', role: 'csm', name: 'New Csm' });
    expect(created.status).toBe(201);
    expect(created.body.password.length).toBeGreaterThanOrEqual(12);
    expect((await leader.post('/api/v1/users', { email: 'other@example.test', role: 'csm' })).status).toBe(403);
    const duplicate = await admin.post('/api/v1/users', { email: 'NEW.csm@example.test', role: 'viewer' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors).toEqual([{ field: 'email', message: 'already in use' }]);
    const promoted = await admin.patch(`/api/v1/users/${created.body.user.id}`, { role: 'leader' });
    expect(promoted.body.role).toBe('leader');
    expect((await leader.patch(`/api/v1/users/${created.body.user.id}`, { role: 'admin' })).status).toBe(403);
  });

  it('API tokens work as bearer credentials until revoked', async () => {
    const csm = await api.as('csm');
    const created = await csm.post('/api/v1/tokens', { name: 'nightly sync' });
    expect(created.body.token).toMatch(/^rpt_/);
    const headers = { authorization: `Bearer ${created.body.token}` };
    expect((await app.request('/api/v1/auth/me', { headers })).status).toBe(200);
    const listed = await csm.get('/api/v1/tokens');
    expect(listed.body.items.find((t: { id: string }) => t.id === created.body.id).lastUsedAt).not.toBeNull();
    expect((await csm.delete(`/api/v1/tokens/${created.body.id}`)).status).toBe(204);
    const after = await app.request('/api/v1/auth/me', { headers });
    expect(after.status).toBe(401);
    expect((await after.json()).code).toBe('UNAUTHENTICATED');
  });

  it('disabled users lose access at once', async () => {
    const admin = await api.as('admin');
    const viewer = await api.as('viewer');
    expect((await viewer.get('/api/v1/accounts')).status).toBe(200);
    await admin.patch(`/api/v1/users/${viewer.user.id}`, { disabled: true });
    expect((await viewer.get('/api/v1/accounts')).status).toBe(401);
  });
});

describe('API description', () => {
  it('publishes an OpenAPI 3.1 document covering every route, and a docs page, without sign-in', async () => {
    const doc = await (await app.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const expected of [
      'GET /accounts',
      'POST /stakeholders',
      'POST /touchpoints',
      'POST /stakeholders/{id}/leave',
      'GET /people/{id}',
      'POST /tokens',
      'GET /persona-suggestions',
    ]) {
      expect(routes).toContain(expected);
    }
    const docs = await app.request('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('Rapport API reference');
  });

  it('answers unknown API paths and malformed JSON with problem+json', async () => {
    const csm = await api.as('csm');
    expect((await csm.get('/api/v1/nothing-here')).body.code).toBe('NOT_FOUND');
    const token = (await csm.post('/api/v1/tokens', { name: 't' })).body.token;
    const res = await app.request('/api/v1/accounts', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    // Malformed JSON is a 400 (the request cannot be read), not a 422 (readable but invalid).
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0].field).toBe('body');
  });
});
