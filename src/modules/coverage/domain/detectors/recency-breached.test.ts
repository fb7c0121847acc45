import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../../domain/personas.ts';
import { context, daysAgo, stakeholder } from '../builders.test-support.ts';
import { recencyBreachedDetector } from './recency-breached.ts';

const one = (persona: Persona, ago: number | null, name = 'Dana Ruiz') =>
  stakeholder({ stakeholderId: 'd', name, personas: [persona], lastEngagedAt: ago === null ? null : daysAgo(ago) });

describe('recency_breached (strategic)', () => {
  it.each<[Persona, number | null, string | null, string | null]>([
    ['executive_sponsor', 90, null, null], // limit reached, not breached
    ['executive_sponsor', 91, 'high', 'Executive sponsor Dana Ruiz: last engaged 91 days ago; limit 90'],
    ['executive_sponsor', 124, 'high', 'Executive sponsor Dana Ruiz: last engaged 124 days ago; limit 90'],
    ['executive_sponsor', 180, 'high', null], // exactly 2× is not "more than 2×"
    ['executive_sponsor', 181, 'critical', null],
    ['executive_sponsor', null, 'critical', 'Executive sponsor Dana Ruiz: never engaged; limit 90'],
    ['decision_maker', 91, 'high', null],
    ['budget_holder', 181, 'medium', 'Budget holder Dana Ruiz: last engaged 181 days ago; limit 180'],
    ['main_contact', 30, null, null],
    ['main_contact', 31, 'medium', 'Main contact Dana Ruiz: last engaged 31 days ago; limit 30'],
    ['main_contact', 61, 'high', null],
    ['main_contact', null, 'high', null],
    ['influencer', 400, null, null], // no limit
  ])('%s last engaged %s days ago → %s', (persona, ago, severity, explanation) => {
    const gaps = recencyBreachedDetector.detect(context([one(persona, ago)]));
    if (severity === null) return expect(gaps).toEqual([]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ severity, persona, stakeholderId: 'd', key: `recency_breached:${persona}:d` });
    if (explanation) expect(gaps[0]?.explanation).toBe(explanation);
  });

  it('no holder → no recency gap (missing_persona covers it)', () => {
    expect(recencyBreachedDetector.detect(context([]))).toEqual([]);
  });

  it('a person holding two personas is checked against both limits', () => {
    const both = stakeholder({ name: 'Ana Silva', personas: ['champion', 'main_contact'], lastEngagedAt: daysAgo(40) });
    const gaps = recencyBreachedDetector.detect(context([both]));
    expect(gaps.map((g) => g.explanation)).toEqual(['Main contact Ana Silva: last engaged 40 days ago; limit 30']);
    const older = { ...both, lastEngagedAt: daysAgo(46) };
    expect(recencyBreachedDetector.detect(context([older])).map((g) => g.persona)).toEqual(['champion', 'main_contact']);
  });

  it('with several holders the latest engagement counts and the sentence says so', () => {
    const gaps = recencyBreachedDetector.detect(context([one('champion', 60, 'Ana Silva'), one('champion', 50, 'Bo Li')]));
    expect(gaps[0]?.explanation).toBe('Champion Bo Li (latest of 2): last engaged 50 days ago; limit 45');
  });

  it('several holders, none ever engaged: the sentence names nobody in particular', () => {
    const gaps = recencyBreachedDetector.detect(context([one('champion', null, 'Ana Silva'), one('champion', null, 'Bo Li')]));
    expect(gaps[0]).toMatchObject({ severity: 'high', explanation: 'Champions: none of 2 ever engaged; limit 45' });
  });

  it('a recently engaged holder who left does not rescue the persona', () => {
    const left = stakeholder({ personas: ['main_contact'], status: 'left', leftAt: daysAgo(2), lastEngagedAt: daysAgo(2) });
    const gaps = recencyBreachedDetector.detect(context([one('main_contact', 31), left]));
    expect(gaps.map((g) => g.facts?.daysSinceEngaged)).toEqual([31]);
  });
});
