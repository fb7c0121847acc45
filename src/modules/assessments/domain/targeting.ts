/**
 * Program targeting (SPEC C4): which stakeholders a program asks in this wave, and for everyone else the
 * first reason they were left out. Every decision carries a sentence a CSM can read and check.
 */
import { PERSONA_LABELS, type Persona } from '../../../domain/personas.ts';
import { addDays, daysBetween } from '../../../lib/dates.ts';
import { isEmailAddress } from './email.ts';
import { DEFAULT_FATIGUE_DAYS, fatigueCheck } from './fatigue.ts';
import type { Candidate, Exclusion, ExclusionReason, Inclusion, ProgramRule, TargetingResult } from './types.ts';

const day = (date: string) => date.slice(0, 10);
const stageName = (stage: string) => stage.replace(/_/g, ' ');
const personaNames = (personas: readonly Persona[]) => personas.map((p) => PERSONA_LABELS[p].toLowerCase()).join(', ');
const daysAgo = (date: string, asOf: string) => {
  const n = daysBetween(date, asOf);
  return n === 0 ? 'today' : n === 1 ? '1 day ago' : `${n} days ago`;
};

type Check = { ok: true; why: string } | { ok: false; reason: ExclusionReason; why: string };
const out = (reason: ExclusionReason, why: string): Check => ({ ok: false, reason, why });

/** Is the trigger due for this candidate? The sentence explains either way. */
function triggerCheck(rule: ProgramRule, c: Candidate, asOf: string): Check {
  const last = c.lastInvitedByProgramOn === null ? null : day(c.lastInvitedByProgramOn);
  const trigger = rule.trigger;
  switch (trigger.kind) {
    case 'every': {
      if (last === null) return { ok: true, why: `never asked by this program (asks every ${trigger.days} days)` };
      const dueOn = addDays(last, trigger.days);
      if (asOf < dueOn) {
        return out(
          'not_due',
          `asked by this program on ${last}, ${daysAgo(last, asOf)}; due again on ${dueOn} (every ${trigger.days} days)`,
        );
      }
      return { ok: true, why: `last asked by this program on ${last}, ${daysAgo(last, asOf)} (asks every ${trigger.days} days)` };
    }
    case 'after_stage': {
      const stage = stageName(trigger.stage);
      if (c.stageEnteredOn === null) return out('not_due', `the date ${c.accountName} entered ${stage} is not known`);
      const entered = day(c.stageEnteredOn);
      const dueOn = addDays(entered, trigger.days);
      if (asOf < dueOn)
        return out('not_due', `${c.accountName} entered ${stage} on ${entered}; due ${trigger.days} days later, on ${dueOn}`);
      if (last !== null && last >= dueOn) {
        return out('not_due', `already asked by this program on ${last}, after ${c.accountName} entered ${stage} on ${entered}`);
      }
      return {
        ok: true,
        why: `${c.accountName} entered ${stage} on ${entered}, ${daysAgo(entered, asOf)} (asks ${trigger.days} days after)`,
      };
    }
    case 'before_renewal': {
      if (c.renewalDate === null) return out('not_due', `${c.accountName} has no renewal date`);
      const renewal = day(c.renewalDate);
      const opensOn = addDays(renewal, -trigger.days);
      if (asOf < opensOn) {
        return out('not_due', `${c.accountName} renews on ${renewal}; due ${trigger.days} days before, on ${opensOn}`);
      }
      if (asOf > renewal) return out('not_due', `the renewal date ${renewal} has passed`);
      if (last !== null && last >= opensOn) {
        return out('not_due', `already asked by this program on ${last} for the renewal on ${renewal}`);
      }
      return {
        ok: true,
        why: `${c.accountName} renews on ${renewal}, in ${daysBetween(asOf, renewal)} days (asks ${trigger.days} days before)`,
      };
    }
  }
}

