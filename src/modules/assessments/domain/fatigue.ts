/** The fatigue rule: a person is asked at most once in `fatigueDays`, whichever program or account asks. */
import { addDays } from '../../../lib/dates.ts';

export const DEFAULT_FATIGUE_DAYS = 90;

export type FatigueCheck = { ok: true } | { ok: false; lastInvitedOn: string; nextEligibleOn: string };

/** Exactly `fatigueDays` after the last invitation the person may be asked again. */
export function fatigueCheck(personLastInvitedOn: string | null, asOf: string, fatigueDays = DEFAULT_FATIGUE_DAYS): FatigueCheck {
  if (personLastInvitedOn === null) return { ok: true };
  const lastInvitedOn = personLastInvitedOn.slice(0, 10);
  const nextEligibleOn = addDays(lastInvitedOn, fatigueDays);
  return asOf.slice(0, 10) >= nextEligibleOn ? { ok: true } : { ok: false, lastInvitedOn, nextEligibleOn };
}
