import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../../domain/personas.ts';
import { context, stakeholder } from '../builders.test-support.ts';
import { missingPersonaDetector } from './missing-persona.ts';
import { tooFewDetector } from './too-few.ts';

const holders = (persona: Persona, n: number, status: 'active' | 'left' = 'active') =>
  Array.from({ length: n }, () => stakeholder({ personas: [persona], status }));

describe('missing_persona', () => {
  it.each([
    ['strategic', 'executive_sponsor', 'critical', 'No executive sponsor: the strategic model wants at least 1'],
    ['enterprise', 'executive_sponsor', 'high', 'No executive sponsor: the enterprise model wants at least 1'],
    ['strategic', 'budget_holder', 'high', 'No budget holder: the strategic model wants at least 1'],
    ['strategic', 'decision_maker', 'high', 'No decision maker: the strategic model wants at least 1'],
    ['strategic', 'champion', 'medium', 'No champion: the strategic model wants at least 2'],
    ['community', 'main_contact', 'medium', 'No main contact: the community model wants at least 1'],
  ] as const)('%s without %s → %s', (tier, persona, severity, explanation) => {
    const gaps = missingPersonaDetector.detect(context([], { tier }));
    expect(gaps.find((g) => g.persona === persona)).toEqual({
      kind: 'missing_persona',
      severity,
      persona,
      stakeholderId: null,
      key: `missing_persona:${persona}:-`,
      explanation,
      facts: expect.objectContaining({ count: 0 }),
    });
  });

  it('zero stakeholders: every required persona is missing, optional ones are not', () => {
    const personas = missingPersonaDetector.detect(context([])).map((g) => g.persona);
    expect(personas).toEqual(['decision_maker', 'budget_holder', 'executive_sponsor', 'champion', 'main_contact', 'day_to_day_user']);
  });

  it('a stakeholder who left does not cover the persona', () => {
    const gaps = missingPersonaDetector.detect(context(holders('executive_sponsor', 1, 'left')));
    expect(gaps.some((g) => g.persona === 'executive_sponsor')).toBe(true);
  });

  it('one person holding two personas covers both', () => {
    const gaps = missingPersonaDetector.detect(context([stakeholder({ personas: ['decision_maker', 'budget_holder'] })]));
    expect(gaps.map((g) => g.persona)).not.toContain('decision_maker');
    expect(gaps.map((g) => g.persona)).not.toContain('budget_holder');
  });
});

describe('too_few', () => {
  it.each([
    ['champion', 0, null],
    ['champion', 1, { severity: 'medium', explanation: 'Champions: 1 of 2 wanted' }],
    ['champion', 2, null],
    ['champion', 3, null],
    ['day_to_day_user', 2, { severity: 'low', explanation: 'Day-to-day users: 2 of 3 wanted' }],
    ['day_to_day_user', 3, null],
    ['influencer', 1, null], // optional persona
  ] as const)('strategic with %s × %i', (persona, n, expected) => {
    const gap = tooFewDetector.detect(context(holders(persona, n))).find((g) => g.persona === persona);
    if (expected === null) expect(gap).toBeUndefined();
    else expect(gap).toMatchObject({ ...expected, key: `too_few:${persona}:-`, facts: { count: n } });
  });

  it('a stakeholder who left is not counted', () => {
    const gaps = tooFewDetector.detect(context([...holders('champion', 1), ...holders('champion', 1, 'left')]));
    expect(gaps.find((g) => g.persona === 'champion')?.explanation).toBe('Champions: 1 of 2 wanted');
  });
});
