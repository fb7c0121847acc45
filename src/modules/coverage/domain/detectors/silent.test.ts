import { describe, expect, it } from 'vitest';
import { defaultCoverageModel } from '../default-models.ts';
import type { AccountFacts, GapContext, ParticipationFact, StakeholderFact } from '../types.ts';
import { silentDetector } from './silent.ts';

const person = (id: string, over: Partial<StakeholderFact> = {}): StakeholderFact => ({
  stakeholderId: id,
  name: `Person ${id}`,
  personas: ['decision_maker'],
  keyToSuccess: 'important',
  assessedSentiment: null,
  measuredSentiment: null,
  status: 'active',
  leftAt: null,
  lastEngagedAt: '2026-11-01',
  ...over,
});

function ctx(
  invitations: ParticipationFact['invitations'] | null,
  stakeholders = [person('a'), person('b'), person('c', { personas: ['day_to_day_user'] })],
): GapContext {
  const account: AccountFacts = {
    accountId: 'acc',
    accountName: 'Acme',
    tier: 'enterprise',
    sizeBand: null,
    region: null,
    industry: null,
    stakeholders,
    participation: invitations && {
      waveId: 'w1',
      questionnaireName: 'Relationship assessment',
      invitedOn: '2026-10-01',
      reminders: 2,
      invitations,
    },
  };
  return { account, model: defaultCoverageModel('enterprise'), asOf: '2026-11-01' };
}

describe('silent detector', () => {
  it('finds nothing when nobody was ever invited', () => {
    expect(silentDetector.detect(ctx(null))).toEqual([]);
  });

  it('does not call anyone silent before the last reminder has had its time', () => {
    const gaps = silentDetector.detect(ctx([{ stakeholderId: 'a', answered: false, silentFrom: '2026-11-02' }]));
    expect(gaps).toEqual([]);
  });

  it('one account gap when none of the invited stakeholders answered', () => {
    const gaps = silentDetector.detect(
      ctx([
        { stakeholderId: 'a', answered: false, silentFrom: '2026-10-15' },
        { stakeholderId: 'b', answered: false, silentFrom: '2026-10-15' },
      ]),
    );
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ kind: 'silent', severity: 'high', stakeholderId: null, key: 'silent:-:-' });
    expect(gaps[0]?.explanation).toBe(
      'Silent account: none of the 2 stakeholders invited to the Relationship assessment on 2026-10-01 answered after 2 reminders',
    );
  });

  it('an answer anywhere in the wave makes the others silent stakeholders, decision makers weighing more', () => {
    const gaps = silentDetector.detect(
      ctx([
        { stakeholderId: 'a', answered: true, silentFrom: '2026-10-15' },
        { stakeholderId: 'b', answered: false, silentFrom: '2026-10-15' },
        { stakeholderId: 'c', answered: false, silentFrom: '2026-10-15' },
      ]),
    );
    expect(gaps.map((g) => [g.stakeholderId, g.severity])).toEqual([
      ['b', 'medium'],
      ['c', 'low'],
    ]);
    expect(gaps[0]?.explanation).toBe('Person b has not answered the Relationship assessment sent on 2026-10-01 after 2 reminders');
  });

  it('a stakeholder who left is not chased', () => {
    const gaps = silentDetector.detect(
      ctx(
        [
          { stakeholderId: 'a', answered: true, silentFrom: '2026-10-15' },
          { stakeholderId: 'b', answered: false, silentFrom: '2026-10-15' },
        ],
        [person('a'), person('b', { status: 'left', leftAt: '2026-10-20' })],
      ),
    );
    expect(gaps).toEqual([]);
  });
});
