import { describe, expect, it } from 'vitest';
import { DEFAULT_FATIGUE_DAYS, fatigueCheck } from './fatigue.ts';

describe('fatigueCheck', () => {
  it.each([
    ['never invited', null, '2026-06-01', 90, { ok: true }],
    ['89 days later', '2026-03-04', '2026-06-01', 90, { ok: false, lastInvitedOn: '2026-03-04', nextEligibleOn: '2026-06-02' }],
    ['exactly 90 days later', '2026-03-03', '2026-06-01', 90, { ok: true }],
    ['invited today', '2026-06-01', '2026-06-01', 90, { ok: false, lastInvitedOn: '2026-06-01', nextEligibleOn: '2026-08-30' }],
    ['a 30-day rule', '2026-05-01', '2026-06-01', 30, { ok: true }],
    [
      'a time on the date is ignored',
      '2026-03-04T23:30:00Z',
      '2026-06-01',
      90,
      { ok: false, lastInvitedOn: '2026-03-04', nextEligibleOn: '2026-06-02' },
    ],
    ['across a leap day', '2028-02-01', '2028-05-01', 90, { ok: true }], // 2028-02-01 + 90 = 2028-05-01
  ])('%s', (_case, last, asOf, days, expected) => {
    expect(fatigueCheck(last, asOf, days)).toEqual(expected);
  });

  it('defaults to 90 days', () => {
    expect(DEFAULT_FATIGUE_DAYS).toBe(90);
    expect(fatigueCheck('2026-01-01', '2026-03-31')).toEqual({ ok: false, lastInvitedOn: '2026-01-01', nextEligibleOn: '2026-04-01' });
  });
});
