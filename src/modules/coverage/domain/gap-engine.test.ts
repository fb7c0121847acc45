import { describe, expect, it } from 'vitest';
import { context, daysAgo, stakeholder } from './builders.test-support.ts';
import { DEFAULT_DETECTORS, findGaps } from './gap-engine.ts';
import { gapKey } from './gap-support.ts';
import type { GapDetector } from './types.ts';

describe('findGaps', () => {
  const fullyCovered = () => [
    stakeholder({ name: 'Dana Ruiz', personas: ['executive_sponsor', 'decision_maker', 'budget_holder'], assessedSentiment: 'supportive' }),
    stakeholder({ name: 'Ana Silva', personas: ['champion', 'main_contact'] }),
    stakeholder({ name: 'Bo Li', personas: ['champion', 'day_to_day_user'] }),
    stakeholder({ name: 'Cy Ode', personas: ['day_to_day_user'] }),
    stakeholder({ name: 'Ed Fox', personas: ['day_to_day_user'] }),
  ];

  it('a strategic account that meets its model has no gaps', () => {
    expect(findGaps(context(fullyCovered()))).toEqual([]);
  });

  it('orders by severity, then persona order, then stakeholder name', () => {
    const people = [
      stakeholder({ name: 'Zoe', personas: ['day_to_day_user'], assessedSentiment: 'detractor', lastEngagedAt: daysAgo(10) }),
      stakeholder({ name: 'Amy', personas: ['day_to_day_user'], assessedSentiment: 'detractor', lastEngagedAt: null }),
      stakeholder({ name: 'Lee Park', personas: ['decision_maker'], assessedSentiment: 'resistant', lastEngagedAt: null }),
    ];
    expect(findGaps(context(people)).map((g) => `${g.severity} ${g.explanation}`)).toEqual([
      'critical Decision maker Lee Park: never engaged; limit 90',
      'critical No executive sponsor: the strategic model wants at least 1',
      'high Decision maker Lee Park is resistant (assessed); the model wants at least neutral',
      'high No budget holder: the strategic model wants at least 1',
      'high Day-to-day user Amy is a detractor (assessed); the model wants at least neutral',
      'high Day-to-day user Zoe is a detractor (assessed); the model wants at least neutral',
      // account-wide gaps come after persona gaps of the same severity
      'high Only Zoe was engaged in the last 90 days (the model wants at least 3): the account hangs on one person',
      'medium No champion: the strategic model wants at least 2',
      'medium No main contact: the strategic model wants at least 1',
      // Amy never engaged, but Zoe's touch 10 days ago keeps day-to-day users within their limit
      'low Day-to-day users: 2 of 3 wanted',
    ]);
  });

  it('every gap key is kind:persona:stakeholder', () => {
    for (const g of findGaps(context([stakeholder({ personas: ['champion'], assessedSentiment: 'detractor' })]))) {
      expect(g.key).toBe(gapKey(g.kind, g.persona, g.stakeholderId));
    }
    expect(gapKey('too_few', 'champion', null)).toBe('too_few:champion:-');
    expect(gapKey('single_threaded', null, 's9')).toBe('single_threaded:-:s9');
  });

  it('a new kind plugs in beside the defaults without changing them', () => {
    const silent: GapDetector = {
      kind: 'silent',
      detect: ({ account }) => [
        {
          kind: 'silent',
          severity: 'low',
          persona: null,
          stakeholderId: null,
          key: gapKey('silent', null, null),
          explanation: `${account.accountName} is silent`,
        },
      ],
    };
    const ctx = context(fullyCovered());
    const before = findGaps(ctx);
    const after = findGaps(ctx, [...DEFAULT_DETECTORS, silent]);
    expect(after.filter((g) => g.kind !== 'silent')).toEqual(before);
    expect(after.at(-1)?.explanation).toBe('Acme is silent');
  });

  it('zero stakeholders in a community account: only the two required personas are missing', () => {
    expect(findGaps(context([], { tier: 'community' })).map((g) => g.key)).toEqual([
      'missing_persona:main_contact:-',
      'missing_persona:day_to_day_user:-',
    ]);
  });
});
