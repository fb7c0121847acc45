/**
 * People and their stakeholder roles in one account: persona, key to success, assessed sentiment
 * with its history, relationship strength and rapport, and who has left. Story accounts get their
 * problem here (a detractor decision maker, a key stakeholder who left, one champion only...).
 */
import type { Persona } from '../../../domain/personas.ts';
import { SENTIMENTS, type Sentiment } from '../../../domain/vocabulary.ts';
import type { AccountPlan } from './accounts.ts';
import type { Calendar } from './calendar.ts';
import { pickPersonName } from './names.ts';
import type { PersonRow, StakeholderChangeRow, StakeholderRow, StoryKind } from './portfolio.ts';
import type { Random } from './random.ts';
import { buildRoster, engagementWeight } from './roster.ts';
import { SENTIMENT_REASONS } from './summaries.ts';

export type StakeholderPlan = {
  row: StakeholderRow;
  person: PersonRow;
  /** Relative chance of taking part in a touchpoint. */
  weight: number;
  /** Touchpoints may include this stakeholder on days in [touchFrom, touchUntil). */
  touchFrom: number;
  touchUntil: number;
  mainContact: boolean;
};

export type StakeholderContext = {
  calendar: Calendar;
  people: PersonRow[];
  changes: StakeholderChangeRow[];
  /** Every e-mail handed out so far: people.email is unique across the installation. */
  emails: Set<string>;
};

export const hasPersona = (plan: StakeholderPlan, persona: Persona) => plan.row.personas.includes(persona);
const isDecisionMaker = (personas: readonly Persona[]) =>
  personas.includes('decision_maker') || personas.includes('budget_holder') || personas.includes('executive_sponsor');

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

export function newPerson(random: Random, domain: string, title: string, day: number, context: StakeholderContext): PersonRow {
  const name = pickPersonName(random);
  return {
    id: random.uuid(),
    firstName: name.firstName,
    lastName: name.lastName,
    email: claimEmail(name.emailLocal, domain, context.emails),
    title,
    createdAt: context.calendar.timestamp(day, random.int(0, 39)),
  };
}

export function claimEmail(local: string, domain: string, emails: Set<string>): string {
  let email = `${local}@${domain}`;
  for (let n = 2; emails.has(email); n++) email = `${local}${n}@${domain}`;
  emails.add(email);
  return email;
}

export function planStakeholders(
  random: Random,
  account: AccountPlan,
  story: StoryKind | null,
  context: StakeholderContext,
): StakeholderPlan[] {
  const { calendar } = context;
  const asOfDay = calendar.asOfDay;
  const startDay = account.lifecycle.steps[0].day;
  const endDay = account.lifecycle.endDay;
  const ownerId = account.row.ownerId;
  const roster = buildRoster(random, account.row.tier, {
    withSponsor: story !== 'no_executive_sponsor',
    singleChampion: story === 'silent_champion',
  });

  const plans = roster.map((slot, i): StakeholderPlan => {
    const mainContact = i === 0;
    // Most of the team is there from the start; some users and influencers join later.
    const lateJoiner =
      !mainContact &&
      (slot.personas.includes('day_to_day_user') || slot.personas.includes('influencer')) &&
      endDay - startDay > 120 &&
      random.chance(0.15);
    const activeFrom = mainContact ? startDay : lateJoiner ? random.int(startDay + 30, endDay - 60) : startDay + random.int(0, 20);
    const person = newPerson(random, account.domain, slot.title, activeFrom, context);
    context.people.push(person);
    const sentiment = pickSentiment(random, account.health, slot.personas);
    const row: StakeholderRow = {
      id: random.uuid(),
      accountId: account.row.id,
      personId: person.id,
      personas: slot.personas,
      keyToSuccess: slot.keyToSuccess,
      assessedSentiment: sentiment,
      assessedSentimentAt: null,
      assessedSentimentBy: sentiment === null ? null : ownerId,
      assessedSentimentReason: sentiment === null ? null : random.pick(SENTIMENT_REASONS[sentiment]),
      relationshipStrength: 0,
      personalRapport: 0,
      status: 'active',
      leftAt: null,
      createdAt: person.createdAt,
    };
    const weight = engagementWeight(slot.personas);
    const base = sentiment === null ? 2 : [1.5, 2, 3, 4][SENTIMENTS.indexOf(sentiment)];
    row.relationshipStrength = clamp(base + (weight >= 5 ? 0.8 : weight < 1 ? -0.5 : 0) + random.normal(0, 0.6), 1, 5);
    row.personalRapport = clamp(row.relationshipStrength + random.normal(0, 0.8), 1, 5);
    return { row, person, weight, touchFrom: activeFrom, touchUntil: endDay, mainContact };
  });

  for (const plan of plans) {
    const mayLeave =
      story === null &&
      !plan.mainContact &&
      plan.row.keyToSuccess !== 'critical' &&
      !hasPersona(plan, 'executive_sponsor') &&
      account.row.lifecycleStage !== 'churned';
    if (mayLeave && random.chance(0.045)) {
      const leftDay = asOfDay - random.int(5, 330);
      if (leftDay > plan.touchFrom + 30) markLeft(random, plan, leftDay, ownerId, 'Left the company', context);
    }
  }
  applyStory(random, story, plans, ownerId, context);
  for (const plan of plans) {
    recordPersonaHistory(random, plan, ownerId, context);
    recordSentimentHistory(random, plan, ownerId, context);
  }
  return plans;
}

