import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';

const deps = await createTestDeps();
const api = createApi(deps);
afterAll(() => deps.database.dispose());

describe('accounts API', () => {
  let leader: Awaited<ReturnType<typeof api.as>>;
  let csm: Awaited<ReturnType<typeof api.as>>;
  let otherCsm: Awaited<ReturnType<typeof api.as>>;
  let viewer: Awaited<ReturnType<typeof api.as>>;

  beforeAll(async () => {
    leader = await api.as('leader', 'Lena Leader');
    csm = await api.as('csm', 'Carl Csm');
    otherCsm = await api.as('csm', 'Olga Other');
    viewer = await api.as('viewer');
    const tiers = ['strategic', 'enterprise', 'community'];
    for (let i = 0; i < 30; i++) {
      const res = await leader.post('/api/v1/accounts', {
        name: `Acme ${String(i).padStart(2, '0')}`,
        tier: tiers[i % 3],
        region: i % 2 ? 'emea' : 'north_america',
        arr: 1000 * (30 - i),
        renewalDate: i < 10 ? `2026-07-${String(i + 1).padStart(2, '0')}` : '2027-03-01',
        ownerId: i < 12 ? csm.user.id : otherCsm.user.id,
      });
      expect(res.status).toBe(201);
    }
  });

  it('refuses requests without credentials with a 401 problem', async () => {
    const res = await api.anonymous.get('/api/v1/accounts');
    expect(res.status).toBe(401);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });

  it('answers the health check without credentials', async () => {
    const res = await api.anonymous.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });

  it('pages through every account exactly once with the cursor, in name order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await viewer.get(`/api/v1/accounts?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(30);
      seen.push(...res.body.items.map((a: { name: string }) => a.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect(seen).toEqual([...seen].sort());
  });

  it('sorts by ARR descending across pages', async () => {
    const first = await viewer.get('/api/v1/accounts?sort=arr&order=desc&limit=5');
    const second = await viewer.get(`/api/v1/accounts?sort=arr&order=desc&limit=5&cursor=${first.body.nextCursor}`);
    const arrs = [...first.body.items, ...second.body.items].map((a: { arr: number }) => a.arr);
    expect(arrs).toEqual([30000, 29000, 28000, 27000, 26000, 25000, 24000, 23000, 22000, 21000]);
  });

  it('filters by tier, region, owner, renewal window and text', async () => {
    const strategicEmea = await viewer.get('/api/v1/accounts?tier=strategic&region=emea&limit=100');
    expect(strategicEmea.body.items.every((a: { tier: string; region: string }) => a.tier === 'strategic' && a.region === 'emea')).toBe(
      true,
    );
    expect(strategicEmea.body.total).toBe(5);
    const mine = await csm.get('/api/v1/accounts?ownerId=me&limit=100');
    expect(mine.body.total).toBe(12);
    // The test clock is 2026-06-15: renewals on 2026-07-01 … 07-10 are within 30 days only up to 07-15.
    const soon = await viewer.get('/api/v1/accounts?renewalWithinDays=20&limit=100');
    expect(soon.body.items.map((a: { renewalDate: string }) => a.renewalDate).sort()).toEqual([
      '2026-07-01',
      '2026-07-02',
      '2026-07-03',
      '2026-07-04',
      '2026-07-05',
    ]);
    const search = await viewer.get('/api/v1/accounts?q=acme%2007');
    expect(search.body.items.map((a: { name: string }) => a.name)).toEqual(['Acme 07']);
  });

  it('names the field at fault and writes nothing on bad input', async () => {
    const before = await viewer.get('/api/v1/accounts?limit=1');
    const res = await leader.post('/api/v1/accounts', { name: '', tier: 'gold', renewalDate: '03/01/2027' });
    expect(res.status).toBe(422);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['name', 'renewalDate', 'tier']);
    const after = await viewer.get('/api/v1/accounts?limit=1');
    expect(after.body.total).toBe(before.body.total);
    const badFilter = await viewer.get('/api/v1/accounts?tier=gold');
    expect(badFilter.status).toBe(422);
    expect(badFilter.body.errors[0].field).toBe('tier');
  });

  it('keeps CSMs to their own book and viewers read-only', async () => {
    const list = await viewer.get('/api/v1/accounts?q=Acme%2000');
    const own = list.body.items[0];
    expect(own.ownerId).toBe(csm.user.id);
    expect((await csm.patch(`/api/v1/accounts/${own.id}`, { industry: 'Logistics' })).status).toBe(200);
    const forbidden = await otherCsm.patch(`/api/v1/accounts/${own.id}`, { industry: 'Retail' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    expect((await viewer.patch(`/api/v1/accounts/${own.id}`, { industry: 'Retail' })).status).toBe(403);
    expect((await viewer.post('/api/v1/accounts', { name: 'Nope', tier: 'community' })).status).toBe(403);
    expect((await csm.delete(`/api/v1/accounts/${own.id}`)).status).toBe(403);
    const unchanged = await viewer.get(`/api/v1/accounts/${own.id}`);
    expect(unchanged.body.industry).toBe('Logistics');
  });

  it('records every stage change with its date and author', async () => {
    const created = await csm.post('/api/v1/accounts', { name: 'Stage Co', tier: 'enterprise', lifecycleStage: 'implementation' });
    expect(created.body.ownerId).toBe(csm.user.id);
    await csm.patch(`/api/v1/accounts/${created.body.id}`, { lifecycleStage: 'adoption', stageNote: 'Go-live done' });
    await csm.patch(`/api/v1/accounts/${created.body.id}`, { name: 'Stage Co Ltd' });
    const history = await viewer.get(`/api/v1/accounts/${created.body.id}/stage-history`);
    expect(history.body.items.map((h: { fromStage: string | null; toStage: string }) => [h.fromStage, h.toStage])).toEqual([
      [null, 'implementation'],
      ['implementation', 'adoption'],
    ]);
    expect(history.body.items[1]).toMatchObject({ changedByName: 'Carl Csm', note: 'Go-live done' });
    // Timestamps leave the API as ISO 8601 on both engines, from builder and raw queries alike.
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    expect(history.body.items[1].changedAt).toMatch(iso);
    expect((await viewer.get(`/api/v1/accounts/${created.body.id}`)).body.updatedAt).toMatch(iso);
  });

  it('answers 404 for an unknown account and 422 for a malformed id', async () => {
    const missing = await viewer.get('/api/v1/accounts/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('NOT_FOUND');
    expect((await viewer.get('/api/v1/accounts/not-a-uuid')).status).toBe(422);
  });
});
