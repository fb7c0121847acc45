import { describe, expect, it } from 'vitest';
import { AS_OF, account, daysAgo, stakeholder } from './builders.test-support.ts';
import { isRecencyBreached, recencyByPersona } from './recency.ts';

describe('isRecencyBreached', () => {
  it.each([
    [89, 90, false],
    [90, 90, false], // reaching the limit is fine
    [91, 90, true], // one day over is a breach
    [0, 0, false],
    [null, 90, true], // never engaged
    [500, null, false], // no limit
    [null, null, false],
  ])('%s days against limit %s → %s', (days, limit, breached) => {
    expect(isRecencyBreached(days, limit)).toBe(breached);
  });
});

describe('recencyByPersona', () => {
  it('takes the latest engagement among active holders and names that person', () => {
    const old = stakeholder({ name: 'Old', personas: ['champion'], lastEngagedAt: daysAgo(50) });
    const fresh = stakeholder({ name: 'Fresh', personas: ['champion'], lastEngagedAt: daysAgo(10) });
    const r = recencyByPersona(account([old, fresh]), AS_OF).get('champion');
    expect(r).toEqual({ days: 10, lastEngagedAt: daysAgo(10), stakeholderId: fresh.stakeholderId, name: 'Fresh' });
  });

  it('ignores stakeholders who left, even if they were engaged more recently', () => {
    const stayed = stakeholder({ personas: ['executive_sponsor'], lastEngagedAt: daysAgo(124) });
    const left = stakeholder({ personas: ['executive_sponsor'], status: 'left', leftAt: daysAgo(3), lastEngagedAt: daysAgo(5) });
    expect(recencyByPersona(account([stayed, left]), AS_OF).get('executive_sponsor')?.days).toBe(124);
  });

  it('counts one person holding two personas for both', () => {
    const both = stakeholder({ personas: ['decision_maker', 'budget_holder'], lastEngagedAt: daysAgo(30) });
    const map = recencyByPersona(account([both]), AS_OF);
    expect(map.get('decision_maker')?.days).toBe(30);
    expect(map.get('budget_holder')?.days).toBe(30);
  });

  it.each([
    ['zero holders', [], { days: null, lastEngagedAt: null, stakeholderId: null, name: null }],
    [
      'a holder never engaged',
      [stakeholder({ stakeholderId: 'x', name: 'Never', personas: ['main_contact'], lastEngagedAt: null })],
      { days: null, lastEngagedAt: null, stakeholderId: 'x', name: 'Never' },
    ],
  ])('%s → no days', (_case, stakeholders, expected) => {
    expect(recencyByPersona(account(stakeholders), AS_OF).get('main_contact')).toEqual(expected);
  });

  it('counts whole calendar days and ignores a time part', () => {
    const s = stakeholder({ personas: ['champion'], lastEngagedAt: `${daysAgo(45)}T23:59:00Z` });
    expect(recencyByPersona(account([s]), `${AS_OF}T00:01:00Z`).get('champion')?.days).toBe(45);
  });
});