function pickSentiment(random: Random, health: number, personas: readonly Persona[]): Sentiment | null {
  // Day-to-day users and influencers are the ones a CSM has often not assessed yet.
  if ((personas.includes('day_to_day_user') || personas.includes('influencer')) && random.chance(0.15)) return null;
  let score = health + random.normal(0, 0.2);
  if (personas.includes('champion')) score = Math.max(score + 0.1, 0.45); // a champion sells for us
  if (personas.includes('budget_holder')) score -= 0.05;
  let sentiment: Sentiment = score > 0.62 ? 'supportive' : score > 0.4 ? 'neutral' : score > 0.25 ? 'resistant' : 'detractor';
  // A detractor among decision makers is a headline; outside the stories it only happens where the account is in trouble.
  if (sentiment === 'detractor' && isDecisionMaker(personas) && health > 0.3) sentiment = 'resistant';
  return sentiment;
}

export function markLeft(
  random: Random,
  plan: StakeholderPlan,
  leftDay: number,
  ownerId: string,
  reason: string,
  context: StakeholderContext,
): void {
  plan.row.status = 'left';
  plan.row.leftAt = context.calendar.date(leftDay);
  plan.touchUntil = Math.min(plan.touchUntil, leftDay);
  context.changes.push({
    id: random.uuid(),
    stakeholderId: plan.row.id,
    field: 'status',
    fromValue: 'active',
    toValue: 'left',
    reason,
    changedBy: ownerId,
    changedAt: context.calendar.timestamp(leftDay, random.int(0, 39)),
  });
}

function applyStory(random: Random, story: StoryKind | null, plans: StakeholderPlan[], ownerId: string, context: StakeholderContext): void {
  const asOfDay = context.calendar.asOfDay;
  const subject = findStorySubject(story, plans);
  if (!subject) return;
  switch (story) {
    case 'silent_champion':
      subject.row.assessedSentiment = 'supportive';
      subject.row.assessedSentimentReason = 'Drives adoption across teams without being asked';
      subject.touchUntil = asOfDay - random.int(190, 240);
      break;
    case 'detractor_decision_maker':
      subject.row.assessedSentiment = 'detractor';
      subject.row.assessedSentimentReason = random.pick(SENTIMENT_REASONS.detractor);
      subject.row.relationshipStrength = 2;
      break;
    case 'sponsor_last_seen_150_days':
      // The explicit last meeting sits on day asOf-150; see the touchpoint generator.
      subject.touchUntil = asOfDay - 149;
      break;
    case 'key_stakeholder_left':
      markLeft(random, subject, asOfDay - random.int(14, 60), ownerId, 'Left the company; replacement not yet named', context);
      break;
  }
}

