import { describe, expect, it } from 'vitest';
import type { Tier } from '../../../domain/vocabulary.ts';
import { makeGap } from './gap-support.ts';
import { planAction, reconcileActions } from './plan.ts';
import type { Gap, GapFacts } from './types.ts';

const gap = (
  kind: Gap['kind'],
  severity: Gap['severity'],
  persona: Gap['persona'],
  facts?: GapFacts,
  stakeholderId: string | null = null,
) => makeGap(kind, severity, persona, stakeholderId, 'explained', facts);

describe('planAction', () => {
  it.each<[string, Gap, Tier, { stakeholderName?: string; championName?: string }, string, string]>([
    [
      'missing budget holder, strategic, via champion',
      gap('missing_persona', 'high', 'budget_holder'),
      'strategic',
      { championName: 'Ana Silva' },
      'Ask champion Ana Silva for an introduction to the budget holder',
      'meeting',
    ],
    [
      'missing budget holder, strategic, no champion',
      gap('missing_persona', 'high', 'budget_holder'),
      'strategic',
      {},
      'Find the budget holder and arrange a personal meeting',
      'meeting',
    ],
    [
      'missing exec sponsor, strategic',
      gap('missing_persona', 'critical', 'executive_sponsor'),
      'strategic',
      {},
      'Find the executive sponsor and arrange a personal meeting',
      'executive_outreach',
    ],
    [
      'missing decision maker, enterprise',
      gap('missing_persona', 'high', 'decision_maker'),
      'enterprise',
      {},
      'Call your main contact to identify the decision maker',
      'call',
    ],
    [
      'missing main contact, community',
      gap('missing_persona', 'medium', 'main_contact'),
      'community',
      {},
      'Send the onboarding e-mail to find a main contact',
      'email',
    ],
    [
      'too few champions, strategic',
      gap('too_few', 'medium', 'champion', { count: 1, wanted: 2 }),
      'strategic',
      {},
      'Find and meet one more champion',
      'meeting',
    ],
    [
      'too few users, enterprise via champion',
      gap('too_few', 'low', 'day_to_day_user', { count: 1, wanted: 3 }),
      'enterprise',
      { championName: 'Ana Silva' },
      'Ask champion Ana Silva to introduce two more day-to-day users',
      'call',
    ],
    [
      'recency exec sponsor, strategic',
      gap('recency_breached', 'critical', 'executive_sponsor', { daysSinceEngaged: 124, limitDays: 90 }),
      'strategic',
      { stakeholderName: 'Dana Ruiz' },
      'Re-engage executive sponsor Dana Ruiz in person: last touch 124 days ago, limit 90',
      'executive_outreach',
    ],
    [
      'recency never, enterprise',
      gap('recency_breached', 'high', 'main_contact', { daysSinceEngaged: null, limitDays: 45, stakeholderName: 'Bo Li' }),
      'enterprise',
      {},
      'Call main contact Bo Li to re-engage: no touch yet, limit 45',
      'call',
    ],
    [
      'recency, community',
      gap('recency_breached', 'medium', 'main_contact', { daysSinceEngaged: 70, limitDays: 60 }),
      'community',
      { stakeholderName: 'Bo Li' },
      'E-mail main contact Bo Li to re-engage: last touch 70 days ago, limit 60',
      'email',
    ],
    [
      'detractor, enterprise',
      gap('sentiment_below_target', 'critical', 'decision_maker', { sentiment: 'detractor' }),
      'enterprise',
      { stakeholderName: 'Lee Park' },
      'Convert detractor: schedule a call with Lee Park about what needs to improve',
      'call',
    ],
    [
      'detractor, strategic',
      gap('sentiment_below_target', 'critical', 'decision_maker', { sentiment: 'detractor' }),
      'strategic',
      { stakeholderName: 'Lee Park' },
      'Convert detractor: schedule a meeting with Lee Park about what needs to improve',
      'meeting',
    ],
    [
      'resistant, community',
      gap('sentiment_below_target', 'medium', 'day_to_day_user', { sentiment: 'resistant' }),
      'community',
      { stakeholderName: 'Lee Park' },
      'Address resistance: e-mail Lee Park personally about their concerns',
      'email',
    ],
    [
      'single-threaded, strategic',
      gap('single_threaded', 'high', null, { count: 1, wanted: 3 }),
      'strategic',
      { stakeholderName: 'Mia Chen' },
      'Multi-thread: meet two more people beyond Mia Chen',
      'meeting',
    ],
    [
      'single-threaded, enterprise',
      gap('single_threaded', 'high', null, { count: 1, wanted: 2 }),
      'enterprise',
      { stakeholderName: 'Mia Chen' },
      'Multi-thread: call one more person beyond Mia Chen',
      'call',
    ],
    [
      'key stakeholder left, strategic',
      gap('key_stakeholder_left', 'critical', 'executive_sponsor'),
      'strategic',
      { stakeholderName: 'Dana Ruiz' },
      "Find and meet Dana Ruiz's successor as executive sponsor",
      'executive_outreach',
    ],
    [
      'key stakeholder left, enterprise',
      gap('key_stakeholder_left', 'high', 'champion'),
      'enterprise',
      { stakeholderName: 'Dana Ruiz' },
      "Find Dana Ruiz's successor as champion and set up a call",
      'call',
    ],
    [
      'disagreement',
      gap('sentiment_disagreement', 'medium', null, { assessedSentiment: 'supportive', measuredSentiment: 'resistant' }),
      'enterprise',
      { stakeholderName: 'Lee Park' },
      'Check your view of Lee Park (you: supportive, answers: resistant): call them',
      'call',
    ],
    [
      'silent account, enterprise',
      gap('silent', 'high', null),
      'enterprise',
      {},
      'Call your main contact: nobody answered the assessment',
      'call',
    ],
    [
      'silent account with a champion',
      gap('silent', 'high', null),
      'strategic',
      { championName: 'Ana Vidal' },
      'Ask champion Ana Vidal why nobody answered the assessment',
      'meeting',
    ],
    [
      'decision makers below their participation target',
      gap('silent', 'high', 'decision_maker'),
      'enterprise',
      {},
      'Call the decision makers who did not answer the assessment and ask for their view',
      'call',
    ],
    [
      'silent stakeholder',
      gap('silent', 'medium', 'decision_maker', { stakeholderName: 'Lee Park' }, 's1'),
      'enterprise',
      {},
      'Ask Lee Park personally for their view (call them)',
      'call',
    ],
  ])('%s', (_case, g, tier, names, title, channel) => {
    expect(planAction(g, tier, names)).toEqual({ gapKey: g.key, title, channel, dueInDays: expect.any(Number) });
  });

  it.each([
    ['critical', 3],
    ['high', 7],
    ['medium', 14],
    ['low', 30],
  ] as const)('%s is due in %i days', (severity, days) => {
    expect(planAction(gap('too_few', severity, 'champion'), 'enterprise', {}).dueInDays).toBe(days);
  });
});

