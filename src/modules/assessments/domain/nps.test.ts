import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../domain/personas.ts';
import { classifyScore, DEFAULT_ROLE_WEIGHTS, participationSummary, rollUpNps, shareAbove, summarizeNps } from './nps.ts';
import type { ScoredResponse } from './types.ts';

describe('classifyScore', () => {
  it.each([
    [10, 'promoter'],
    [9, 'promoter'],
    [8, 'passive'],
    [7, 'passive'],
    [6, 'detractor'],
    [0, 'detractor'],
    // means from the per-stakeholder roll-up
    [9.5, 'promoter'],
    [9, 'promoter'],
    [8.99, 'passive'],
    [7, 'passive'],
    [6.5, 'detractor'],
  ])('%s → %s', (score, group) => {
    expect(classifyScore(score)).toBe(group);
  });
});

describe('summarizeNps', () => {
  it.each([
    ['no scores', [], { nps: null, responses: 0, promoters: 0, passives: 0, detractors: 0 }],
    ['all promoters', [9, 10, 10], { nps: 100, responses: 3, promoters: 3, passives: 0, detractors: 0 }],
    ['all detractors', [0, 6], { nps: -100, responses: 2, promoters: 0, passives: 0, detractors: 2 }],
    ['only passives', [7, 8], { nps: 0, responses: 2, promoters: 0, passives: 2, detractors: 0 }],
    ['thirds, one decimal', [10, 8, 3], { nps: 0, responses: 3, promoters: 1, passives: 1, detractors: 1 }],
    ['1 of 3 promoters', [10, 8, 8], { nps: 33.3, responses: 3, promoters: 1, passives: 2, detractors: 0 }],
    ['2 of 3 detractors', [0, 1, 7], { nps: -66.7, responses: 3, promoters: 0, passives: 1, detractors: 2 }],
  ])('%s', (_case, scores, expected) => {
    expect(summarizeNps(scores)).toEqual(expected);
  });

  it('rounds halves away from zero on both sides', () => {
    const sixteen = (promoters: number, detractors: number) => [
      ...Array(promoters).fill(10),
      ...Array(detractors).fill(0),
      ...Array(16 - promoters - detractors).fill(8),
    ];
    expect(summarizeNps(sixteen(1, 0)).nps).toBe(6.3); // 6.25
    expect(summarizeNps(sixteen(0, 1)).nps).toBe(-6.3); // -6.25
  });
});

let id = 0;
const r = (
  stakeholderId: string | null,
  score: number,
  personas: Persona[] = [],
  submittedAt = `2026-01-0${(id++ % 9) + 1}`,
): ScoredResponse => ({
  stakeholderId,
  personas,
  score,
  submittedAt,
});

