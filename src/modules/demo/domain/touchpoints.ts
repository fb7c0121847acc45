/**
 * Eighteen months of touchpoints per account: quarterly business reviews on the contract calendar,
 * executive reviews for strategic accounts, and calls, e-mails, meetings, events and internal notes
 * at a density set by tier. Story accounts get their silence, their single thread or their last
 * sponsor meeting here.
 */
import type { Persona } from '../../../domain/personas.ts';
import type { Tier, TouchpointKind } from '../../../domain/vocabulary.ts';
import type { AccountPlan } from './accounts.ts';
import { type Calendar, nextWeekday, toWeekday, WORKING_SLOTS } from './calendar.ts';
import type { StoryKind, TouchpointRow, TouchpointStakeholderRow, TouchpointUserRow } from './portfolio.ts';
import type { Random } from './random.ts';
import { findStorySubject, hasPersona, type StakeholderPlan } from './stakeholders.ts';
import type { SummaryWriter } from './summaries.ts';

/** Touchpoints per month of relationship, before the account's own activity factor. */
const MONTHLY_RATE: Record<Tier, number> = { strategic: 32, enterprise: 13.5, community: 5.6 };
const HISTORY_DAYS = 548; // 18 months
const SINGLE_THREAD_DAYS = 90;

type KindWeights = readonly (readonly [TouchpointKind, number])[];
const KIND_WEIGHTS: Record<Tier, KindWeights> = {
  strategic: [
    ['meeting', 22],
    ['call', 20],
    ['email', 28],
    ['onsite', 4],
    ['event', 4],
    ['note', 12],
  ],
  enterprise: [
    ['call', 28],
    ['email', 34],
    ['meeting', 12],
    ['event', 4],
    ['onsite', 1],
    ['note', 12],
  ],
  community: [
    ['email', 55],
    ['call', 10],
    ['meeting', 4],
    ['event', 16],
    ['note', 15],
  ],
};
const PARTICIPANTS: Record<TouchpointKind, readonly [number, number]> = {
  call: [1, 2],
  email: [1, 2],
  meeting: [1, 3],
  qbr: [2, 4],
  ebr: [2, 4],
  onsite: [2, 4],
  event: [1, 3],
  note: [0, 0],
};

export type TouchpointContext = {
  calendar: Calendar;
  writer: SummaryWriter;
  leaderId: string;
  touchpoints: TouchpointRow[];
  touchpointStakeholders: TouchpointStakeholderRow[];
  touchpointUsers: TouchpointUserRow[];
};