/** The stakeholder a story is about; the touchpoint generator and the tests use the same rule. */
export function findStorySubject(story: StoryKind | null, plans: readonly StakeholderPlan[]): StakeholderPlan | undefined {
  switch (story) {
    case 'silent_champion':
      return plans.find((plan) => hasPersona(plan, 'champion'));
    case 'detractor_decision_maker':
    case 'key_stakeholder_left':
      return plans.find((plan) => hasPersona(plan, 'decision_maker') && plan.row.keyToSuccess === 'critical');
    case 'sponsor_last_seen_150_days':
      return plans.find((plan) => hasPersona(plan, 'executive_sponsor'));
    case 'single_threaded':
      return plans.find((plan) => plan.mainContact);
    default:
      return undefined;
  }
}

/**
 * The first assessment and, for some stakeholders, how it moved since: the history the stakeholder
 * page shows. The current value is always the last entry's target.
 */
export function recordSentimentHistory(random: Random, plan: StakeholderPlan, ownerId: string, context: StakeholderContext): void {
  const current = plan.row.assessedSentiment;
  if (current === null) return;
  const { calendar } = context;
  const lastDay = Math.min(plan.touchUntil, calendar.asOfDay) - 1;
  const firstDay = Math.min(plan.touchFrom + random.int(3, 30), lastDay);
  const currentIndex = SENTIMENTS.indexOf(current);
  const chain: Sentiment[] = [];
  if (current === 'detractor' && isDecisionMaker(plan.row.personas)) {
    chain.push('supportive', 'neutral'); // the story of a sponsor turning: it did not start this way
  } else if (random.chance(0.25)) {
    const steps = random.chance(0.3) ? 2 : 1;
    let index = currentIndex;
    for (let i = 0; i < steps; i++) {
      index = clamp(index + (random.chance(0.5) ? 1 : -1), 0, 3);
      chain.unshift(SENTIMENTS[index]);
    }
  }
  chain.push(current);
  const history = chain.filter((sentiment, i) => i === 0 || sentiment !== chain[i - 1]);
  const span = Math.max(lastDay - firstDay, 0);
  // The latest change is recent enough to matter; earlier ones spread back to the first assessment.
  const last = history.length - 1;
  const lastChange = last === 0 ? firstDay + Math.floor(span * random.between(0.3, 1)) : lastDay - random.int(0, Math.min(40, span));
  for (let i = 0; i <= last; i++) {
    const day = last === 0 ? lastChange : Math.round(firstDay + ((lastChange - firstDay) * i) / last);
    const at = calendar.timestamp(day, random.int(0, 39));
    context.changes.push({
      id: random.uuid(),
      stakeholderId: plan.row.id,
      field: 'assessedSentiment',
      fromValue: i === 0 ? null : history[i - 1],
      toValue: history[i],
      reason: i === last ? plan.row.assessedSentimentReason : random.pick(SENTIMENT_REASONS[history[i]]),
      changedBy: ownerId,
      changedAt: at,
    });
    plan.row.assessedSentimentAt = at;
  }
}

/** Some champions were first recorded as users or influencers and promoted once they led the rollout. */
function recordPersonaHistory(random: Random, plan: StakeholderPlan, ownerId: string, context: StakeholderContext): void {
  if (!hasPersona(plan, 'champion') || !random.chance(0.3)) return;
  const day = plan.touchFrom + random.int(30, 120);
  if (day >= Math.min(plan.touchUntil, context.calendar.asOfDay)) return;
  context.changes.push({
    id: random.uuid(),
    stakeholderId: plan.row.id,
    field: 'personas',
    fromValue: random.chance(0.5) ? ['day_to_day_user'] : ['influencer'],
    toValue: plan.row.personas,
    reason: 'Led the rollout in their team; now our champion',
    changedBy: ownerId,
    changedAt: context.calendar.timestamp(day, random.int(0, 39)),
  });
}
