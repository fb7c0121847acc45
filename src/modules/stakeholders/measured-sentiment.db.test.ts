import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';
import { recordMeasuredSentiment } from './index.ts';

const deps = await createTestDeps();
const api = createApi(deps);
afterAll(() => deps.database.dispose());

type Change = { field: string; fromValue: unknown; toValue: unknown; reason: string | null; changedAt: string };

describe('measured sentiment', () => {
  let csm: Client;
  let stakeholderId: string;
  const history = async () =>
    ((await csm.get(`/api/v1/stakeholders/${stakeholderId}/history`)).body.items as Change[]).filter(
      (c) => c.field === 'measuredSentiment',
    );

  beforeAll(async () => {
    csm = await api.as('csm');
    const account = (await csm.post('/api/v1/accounts', { name: 'Fabrikam', tier: 'enterprise' })).body.id;
    stakeholderId = (
      await csm.post('/api/v1/stakeholders', {
        accountId: account,
        person: { firstName: 'Mia', lastName: 'Olsen', email: 'mia.olsen@example.com' },
        personas: ['champion'],
        keyToSuccess: 'important',
      })
    ).body.id;
  });

  it('is set on the stakeholder and recorded in their history with its reason', async () => {
    const db = deps.database.db;
    const at = '2026-03-02T10:00:00.000Z';
    expect(await recordMeasuredSentiment(db, { stakeholderId, sentiment: 'resistant', at, reason: 'Answered: 5' })).toBe('resistant');
    const stakeholder = (await csm.get(`/api/v1/stakeholders/${stakeholderId}`)).body;
    expect(stakeholder.measuredSentiment).toBe('resistant');
    expect(await history()).toEqual([
      expect.objectContaining({ fromValue: null, toValue: 'resistant', reason: 'Answered: 5', changedAt: at }),
    ]);
  });

  it('is not overridden by an older measurement, and an unchanged one adds no history', async () => {
    const db = deps.database.db;
    const older = await recordMeasuredSentiment(db, {
      stakeholderId,
      sentiment: 'supportive',
      at: '2025-11-20T09:00:00.000Z',
      reason: 'Imported past answer: 10',
    });
    expect(older).toBe('resistant');
    await recordMeasuredSentiment(db, { stakeholderId, sentiment: 'resistant', at: '2026-04-01T09:00:00.000Z', reason: 'Answered: 6' });
    expect((await csm.get(`/api/v1/stakeholders/${stakeholderId}`)).body.measuredSentiment).toBe('resistant');
    expect(await history()).toHaveLength(1);
  });
});
