import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../domain/personas.ts';
import { AS_OF, account, daysAgo, stakeholder } from './builders.test-support.ts';
import { defaultCoverageModel } from './default-models.ts';
import { heatCell, isSilentAccount } from './heat-cell.ts';
import type { StakeholderFact } from './types.ts';

const model = defaultCoverageModel('strategic');
const holder = (persona: Persona, ago: number | null, over: Partial<StakeholderFact> = {}) =>
  stakeholder({ personas: [persona], lastEngagedAt: ago === null ? null : daysAgo(ago), ...over });

describe('heatCell (strategic)', () => {
  it.each<[string, Persona, StakeholderFact[], object]>([
    ['nobody, required', 'executive_sponsor', [], { coverage: 'missing', count: 0, wanted: 1, engagement: 'none', daysSinceEngaged: null }],
    ['nobody, optional', 'influencer', [], { coverage: 'not_required', count: 0, wanted: 0, engagement: 'none' }],
    [
      'optional and held',
      'influencer',
      [holder('influencer', 400)],
      { coverage: 'present', engagement: 'no_limit', daysSinceEngaged: 400 },
    ],
    [
      'limit reached',
      'executive_sponsor',
      [holder('executive_sponsor', 90)],
      { coverage: 'present', engagement: 'within', daysSinceEngaged: 90 },
    ],
    ['one day over', 'executive_sponsor', [holder('executive_sponsor', 91)], { engagement: 'breached', daysSinceEngaged: 91 }],
    ['never engaged', 'executive_sponsor', [holder('executive_sponsor', null)], { engagement: 'breached', daysSinceEngaged: null }],
    ['too few', 'champion', [holder('champion', 5)], { coverage: 'too_few', count: 1, wanted: 2 }],
    ['left does not count', 'champion', [holder('champion', 5, { status: 'left' })], { coverage: 'missing', count: 0 }],
    [
      'worst effective sentiment, measured beats assessed, unknown skipped',
      'champion',
      [
        holder('champion', 5, { assessedSentiment: 'detractor', measuredSentiment: 'supportive' }),
        holder('champion', 5, { assessedSentiment: 'resistant' }),
        holder('champion', 5),
      ],
      { coverage: 'present', count: 3, sentiment: 'resistant' },
    ],
    ['all unknown', 'champion', [holder('champion', 5), holder('champion', 5)], { sentiment: null }],
  ])('%s', (_case, persona, people, expected) => {
    expect(heatCell(account(people), model, persona, AS_OF)).toMatchObject(expected);
  });

  it('one person holding two personas fills both cells', () => {
    const both = stakeholder({ personas: ['decision_maker', 'budget_holder'], lastEngagedAt: daysAgo(100) });
    expect(heatCell(account([both]), model, 'decision_maker', AS_OF)).toMatchObject({ coverage: 'present', engagement: 'breached' });
    expect(heatCell(account([both]), model, 'budget_holder', AS_OF)).toMatchObject({ coverage: 'present', engagement: 'within' });
  });
});

describe('heat-map participation', () => {
  const dana = holder('decision_maker', 5, { stakeholderId: 'dana' });
  const lee = holder('decision_maker', 5, { stakeholderId: 'lee' });
  const mia = holder('day_to_day_user', 5, { stakeholderId: 'mia' });
  const wave = (invitations: { stakeholderId: string; answered: boolean; silentFrom: string }[]) =>
    account([dana, lee, mia], {
      participation: { waveId: 'w', questionnaireName: 'Relationship assessment', invitedOn: daysAgo(20), reminders: 2, invitations },
    });

  it('answered when any holder answered, silent when every invited holder is past the last reminder, awaiting before that', () => {
    const facts = wave([
      { stakeholderId: 'dana', answered: false, silentFrom: daysAgo(1) },
      { stakeholderId: 'lee', answered: true, silentFrom: daysAgo(1) },
      { stakeholderId: 'mia', answered: false, silentFrom: daysAgo(1) },
    ]);
    expect(heatCell(facts, model, 'decision_maker', AS_OF).participation).toBe('answered');
    expect(heatCell(facts, model, 'day_to_day_user', AS_OF).participation).toBe('silent');
    expect(heatCell(facts, model, 'champion', AS_OF).participation).toBe('not_invited');
    expect(isSilentAccount(facts, AS_OF)).toBe(false);
    const waiting = wave([{ stakeholderId: 'mia', answered: false, silentFrom: daysAgo(-2) }]);
    expect(heatCell(waiting, model, 'day_to_day_user', AS_OF).participation).toBe('awaiting');
    expect(isSilentAccount(waiting, AS_OF)).toBe(false);
  });

  it('an account is silent when nobody invited in its latest wave answered', () => {
    const silent = wave([
      { stakeholderId: 'dana', answered: false, silentFrom: daysAgo(3) },
      { stakeholderId: 'lee', answered: false, silentFrom: daysAgo(3) },
    ]);
    expect(isSilentAccount(silent, AS_OF)).toBe(true);
    expect(isSilentAccount(account([dana]), AS_OF)).toBe(false);
  });
});
