import { describe, expect, it } from 'vitest';
import { addBusinessDays, escalationFor, followUpFor } from './follow-up.ts';

// 2026-06-05 is a Friday, 2026-06-06/07 the weekend.
describe('addBusinessDays', () => {
  it.each([
    ['Monday + 1', '2026-06-01', 1, '2026-06-02'],
    ['Thursday + 2 skips the weekend', '2026-06-04', 2, '2026-06-08'],
    ['Friday + 1 is Monday', '2026-06-05', 1, '2026-06-08'],
    ['Friday + 5 is the next Friday', '2026-06-05', 5, '2026-06-12'],
    ['Saturday + 1 is Monday', '2026-06-06', 1, '2026-06-08'],
    ['Sunday + 2 is Tuesday', '2026-06-07', 2, '2026-06-09'],
    ['zero leaves the date', '2026-06-06', 0, '2026-06-06'],
    ['Monday − 1 is Friday', '2026-06-08', -1, '2026-06-05'],
    ['across a month end', '2026-06-29', 5, '2026-07-06'],
    ['a time part is dropped', '2026-06-05T16:00:00Z', 1, '2026-06-08'],
  ])('%s', (_case, date, n, expected) => {
    expect(addBusinessDays(date, n)).toBe(expected);
  });
});

describe('followUpFor', () => {
  const base = { stakeholderName: 'Dana Reyes', accountName: 'Northwind', respondedOn: '2026-06-04' }; // Thursday
  it.each([
    [
      10,
      'promoter_follow_up',
      'Thank Dana Reyes at Northwind and ask for a reference or an expansion conversation (scored 10)',
      '2026-06-11',
    ],
    [
      9,
      'promoter_follow_up',
      'Thank Dana Reyes at Northwind and ask for a reference or an expansion conversation (scored 9)',
      '2026-06-11',
    ],
    [8, 'passive_follow_up', 'Ask Dana Reyes at Northwind what would make it a 9 or 10 (scored 8)', '2026-06-11'],
    [7, 'passive_follow_up', 'Ask Dana Reyes at Northwind what would make it a 9 or 10 (scored 7)', '2026-06-11'],
    [6, 'detractor_follow_up', 'Call Dana Reyes at Northwind about what needs to improve (scored 6)', '2026-06-08'],
    [0, 'detractor_follow_up', 'Call Dana Reyes at Northwind about what needs to improve (scored 0)', '2026-06-08'],
  ])('score %s → %s', (score, kind, title, dueDate) => {
    expect(followUpFor({ ...base, score })).toEqual({ kind, title, dueDate });
  });

  it('a detractor answering on Saturday is called by Tuesday', () => {
    expect(followUpFor({ ...base, score: 2, respondedOn: '2026-06-06' }).dueDate).toBe('2026-06-09');
  });
});

describe('escalationFor', () => {
  it('asks for a personal approach within two working days, with the facts', () => {
    const task = escalationFor({
      stakeholderName: 'Sam Ito',
      accountName: 'Contoso',
      remindersSent: 2,
      invitedOn: '2026-05-20',
      asOf: '2026-06-04',
    });
    expect(task).toEqual({
      kind: 'silent_escalation',
      title: 'Reach out to Sam Ito at Contoso in person: no answer 15 days after the invitation of 2026-05-20 and 2 reminders',
      dueDate: '2026-06-08',
    });
  });

  it('speaks of one reminder in the singular', () => {
    const task = escalationFor({
      stakeholderName: 'Sam Ito',
      accountName: 'Contoso',
      remindersSent: 1,
      invitedOn: '2026-06-03',
      asOf: '2026-06-04',
    });
    expect(task.title).toMatch(/no answer 1 day after the invitation of 2026-06-03 and 1 reminder$/);
  });
});