describe('reconcileActions', () => {
  const a = gap('too_few', 'medium', 'champion');
  const b = gap('missing_persona', 'high', 'budget_holder');

  it('first run creates one action per gap; the second run creates nothing', () => {
    const first = reconcileActions([], [a, b]);
    expect(first).toEqual({ toCreate: [a, b], toResolve: [] });
    const existing = first.toCreate.map((g, i) => ({ id: `x${i}`, gapKey: g.key, status: 'open' as const }));
    expect(reconcileActions(existing, [a, b])).toEqual({ toCreate: [], toResolve: [] });
  });

  it.each([
    ['open action, gap closed → resolved', 'open', [], [], ['x']],
    ['open action, gap still there → kept', 'open', [a], [], []],
    ['dismissed action, gap still there → not recreated', 'dismissed', [a], [], []],
    ['dismissed action, gap closed → stays dismissed', 'dismissed', [], [], []],
    ['done action, gap re-opened → new action', 'done', [a], [a], []],
    ['resolved action, gap re-opened → new action', 'resolved', [a], [a], []],
  ] as const)('%s', (_case, status, gaps, toCreate, toResolve) => {
    expect(reconcileActions([{ id: 'x', gapKey: a.key, status }], [...gaps])).toEqual({ toCreate, toResolve });
  });

  it('two gaps sharing a key make one action', () => {
    expect(reconcileActions([], [a, { ...a }]).toCreate).toHaveLength(1);
  });
});
