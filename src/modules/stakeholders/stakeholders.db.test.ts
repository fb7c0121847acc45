import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';

const deps = await createTestDeps();
const api = createApi(deps);
afterAll(() => deps.database.dispose());

describe('stakeholders and people', () => {
  let csm: Client;
  let viewer: Client;
  let northwind: string;
  let contoso: string;

  beforeAll(async () => {
    csm = await api.as('csm', 'Casey Csm');
    viewer = await api.as('viewer');
    northwind = (await csm.post('/api/v1/accounts', { name: 'Northwind', tier: 'strategic' })).body.id;
    contoso = (await csm.post('/api/v1/accounts', { name: 'Contoso', tier: 'enterprise' })).body.id;
  });

  it('lets one person be a stakeholder in two accounts with different personas', async () => {
    const first = await csm.post('/api/v1/stakeholders', {
      accountId: northwind,
      person: { firstName: 'Ana', lastName: 'Silva', email: 'ana.silva@example.com', title: 'VP Operations' },
      personas: ['decision_maker', 'executive_sponsor'],
      keyToSuccess: 'critical',
      assessedSentiment: 'supportive',
      sentimentReason: 'Championed the rollout',
    });
    expect(first.status).toBe(201);
    // Same e-mail, different case: the person is reused, not duplicated.
    const second = await csm.post('/api/v1/stakeholders', {
      accountId: contoso,
      person: { firstName: 'Ana', lastName: 'Silva', email: 'Ana.Silva@example.com' },
      personas: ['influencer'],
      keyToSuccess: 'peripheral',
    });
    expect(second.status).toBe(201);
    expect(second.body.personId).toBe(first.body.personId);
    const person = await viewer.get(`/api/v1/people/${first.body.personId}`);
    expect(person.body.stakeholders.map((s: { accountName: string; personas: string[] }) => [s.accountName, s.personas])).toEqual([
      ['Contoso', ['influencer']],
      ['Northwind', ['decision_maker', 'executive_sponsor']],
    ]);
    const again = await csm.post('/api/v1/stakeholders', {
      accountId: northwind,
      personId: first.body.personId,
      personas: [],
      keyToSuccess: 'important',
    });
    expect(again.status).toBe(409);
  });

  it('keeps the assessed sentiment history with author, date and reason', async () => {
    const created = await csm.post('/api/v1/stakeholders', {
      accountId: northwind,
      person: { firstName: 'Lee', lastName: 'Park', email: 'lee.park@example.com', title: 'Procurement Manager' },
      personas: ['budget_holder'],
      keyToSuccess: 'important',
      assessedSentiment: 'neutral',
    });
    const id = created.body.id;
    const changed = await csm.patch(`/api/v1/stakeholders/${id}`, {
      assessedSentiment: 'detractor',
      sentimentReason: 'Pushing back on the price increase',
    });
    expect(changed.body).toMatchObject({
      assessedSentiment: 'detractor',
      assessedSentimentByName: 'Casey Csm',
      assessedSentimentReason: 'Pushing back on the price increase',
    });
    await csm.patch(`/api/v1/stakeholders/${id}`, { personas: ['budget_holder', 'decision_maker'], assessedSentiment: 'detractor' });
    const history = await viewer.get(`/api/v1/stakeholders/${id}/history`);
    const sentiment = history.body.items.filter((h: { field: string }) => h.field === 'assessedSentiment');
    expect(sentiment.map((h: { fromValue: unknown; toValue: unknown }) => [h.fromValue, h.toValue])).toEqual([
      ['neutral', 'detractor'],
      [null, 'neutral'],
    ]);
    expect(sentiment[0]).toMatchObject({ reason: 'Pushing back on the price increase', changedByName: 'Casey Csm' });
    const personas = history.body.items.filter((h: { field: string }) => h.field === 'personas');
    expect(personas[0]).toMatchObject({ fromValue: ['budget_holder'], toValue: ['budget_holder', 'decision_maker'] });
  });

  it('marks a person who left as left, keeping them on the account', async () => {
    const created = await csm.post('/api/v1/stakeholders', {
      accountId: contoso,
      person: { firstName: 'Dana', lastName: 'Ruiz', email: 'dana.ruiz@example.com' },
      personas: ['champion'],
      keyToSuccess: 'critical',
    });
    const left = await csm.post(`/api/v1/stakeholders/${created.body.id}/leave`, { leftAt: '2026-06-01', reason: 'Moved to a competitor' });
    expect(left.body).toMatchObject({ status: 'left', leftAt: '2026-06-01' });
    const active = await viewer.get(`/api/v1/accounts/${contoso}/stakeholders?status=active`);
    expect(active.body.items.map((s: { person: { fullName: string } }) => s.person.fullName)).not.toContain('Dana Ruiz');
    const all = await viewer.get(`/api/v1/accounts/${contoso}/stakeholders`);
    expect(all.body.items.find((s: { id: string }) => s.id === created.body.id).status).toBe('left');
    expect((await csm.post(`/api/v1/stakeholders/${created.body.id}/leave`, {})).status).toBe(409);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const before = await viewer.get('/api/v1/people?limit=1');
    const res = await csm.post('/api/v1/stakeholders', {
      accountId: northwind,
      person: { firstName: 'X', lastName: 'Y', email: 'not-an-email' },
      personas: ['chief_wizard'],
      keyToSuccess: 'important',
      relationshipStrength: 9,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['person.email', 'personas.0', 'relationshipStrength']);
    expect((await viewer.get('/api/v1/people?limit=1')).body.total).toBe(before.body.total);
  });

  it('suggests personas from a job title without applying them', async () => {
    const res = await viewer.get('/api/v1/persona-suggestions?title=Chief%20Executive%20Officer');
    expect(res.status).toBe(200);
    expect(res.body.personas).toContain('executive_sponsor');
    expect(res.body.confidence).toBeGreaterThan(0.8);
  });
});

describe('touchpoints', () => {
  it('logs a touchpoint with stakeholder and internal participants, newest first on the timeline', async () => {
    const csm = await api.as('csm', 'Tess Touch');
    const viewer = await api.as('viewer');
    const account = (await csm.post('/api/v1/accounts', { name: 'Fabrikam', tier: 'enterprise' })).body.id;
    const other = (await csm.post('/api/v1/accounts', { name: 'Initech', tier: 'community' })).body.id;
    const mia = await csm.post('/api/v1/stakeholders', {
      accountId: account,
      person: { firstName: 'Mia', lastName: 'Chen', email: 'mia.chen@example.com' },
      personas: ['main_contact'],
      keyToSuccess: 'critical',
    });
    const stranger = await csm.post('/api/v1/stakeholders', {
      accountId: other,
      person: { firstName: 'Sam', lastName: 'Stone', email: 'sam.stone@example.com' },
      personas: ['champion'],
      keyToSuccess: 'important',
    });
    const older = await csm.post('/api/v1/touchpoints', {
      accountId: account,
      kind: 'call',
      occurredAt: '2026-05-01T10:00:00Z',
      summary: 'Kickoff',
      stakeholderIds: [mia.body.id],
      userIds: [csm.user.id],
    });
    expect(older.status).toBe(201);
    const newer = await csm.post('/api/v1/touchpoints', {
      accountId: account,
      kind: 'qbr',
      occurredAt: '2026-06-10T14:30:00Z',
      summary: 'QBR: adoption up',
      stakeholderIds: [mia.body.id],
      userIds: [],
    });
    expect(newer.body.stakeholders).toEqual([{ id: mia.body.id, fullName: 'Mia Chen', personas: ['main_contact'] }]);
    await csm.post('/api/v1/touchpoints', {
      accountId: account,
      kind: 'note',
      occurredAt: '2026-06-12T09:00:00Z',
      summary: 'Internal: pricing risk',
      stakeholderIds: [mia.body.id],
    });

    const timeline = await viewer.get(`/api/v1/accounts/${account}/touchpoints?limit=2`);
    expect(timeline.body.total).toBe(3);
    expect(timeline.body.items.map((t: { summary: string }) => t.summary)).toEqual(['Internal: pricing risk', 'QBR: adoption up']);
    const rest = await viewer.get(`/api/v1/accounts/${account}/touchpoints?limit=2&cursor=${timeline.body.nextCursor}`);
    expect(rest.body.items.map((t: { summary: string }) => t.summary)).toEqual(['Kickoff']);
    expect(rest.body.items[0].internalParticipants).toEqual([{ id: csm.user.id, name: 'Tess Touch' }]);

    // Internal notes never count as engagement: Mia was last engaged at the QBR, not at the note.
    const stakeholders = await viewer.get(`/api/v1/accounts/${account}/stakeholders`);
    expect(new Date(stakeholders.body.items[0].lastEngagedAt).toISOString()).toBe('2026-06-10T14:30:00.000Z');

    const wrong = await csm.post('/api/v1/touchpoints', {
      accountId: account,
      kind: 'call',
      occurredAt: '2026-06-13T10:00:00Z',
      stakeholderIds: [mia.body.id, stranger.body.id],
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual([{ field: 'stakeholderIds.1', message: `${stranger.body.id} is not a stakeholder of this account` }]);
    expect((await viewer.get(`/api/v1/accounts/${account}/touchpoints`)).body.total).toBe(3);
    const badDate = await csm.post('/api/v1/touchpoints', { accountId: account, kind: 'lunch', occurredAt: 'yesterday' });
    expect(badDate.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'occurredAt']);
  });
});
