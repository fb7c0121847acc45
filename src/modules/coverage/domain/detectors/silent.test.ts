import { describe, expect, it } from 'vitest';
import { defaultCoverageModel } from '../default-models.ts';
import type { AccountFacts, CoverageModel, GapContext, ParticipationFact, StakeholderFact } from '../types.ts';
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

const noTargets = (m: CoverageModel): CoverageModel => ({
  ...m,
  requirements: m.requirements.map((r) => ({ ...r, participationTarget: null })),
});

function ctx(
  invitations: ParticipationFact['invitations'] | null,
  stakeholders = [person('a'), person('b'), person('c', { personas: ['day_to_day_user'] })],
  model = noTargets(defaultCoverageModel('enterprise')),
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
  return { account, model, asOf: '2026-11-01' };
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

  it("a persona answering below the model's participation target is one gap naming who stayed silent", () => {
    const people = [person('a'), person('b'), person('d'), person('c', { personas: ['day_to_day_user'] })];
    const invitations = [
      { stakeholderId: 'a', answered: true, silentFrom: '2026-10-15' },
      { stakeholderId: 'b', answered: false, silentFrom: '2026-10-15' },
      { stakeholderId: 'd', answered: false, silentFrom: '2026-10-15' },
      { stakeholderId: 'c', answered: false, silentFrom: '2026-10-15' },
    ];
    // Enterprise targets: decision makers 50%, day-to-day users 40%.
    const gaps = silentDetector.detect(ctx(invitations, people, defaultCoverageModel('enterprise')));
    expect(gaps.map((g) => [g.persona, g.stakeholderId, g.severity])).toEqual([
      ['decision_maker', null, 'high'],
      ['day_to_day_user', null, 'medium'],
    ]);
    expect(gaps[0]?.explanation).toBe(
      'Decision makers answered 1 of 3 invitations to the Relationship assessment (33%; target 50%): no answer from Person b, Person d after 2 reminders',
    );
  });

  it('participation is judged only once every invitation of the persona has run its course', () => {
    const people = [person('a'), person('b')];
    const gaps = silentDetector.detect(
      ctx(
        [
          { stakeholderId: 'a', answered: false, silentFrom: '2026-10-15' },
          { stakeholderId: 'b', answered: true, silentFrom: '2026-10-15' },
        ],
        [...people, person('e')],
        defaultCoverageModel('strategic'),
      ),
    );
    // Strategic wants 60% of decision makers: 1 of 2 is below it.
    expect(gaps.map((g) => g.persona)).toEqual(['decision_maker']);
    const waiting = silentDetector.detect(
      ctx(
        [
          { stakeholderId: 'a', answered: false, silentFrom: '2026-10-15' },
          { stakeholderId: 'b', answered: true, silentFrom: '2026-10-15' },
          { stakeholderId: 'e', answered: false, silentFrom: '2026-11-20' },
        ],
        [...people, person('e')],
        defaultCoverageModel('strategic'),
      ),
    );
    expect(waiting.map((g) => [g.persona, g.stakeholderId])).toEqual([['decision_maker', 'a']]);
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