/** The checks in the order they are applied: the first that fails is the reason given. */
function evaluate(rule: ProgramRule, c: Candidate, asOf: string, fatigueDays: number): Check {
  if (c.status === 'left') return out('left', `${c.name} has left ${c.accountName}`);

  if (rule.personas.length > 0 && !c.personas.some((p) => rule.personas.includes(p))) {
    const held = c.personas.length === 0 ? 'has no persona' : `is ${personaNames(c.personas)}`;
    return out('persona', `${c.name} ${held}; the program asks ${personaNames(rule.personas)}`);
  }

  if (rule.segmentIds.length > 0 && !rule.segmentIds.includes(c.segmentId)) {
    return out('segment', `${c.accountName} is in segment ${c.segmentId}; the program targets ${rule.segmentIds.join(', ')}`);
  }

  const inStage = rule.stages.length === 0 || rule.stages.includes(c.lifecycleStage);
  if (!inStage) {
    return out(
      'stage',
      `${c.accountName} is in ${stageName(c.lifecycleStage)}; the program asks accounts in ${rule.stages.map(stageName).join(', ')}`,
    );
  }
  if (rule.trigger.kind === 'after_stage' && c.lifecycleStage !== rule.trigger.stage) {
    return out(
      'stage',
      `${c.accountName} is in ${stageName(c.lifecycleStage)}; the program asks after entering ${stageName(rule.trigger.stage)}`,
    );
  }

  const trigger = triggerCheck(rule, c, asOf);
  if (!trigger.ok) return trigger;

  if (c.email === null || c.email.trim() === '') return out('no_email', `${c.name} has no e-mail address`);
  if (!isEmailAddress(c.email.trim())) return out('no_email', `"${c.email}" is not an e-mail address`);

  const fatigue = fatigueCheck(c.personLastInvitedOn, asOf, fatigueDays);
  if (!fatigue.ok) {
    const byThis = c.lastInvitedByProgramOn !== null && day(c.lastInvitedByProgramOn) === fatigue.lastInvitedOn;
    return out(
      'fatigue',
      `asked on ${fatigue.lastInvitedOn} by ${byThis ? 'this' : 'another'} program; not again before ${fatigue.nextEligibleOn} (${fatigueDays}-day rule)`,
    );
  }
  return trigger;
}

const byAccountThenName = (a: Candidate, b: Candidate) =>
  a.accountName.localeCompare(b.accountName, 'en', { sensitivity: 'base' }) ||
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
  (a.stakeholderId < b.stakeholderId ? -1 : a.stakeholderId > b.stakeholderId ? 1 : 0);

/**
 * Applies a program's rule to its candidates as of a date. Checks, in order: left, persona, segment,
 * stage, not_due (the trigger), no_email, fatigue (per person), duplicate_person (a person who is a
 * stakeholder of several accounts is invited once per wave, through the first account by name).
 * Both lists are sorted by account name, then stakeholder name.
 */
export function evaluateProgram(
  rule: ProgramRule,
  candidates: Candidate[],
  asOf: string,
  options: { fatigueDays?: number } = {},
): TargetingResult {
  const fatigueDays = options.fatigueDays ?? DEFAULT_FATIGUE_DAYS;
  const today = day(asOf);
  const included: Inclusion[] = [];
  const excluded: Exclusion[] = [];
  const invitedThrough = new Map<string, Candidate>();
  for (const candidate of [...candidates].sort(byAccountThenName)) {
    const check = evaluate(rule, candidate, today, fatigueDays);
    if (!check.ok) {
      excluded.push({ candidate, reason: check.reason, why: check.why });
      continue;
    }
    const first = invitedThrough.get(candidate.personId);
    if (first) {
      excluded.push({
        candidate,
        reason: 'duplicate_person',
        why: `${candidate.name} is already invited in this wave as a stakeholder of ${first.accountName}`,
      });
      continue;
    }
    invitedThrough.set(candidate.personId, candidate);
    included.push({ candidate, why: check.why });
  }
  return { included, excluded };
}
