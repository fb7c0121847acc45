/**
 * People who are stakeholders in two accounts: someone who moved to another customer (left the
 * first, joined the second in a new role) and outside consultants advising a second customer.
 * SPEC: "A person can be a stakeholder in two accounts with different personas".
 */
import type { Persona } from '../../../domain/personas.ts';
import type { AccountPlan } from './accounts.ts';
import type { Random } from './random.ts';
import { titleFor } from './roster.ts';
import { claimEmail, hasPersona, markLeft, recordSentimentHistory, type StakeholderContext, type StakeholderPlan } from './stakeholders.ts';

export function linkAcrossAccounts(
  random: Random,
  accounts: readonly AccountPlan[],
  byAccount: StakeholderPlan[][],
  storyAccounts: ReadonlySet<number>,
  count: number,
  context: StakeholderContext,
): void {
  const asOfDay = context.calendar.asOfDay;
  // Story accounts and closed ones stay untouched so their stories read exactly as documented.
  const open = accounts.filter(
    (account) =>
      !storyAccounts.has(account.index) && account.row.lifecycleStage !== 'churned' && account.lifecycle.steps[0].day <= asOfDay - 200,
  );
  if (open.length < 2) return;
  const linked = new Set<string>();
  let made = 0;
  for (let attempt = 0; made < count && attempt < count * 20; attempt++) {
    const source = random.pick(open);
    const movable = byAccount[source.index].filter(
      (plan) =>
        !plan.mainContact &&
        plan.row.status === 'active' &&
        plan.row.keyToSuccess !== 'critical' &&
        !hasPersona(plan, 'executive_sponsor') &&
        !linked.has(plan.person.id),
    );
    if (movable.length === 0) continue;
    const from = random.pick(movable);
    const target = random.pick(open);
    if (target.index === source.index) continue;
    const moved = made % 2 === 0;
    const joinDay = moved ? asOfDay - random.int(40, 250) : asOfDay - random.int(30, 300);
    const leftDay = joinDay - random.int(15, 60);
    if (joinDay <= target.lifecycle.steps[0].day || (moved && leftDay <= from.touchFrom + 30)) continue;

    const choices: Persona[] = moved ? ['decision_maker', 'champion', 'influencer'] : ['influencer', 'day_to_day_user'];
    const persona = random.pick(choices.filter((candidate) => !from.row.personas.includes(candidate)));
    const person = from.person;
    if (moved) {
      markLeft(random, from, leftDay, source.row.ownerId, `Moved to ${target.row.name}`, context);
      context.emails.delete(person.email);
      person.email = claimEmail(person.email.slice(0, person.email.indexOf('@')), target.domain, context.emails);
      person.title = titleFor(random, persona);
    }
    const ownerId = target.row.ownerId;
    const plan: StakeholderPlan = {
      person,
      weight: 2,
      touchFrom: joinDay,
      touchUntil: target.lifecycle.endDay,
      mainContact: false,
      row: {
        id: random.uuid(),
        accountId: target.row.id,
        personId: person.id,
        personas: [persona],
        keyToSuccess: persona === 'decision_maker' ? 'critical' : 'important',
        assessedSentiment: moved ? 'supportive' : 'neutral',
        assessedSentimentAt: null,
        assessedSentimentBy: ownerId,
        assessedSentimentReason: moved
          ? `Knew us at ${source.row.name}; an advocate from day one`
          : `External consultant from ${source.row.name}, advising on their rollout`,
        relationshipStrength: moved ? random.int(3, 5) : random.int(2, 3),
        personalRapport: moved ? random.int(4, 5) : random.int(2, 4),
        status: 'active',
        leftAt: null,
        createdAt: context.calendar.timestamp(joinDay, random.int(0, 39)),
      },
    };
    recordSentimentHistory(random, plan, ownerId, context);
    byAccount[target.index].push(plan);
    linked.add(person.id);
    made++;
  }
}
