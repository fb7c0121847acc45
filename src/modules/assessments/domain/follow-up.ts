/** Closing the loop (SPEC C4): the CSM task each response creates, and the escalation for a stakeholder who stays silent. */
import { addDays, daysBetween } from '../../../lib/dates.ts';
import { classifyScore } from './nps.ts';
import type { FollowUp } from './types.ts';

const dayOfWeek = (date: string) => new Date(`${date.slice(0, 10)}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string) => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

/**
 * `n` working days (Monday to Friday) after `date`; negative `n` counts back. Public holidays are not
 * known here. With n = 0 the date is returned as given, even on a weekend.
 */
export function addBusinessDays(date: string, n: number): string {
  let day = date.slice(0, 10);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (!isWeekend(day)) left -= 1;
  }
  return day;
}

export const FOLLOW_UP_BUSINESS_DAYS = { promoter: 5, passive: 5, detractor: 2, silent: 2 } as const;

/** The task a response creates for the account's CSM, due counted in working days from the response. */
export function followUpFor(input: { score: number; stakeholderName: string; accountName: string; respondedOn: string }): FollowUp {
  const who = `${input.stakeholderName} at ${input.accountName}`;
  const group = classifyScore(input.score);
  if (group === 'promoter') {
    return {
      kind: 'promoter_follow_up',
      title: `Thank ${who} and ask for a reference or an expansion conversation (scored ${input.score})`,
      dueDate: addBusinessDays(input.respondedOn, FOLLOW_UP_BUSINESS_DAYS.promoter),
    };
  }
  if (group === 'passive') {
    return {
      kind: 'passive_follow_up',
      title: `Ask ${who} what would make it a 9 or 10 (scored ${input.score})`,
      dueDate: addBusinessDays(input.respondedOn, FOLLOW_UP_BUSINESS_DAYS.passive),
    };
  }
  return {
    kind: 'detractor_follow_up',
    title: `Call ${who} about what needs to improve (scored ${input.score})`,
    dueDate: addBusinessDays(input.respondedOn, FOLLOW_UP_BUSINESS_DAYS.detractor),
  };
}

/** A stakeholder invited and reminded without answering: the CSM reaches out in person within two working days. */
export function escalationFor(input: {
  stakeholderName: string;
  accountName: string;
  remindersSent: number;
  invitedOn: string;
  asOf: string;
}): FollowUp {
  const days = daysBetween(input.invitedOn, input.asOf);
  const reminders = input.remindersSent === 1 ? '1 reminder' : `${input.remindersSent} reminders`;
  return {
    kind: 'silent_escalation',
    title: `Reach out to ${input.stakeholderName} at ${input.accountName} in person: no answer ${days} ${days === 1 ? 'day' : 'days'} after the invitation of ${input.invitedOn.slice(0, 10)} and ${reminders}`,
    dueDate: addBusinessDays(input.asOf, FOLLOW_UP_BUSINESS_DAYS.silent),
  };
}