describe('rollUpNps', () => {
  it('all_responses counts every answer, so someone who answered three times votes three times', () => {
    const responses = [r('a', 10), r('a', 10), r('a', 10), r('b', 0)];
    expect(rollUpNps(responses, 'all_responses')).toEqual({
      nps: 50,
      responses: 4,
      promoters: 3,
      passives: 0,
      detractors: 1,
      method: 'all_responses',
      basis: 'all responses (4 responses)',
    });
  });

  it('mean_per_stakeholder averages each person into one vote; unmatched responses vote alone', () => {
    // a: 10 and 7 → 8.5 passive; b: 10 → promoter; two unmatched: 0 and 9
    const responses = [r('a', 10), r('a', 7), r('b', 10), r(null, 0), r(null, 9)];
    expect(rollUpNps(responses, 'mean_per_stakeholder')).toMatchObject({
      nps: 25,
      responses: 4,
      promoters: 2,
      passives: 1,
      detractors: 1,
      basis: 'mean per stakeholder (4 stakeholders, 5 responses)',
    });
  });

  it('mean_per_stakeholder groups a mean below 7 as a detractor', () => {
    expect(rollUpNps([r('a', 8), r('a', 5)], 'mean_per_stakeholder')).toMatchObject({ nps: -100, detractors: 1 });
  });

  it('role_weighted uses each stakeholder’s latest answer and the highest weight among their personas', () => {
    const responses = [
      r('sponsor', 2, ['executive_sponsor', 'day_to_day_user'], '2026-01-01'),
      r('sponsor', 10, ['executive_sponsor', 'day_to_day_user'], '2026-03-01'), // latest: promoter, weight 3
      r('user', 0, ['day_to_day_user'], '2026-02-01'), // detractor, weight 1
      r('nobody', 0, [], '2026-02-01'), // detractor, no persona: weight 1
    ];
    // (3 − 1 − 1) / (3 + 1 + 1) = 20%
    expect(rollUpNps(responses, 'role_weighted')).toMatchObject({
      nps: 20,
      responses: 3,
      promoters: 1,
      passives: 0,
      detractors: 2,
      basis: 'role-weighted, latest response of 3 stakeholders',
    });
  });

  it('role_weighted takes overrides per persona and keeps the defaults for the rest', () => {
    const responses = [r('champ', 10, ['champion']), r('main', 0, ['main_contact'])];
    expect(rollUpNps(responses, 'role_weighted').nps).toBe(14.3); // (2 − 1.5) / 3.5
    expect(rollUpNps(responses, 'role_weighted', { main_contact: 2 }).nps).toBe(0);
  });

  it('role_weighted gives no NPS when every weight is zero, but still counts who answered', () => {
    expect(rollUpNps([r('a', 10, ['champion'])], 'role_weighted', { champion: 0 })).toMatchObject({
      nps: null,
      responses: 1,
      promoters: 1,
    });
  });

  it('ships the weights the product documents', () => {
    expect(DEFAULT_ROLE_WEIGHTS).toEqual({
      decision_maker: 3,
      budget_holder: 3,
      executive_sponsor: 3,
      champion: 2,
      influencer: 2,
      main_contact: 1.5,
      day_to_day_user: 1,
    });
  });

  const dm = r('dm', 2, ['decision_maker'], '2026-02-01');
  const dmEarlier = r('dm', 10, ['decision_maker'], '2026-01-01');
  const bh = r('bh', 9, ['budget_holder'], '2026-01-05');
  const champ = r('champ', 10, ['champion'], '2026-01-05');
  const user = r('user', 0, ['day_to_day_user'], '2026-01-05');
  const none = r('none', 10, [], '2026-01-05');
  it.each([
    ['decision makers answered: only their latest answers count', [dmEarlier, dm, bh, champ, user], 0, 'decision makers (2 responses)'],
    ['no decision maker: influencing users', [champ, user, none], 0, 'influencing users (2 responses)'],
    ['one influencing user', [user, none], -100, 'influencing users (1 response)'],
    ['nobody with a persona: everyone', [none, r(null, 0)], 0, 'everyone (2 responses)'],
    ['nothing at all', [], null, 'no responses'],
  ])('waterfall, %s', (_case, responses, nps, basis) => {
    expect(rollUpNps(responses, 'waterfall')).toMatchObject({ nps, basis, method: 'waterfall' });
  });

  it.each(['all_responses', 'mean_per_stakeholder', 'role_weighted', 'waterfall'] as const)('%s with no responses has no NPS', (method) => {
    expect(rollUpNps([], method)).toMatchObject({ nps: null, responses: 0, method });
  });
});

describe('participationSummary', () => {
  it('divides by those invited, not by those who answered', () => {
    const summary = participationSummary([
      { stakeholderId: 'a', score: 10 },
      { stakeholderId: 'b', score: 7 },
      { stakeholderId: 'c', score: 3 },
      { stakeholderId: 'd', score: null },
    ]);
    expect(summary).toEqual({ invited: 4, responded: 3, responseRate: 0.75, promoters: 1, passives: 1, detractors: 1, nonResponders: 1 });
  });

  it('counts a stakeholder listed twice once, with their answer', () => {
    const summary = participationSummary([
      { stakeholderId: 'a', score: null },
      { stakeholderId: 'a', score: 9 },
      { stakeholderId: 'b', score: null },
    ]);
    expect(summary).toMatchObject({ invited: 2, responded: 1, responseRate: 0.5, promoters: 1, nonResponders: 1 });
  });

  it('has no rate when nobody was invited, and 0 when nobody answered', () => {
    expect(participationSummary([]).responseRate).toBeNull();
    expect(participationSummary([{ stakeholderId: 'a', score: null }])).toMatchObject({ responseRate: 0, nonResponders: 1 });
  });
});

describe('shareAbove', () => {
  it.each([
    [[], 3.5, { share: null, count: 0 }],
    [[4, 5, 3, 2], 3.5, { share: 0.5, count: 4 }],
    [[3, 3, 3], 3.5, { share: 0, count: 3 }],
    [[4, 4], 4, { share: 0, count: 2 }], // strictly above
    [[5], 4, { share: 1, count: 1 }],
  ])('%j above %s → %j', (values, threshold, expected) => {
    expect(shareAbove(values, threshold)).toEqual(expected);
  });

  it('uses 3.5 unless told otherwise', () => {
    expect(shareAbove([3, 4, 4, 5])).toEqual({ share: 0.75, count: 4 });
  });
});
