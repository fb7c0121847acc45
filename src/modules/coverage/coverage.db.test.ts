import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps, TEST_NOW } from '../../../test/helpers/test-deps.ts';
import { addDays, isoDate } from '../../lib/dates.ts';
import { selectStakeholderFacts } from './coverage.repository.ts';
import { ensureCoverageDefaults } from './coverage.service.ts';

const deps = await createTestDeps();
const api = createApi(deps);
afterAll(() => deps.database.dispose());

const today = isoDate(TEST_NOW);
const daysAgo = (n: number) => `${addDays(today, -n)}T15:00:00Z`;

type Gap = { kind: string; persona: string | null; severity: string; explanation: string; key: string };
type Action = { id: string; gapKey: string; status: string; title: string; statusReason: string | null };

describe('relationship coverage of one strategic account', () => {
  let leader: Client;
  let csm: Client;
  let account: string;
  const ids: Record<string, string> = {};

  async function addStakeholder(first: string, last: string, personas: string[], keyToSuccess: string, sentiment: string | null) {
    const res = await csm.post('/api/v1/stakeholders', {
      accountId: account,
      person: { firstName: first, lastName: last, email: `${first}.${last}@globex.example`.toLowerCase() },
      personas,
      keyToSuccess,
      assessedSentiment: sentiment,
    });
    expect(res.status).toBe(201);
    ids[first] = res.body.id;
    return res.body.id as string;
  }
  const touch = (when: string, who: string[], kind = 'meeting') =>
    csm.post('/api/v1/touchpoints', { accountId: account, kind, occurredAt: when, summary: 'x', stakeholderIds: who.map((w) => ids[w]) });
  const coverage = async () =>
    (await csm.get(`/api/v1/accounts/${account}/coverage`)).body as {
      gaps: Gap[];
      actions: Action[];
      mix: { persona: string; coverage: string; engagement: string; daysSinceEngaged: number | null }[];
    };

  beforeAll(async () => {
    await ensureCoverageDefaults(deps);
    leader = await api.as('leader');
    csm = await api.as('csm', 'Casey Csm');
    account = (await csm.post('/api/v1/accounts', { name: 'Globex', tier: 'strategic', lifecycleStage: 'adoption' })).body.id;
    await addStakeholder('Dana', 'Ruiz', ['executive_sponsor'], 'critical', 'supportive');
    await addStakeholder('Lee', 'Park', ['decision_maker'], 'critical', 'detractor');
    await addStakeholder('Ana', 'Silva', ['champion'], 'important', 'supportive');
    await addStakeholder('Mia', 'Chen', ['main_contact', 'day_to_day_user'], 'important', 'neutral');
    await touch(daysAgo(124), ['Dana']);
    await touch(daysAgo(10), ['Lee', 'Ana']);
    await touch(daysAgo(30), ['Mia']);
    await touch(daysAgo(1), ['Dana'], 'note'); // internal notes never count as engagement
  });

  it('computes recency facts from touchpoints, ignoring internal notes', async () => {
    const facts = await selectStakeholderFacts(deps.database.db, { accountIds: [account] });
    const byName = Object.fromEntries(facts.map((f) => [f.name, f.lastEngagedAt]));
    expect(byName).toEqual({
      'Dana Ruiz': addDays(today, -124),
      'Lee Park': addDays(today, -10),
      'Ana Silva': addDays(today, -10),
      'Mia Chen': addDays(today, -30),
    });
  });

  it('explains each gap with its numbers, and a limit exactly reached is not breached', async () => {
    const { gaps, mix } = await coverage();
    const byKey = (kind: string, persona: string) => gaps.find((g) => g.kind === kind && g.persona === persona);
    const sponsor = byKey('recency_breached', 'executive_sponsor');
    expect(sponsor?.explanation).toMatch(/Dana Ruiz.*124 days.*limit 90/);
    expect(byKey('missing_persona', 'budget_holder')).toBeDefined();
    expect(gaps.find((g) => g.kind === 'sentiment_below_target')?.explanation).toMatch(/Lee Park.*detractor/);
    expect(byKey('too_few', 'champion')?.explanation).toMatch(/1 of 2/);
    // Main contact last engaged exactly 30 days ago, limit 30: reached, not breached.
    expect(byKey('recency_breached', 'main_contact')).toBeUndefined();
    expect(mix.find((m) => m.persona === 'main_contact')).toMatchObject({ engagement: 'within', daysSinceEngaged: 30 });
    expect(mix.find((m) => m.persona === 'budget_holder')).toMatchObject({ coverage: 'missing' });
  });

  it('turns each gap into one action, and recomputing creates no duplicates', async () => {
    const first = await coverage();
    expect(
      first.actions
        .filter((a) => a.status === 'open')
        .map((a) => a.gapKey)
        .sort(),
    ).toEqual(first.gaps.map((g) => g.key).sort());
    const second = await coverage();
    expect(second.actions).toHaveLength(first.actions.length);
    const sponsorAction = second.actions.find((a) => a.gapKey.startsWith('recency_breached:executive_sponsor'));
    expect(sponsorAction?.title).toMatch(/Dana Ruiz/);
  });

  it('resolves the action when its gap closes, and keeps a dismissed action dismissed', async () => {
    const before = await coverage();
    const champion = before.actions.find((a) => a.gapKey.startsWith('too_few:champion'));
    const dismissed = await csm.patch(`/api/v1/relationship-actions/${champion?.id}`, {
      status: 'dismissed',
      reason: 'Second champion planned after the QBR',
    });
    expect(dismissed.body).toMatchObject({ status: 'dismissed', statusReason: 'Second champion planned after the QBR' });
    expect((await csm.patch(`/api/v1/relationship-actions/${champion?.id}`, { status: 'dismissed' })).status).toBe(422);

    await addStakeholder('Bo', 'Berg', ['budget_holder'], 'important', 'neutral');
    await touch(daysAgo(2), ['Bo']);
    const after = await coverage();
    expect(after.gaps.find((g) => g.kind === 'missing_persona' && g.persona === 'budget_holder')).toBeUndefined();
    const budget = after.actions.find((a) => a.gapKey.startsWith('missing_persona:budget_holder'));
    expect(budget?.status).toBe('resolved');
    const stillDismissed = after.actions.filter((a) => a.gapKey.startsWith('too_few:champion'));
    expect(stillDismissed.map((a) => a.status)).toEqual(['dismissed']);
  });

  it('does not create a second action for a gap whose action was marked done, and refuses a second open action', async () => {
    const before = await coverage();
    const sponsor = before.actions.find((a) => a.gapKey.startsWith('recency_breached:executive_sponsor') && a.status === 'open');
    expect((await csm.patch(`/api/v1/relationship-actions/${sponsor?.id}`, { status: 'done' })).body.status).toBe('done');
    const after = await coverage();
    // The gap is still open (no new touchpoint with Dana), but the plan does not ask for the same work twice.
    expect(after.gaps.some((g) => g.key === sponsor?.gapKey)).toBe(true);
    expect(after.actions.filter((a) => a.gapKey === sponsor?.gapKey).map((a) => a.status)).toEqual(['done']);
    expect((await csm.patch(`/api/v1/relationship-actions/${sponsor?.id}`, { status: 'open' })).body.status).toBe('open');
    const mine = await csm.get('/api/v1/relationship-actions');
    expect(mine.body.items.find((a: { id: string }) => a.id === sponsor?.id)).toMatchObject({ accountName: 'Globex', status: 'open' });
  });

  it('shows the account on the heat map and in the leaders’ summary', async () => {
    const map = await leader.get('/api/v1/coverage/heat-map?tier=strategic&sort=severity');
    expect(map.status).toBe(200);
    const row = map.body.items.find((i: { accountId: string }) => i.accountId === account);
    expect(row.cells.executive_sponsor).toMatchObject({ coverage: 'present', engagement: 'breached', daysSinceEngaged: 124 });
    expect(row.cells.champion).toMatchObject({ coverage: 'too_few', count: 1, wanted: 2 });
    expect(row.cells.decision_maker.sentiment).toBe('detractor');
    const summary = await leader.get('/api/v1/coverage/summary?tier=strategic');
    expect(summary.body.byKind.map((k: { key: string }) => k.key)).toEqual(
      expect.arrayContaining(['recency_breached', 'too_few', 'sentiment_below_target']),
    );
    expect(summary.body.criticalBelowNeutral.map((a: { name: string }) => a.name)).toEqual(['Globex']);
    expect(summary.body.byCsm[0].label).toBe('Casey Csm');
  });

  it('lets a leader change the strategic model, and the gaps follow at once', async () => {
    const segments = await leader.get('/api/v1/segments');
    const strategic = segments.body.items.find((s: { id: string }) => s.id === 'strategic');
    const requirements = strategic.model.requirements.map((r: { persona: string; recencyDays: number | null }) =>
      r.persona === 'executive_sponsor' ? { ...r, recencyDays: 150 } : r,
    );
    expect(
      (await csm.put('/api/v1/segments/strategic/coverage-model', { ...strategic.model, requirements, segmentId: undefined })).status,
    ).toBe(403);
    const saved = await leader.put('/api/v1/segments/strategic/coverage-model', { ...strategic.model, requirements, segmentId: undefined });
    expect(saved.status).toBe(200);
    const { gaps, actions } = await coverage();
    expect(gaps.find((g) => g.kind === 'recency_breached' && g.persona === 'executive_sponsor')).toBeUndefined();
    expect(actions.find((a) => a.gapKey.startsWith('recency_breached:executive_sponsor'))?.status).toBe('resolved');
    const bad = await leader.put('/api/v1/segments/strategic/coverage-model', {
      ...strategic.model,
      requirements: [{ persona: 'wizard', minCount: -1 }],
      segmentId: undefined,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['requirements.0.persona', 'requirements.0.minCount']),
    );
  });
});