export function planTouchpoints(
  random: Random,
  account: AccountPlan,
  stakeholders: readonly StakeholderPlan[],
  story: StoryKind | null,
  context: TouchpointContext,
): void {
  const { calendar } = context;
  const asOfDay = calendar.asOfDay;
  const { tier } = account.row;
  const windowStart = Math.max(asOfDay - HISTORY_DAYS, account.lifecycle.steps[0].day);
  const windowEnd = Math.min(account.lifecycle.endDay, asOfDay);
  if (windowEnd <= windowStart) return;
  const singleThreadFrom = story === 'single_threaded' ? asOfDay - SINGLE_THREAD_DAYS : Number.POSITIVE_INFINITY;
  const mainContact = stakeholders.find((plan) => plan.mainContact) as StakeholderPlan;

  const emit = (kind: TouchpointKind, day: number, forced: readonly StakeholderPlan[] = []) => {
    let finalKind = kind;
    let participants: StakeholderPlan[];
    if (day >= singleThreadFrom && kind !== 'note') {
      // Everything in the last 90 days goes through one person: the single-threaded story.
      finalKind = kind === 'email' ? 'email' : 'call';
      participants = [mainContact];
    } else {
      participants = chooseParticipants(random, stakeholders, kind, day, forced);
    }
    const id = random.uuid();
    const ownerId = account.row.ownerId;
    context.touchpoints.push({
      id,
      accountId: account.row.id,
      kind: finalKind,
      occurredAt: calendar.timestamp(day, random.int(0, WORKING_SLOTS - 1)),
      summary: context.writer.write(random, finalKind),
      createdBy: ownerId,
    });
    for (const participant of participants) {
      context.touchpointStakeholders.push({ touchpointId: id, stakeholderId: participant.row.id });
    }
    context.touchpointUsers.push({ touchpointId: id, userId: ownerId });
    // Executive meetings with strategic customers bring the CS leader along.
    if (tier === 'strategic' && (finalKind === 'ebr' || finalKind === 'onsite')) {
      context.touchpointUsers.push({ touchpointId: id, userId: context.leaderId });
    }
  };

  let scheduled = 0;
  const contractDay = account.lifecycle.contractDay;
  if (tier !== 'community' && contractDay !== null) {
    for (let quarter = 1; ; quarter++) {
      const day = toWeekday(contractDay + quarter * 91 + random.int(-7, 7));
      if (day >= windowEnd) break;
      if (day < windowStart) continue;
      emit(tier === 'strategic' && quarter % 2 === 0 ? 'ebr' : 'qbr', day);
      scheduled++;
    }
  }

  const months = (windowEnd - windowStart) / 30.4;
  const stageFactor = contractDay === null ? 0.5 : 1; // prospects hear from us less than customers
  const count = Math.max(0, Math.round(MONTHLY_RATE[tier] * months * account.activity * stageFactor) - scheduled);
  const span = windowEnd - windowStart;
  for (let i = 0; i < count; i++) {
    const drawn = toWeekday(windowStart + Math.floor(random.next() * span));
    const day = drawn >= windowStart ? drawn : nextWeekday(windowStart);
    const kind = random.weighted(KIND_WEIGHTS[tier]);
    if (day < windowEnd) emit(kind, day);
  }

  const subject = findStorySubject(story, stakeholders);
  if (story === 'silent_champion' && subject) {
    emit('meeting', toWeekday(subject.touchUntil - 1), [subject, mainContact]);
  } else if (story === 'sponsor_last_seen_150_days' && subject) {
    const partner = stakeholders.find((plan) => hasPersona(plan, 'decision_maker'));
    emit('meeting', toWeekday(asOfDay - 150), partner ? [subject, partner] : [subject]);
  } else if (story === 'single_threaded') {
    // Enough recent traffic that the thread is visibly single, not just quiet.
    for (let i = 0; i < 6; i++) emit(i % 2 ? 'call' : 'email', toWeekday(asOfDay - 1 - random.int(0, SINGLE_THREAD_DAYS - 3)));
  }
}

const DECISION_PERSONAS: readonly Persona[] = ['decision_maker', 'budget_holder', 'executive_sponsor'];

function chooseParticipants(
  random: Random,
  stakeholders: readonly StakeholderPlan[],
  kind: TouchpointKind,
  day: number,
  forced: readonly StakeholderPlan[],
): StakeholderPlan[] {
  const [min, max] = PARTICIPANTS[kind];
  if (max === 0) return []; // internal notes never have stakeholder participants
  const chosen: StakeholderPlan[] = forced.filter((plan) => plan.touchFrom <= day && day < plan.touchUntil);
  const wanted = random.int(min, max);
  const weights: number[] = [];
  // Reviews are where decision makers and sponsors show up; everyday traffic is with users.
  const reviewBoost = kind === 'qbr' || kind === 'ebr' || kind === 'onsite';
  while (chosen.length < wanted) {
    let total = 0;
    for (let i = 0; i < stakeholders.length; i++) {
      const plan = stakeholders[i];
      let weight = 0;
      if (plan.touchFrom <= day && day < plan.touchUntil && !chosen.includes(plan)) {
        weight = plan.weight;
        if (reviewBoost && plan.row.personas.some((persona) => DECISION_PERSONAS.includes(persona))) weight *= 5;
        if (kind === 'ebr' && hasPersona(plan, 'executive_sponsor')) weight *= 6;
      }
      weights[i] = weight;
      total += weight;
    }
    if (total === 0) break;
    let roll = random.next() * total;
    let picked = stakeholders.length - 1;
    for (let i = 0; i < stakeholders.length; i++) {
      roll -= weights[i];
      if (roll < 0 && weights[i] > 0) {
        picked = i;
        break;
      }
    }
    if (weights[picked] === 0) break;
    chosen.push(stakeholders[picked]);
  }
  return chosen;
}
