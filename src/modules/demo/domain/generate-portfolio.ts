/**
 * The deterministic demo portfolio: the same seed, size and asOf give byte-identical rows, ids
 * included, with no clock, database or I/O. Each account draws from its own seeded stream, so
 * changing how touchpoints are made does not reshuffle names or tiers.
 *
 * What every screen can show (300 accounts): a team of one leader (Morgan Lee), 8 CSMs and one
 * read-only executive (Dana Whitfield); tiers 15% strategic / 35% enterprise / 50% community; every
 * lifecycle stage, most accounts live (adoption to renewal); ~2,500 stakeholders, ~20 people who
 * are stakeholders in two accounts (moved to another customer, or consulting for one); ~40,000
 * touchpoints over the 18 months before asOf.
 *
 * Deliberate relationship problems, each on about one account in a hundred (3 at 300 accounts,
 * at least 1 each), always live enterprise or strategic customers with 300+ days of history, one
 * story per account, listed with names in `portfolio.storyAccounts`:
 * - no_executive_sponsor: nobody holds the executive_sponsor persona, not even someone who left.
 *   Two in three of these are strategic; every other enterprise and strategic account has exactly
 *   one sponsor, so these stand out.
 * - silent_champion: the account has exactly one champion, still supportive on paper, whose last
 *   touchpoint (a meeting) was 190-240 days before asOf.
 * - detractor_decision_maker: the critical decision maker is assessed `detractor`, with a history
 *   supportive → neutral → detractor and the reason. Outside the stories a decision maker is a
 *   detractor only in accounts already in deep trouble (mostly churned ones).
 * - sponsor_last_seen_150_days: the one executive sponsor's latest touchpoint is a meeting on
 *   asOf − 150 days (moved back to the Friday when that is a weekend), against a usual 90-day limit.
 * - single_threaded: every touchpoint with participants in the last 90 days has exactly one, the
 *   main contact (at least six of them), though the account has 8-20 stakeholders.
 * - key_stakeholder_left: the critical decision maker has status `left`, left_at 14-60 days before
 *   asOf, with the status change in stakeholder history and no touchpoints after leaving.
 */
import { type AccountPlan, planAccounts } from './accounts.ts';
import { createCalendar, toWeekday } from './calendar.ts';
import { createCompanyNamer } from './companies.ts';
import { linkAcrossAccounts } from './cross-links.ts';
import type { Portfolio, StoryAccount, StoryKind } from './portfolio.ts';
import { createRandom, mixSeed, STREAMS } from './random.ts';
import { findStorySubject, planStakeholders, type StakeholderContext, type StakeholderPlan } from './stakeholders.ts';
import { pickStories, STORY_KINDS } from './stories.ts';
import { createSummaryWriter } from './summaries.ts';
import { buildTeam } from './team.ts';
import { planTouchpoints, type TouchpointContext } from './touchpoints.ts';

export type GenerateOptions = {
  seed: number;
  accounts: number;
  /** YYYY-MM-DD: "today" for the portfolio; all history lies before it, renewals after it. */
  asOf: string;
  csmCount?: number;
};

export function generatePortfolio(options: GenerateOptions): Portfolio {
  const { seed, accounts: accountCount, asOf, csmCount = 8 } = options;
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  if (!Number.isInteger(accountCount) || accountCount < 1) throw new Error(`accounts must be a positive integer, got ${accountCount}`);
  if (!Number.isInteger(csmCount) || csmCount < 1) throw new Error(`csmCount must be a positive integer, got ${csmCount}`);
  const calendar = createCalendar(asOf);
  const main = createRandom(mixSeed(seed, STREAMS.portfolio));

  const team = buildTeam(createRandom(mixSeed(seed, STREAMS.team)), csmCount);
  const portfolio: Portfolio = {
    seed,
    asOf,
    users: team.users,
    demoLogins: team.users.map(({ email, name, role }) => ({ email, name, role })),
    accounts: [],
    accountStageChanges: [],
    people: [],
    stakeholders: [],
    stakeholderChanges: [],
    touchpoints: [],
    touchpointStakeholders: [],
    touchpointUsers: [],
    storyAccounts: [],
  };

  const plans = planAccounts(main, accountCount, {
    seed,
    calendar,
    namer: createCompanyNamer(),
    ownersByTier: team.ownersByTier,
    stageChanges: portfolio.accountStageChanges,
  });
  portfolio.accounts = plans.map((plan) => plan.row);

  const stories = pickStories(main, plans, calendar.asOfDay);
  const stakeholderContext: StakeholderContext = {
    calendar,
    people: portfolio.people,
    changes: portfolio.stakeholderChanges,
    emails: new Set(),
  };
  const byAccount = plans.map((plan) =>
    planStakeholders(
      createRandom(mixSeed(seed, STREAMS.stakeholders, plan.index)),
      plan,
      stories.get(plan.index) ?? null,
      stakeholderContext,
    ),
  );
  linkAcrossAccounts(main, plans, byAccount, new Set(stories.keys()), Math.round(accountCount / 15), stakeholderContext);
  portfolio.stakeholders = byAccount.flatMap((list) => list.map((plan) => plan.row));

  const touchpointContext: TouchpointContext = {
    calendar,
    writer: createSummaryWriter(),
    leaderId: team.leaderId,
    touchpoints: portfolio.touchpoints,
    touchpointStakeholders: portfolio.touchpointStakeholders,
    touchpointUsers: portfolio.touchpointUsers,
  };
  for (const plan of plans) {
    const random = createRandom(mixSeed(seed, STREAMS.touchpoints, plan.index));
    planTouchpoints(random, plan, byAccount[plan.index], stories.get(plan.index) ?? null, touchpointContext);
  }

  for (const [index, kind] of stories) {
    portfolio.storyAccounts.push(describeStory(kind, plans[index], byAccount[index], calendar.asOfDay));
  }
  // Grouped by story, then by name: the order a demo script walks through them.
  portfolio.storyAccounts.sort(
    (a, b) => STORY_KINDS.indexOf(a.kind) - STORY_KINDS.indexOf(b.kind) || a.accountName.localeCompare(b.accountName, 'en'),
  );
  return portfolio;
}

function describeStory(kind: StoryKind, account: AccountPlan, stakeholders: readonly StakeholderPlan[], asOfDay: number): StoryAccount {
  const subject = findStorySubject(kind, stakeholders);
  const who = subject ? `${subject.person.firstName} ${subject.person.lastName}` : '';
  const base = { kind, accountId: account.row.id, accountName: account.row.name, stakeholderId: subject?.row.id ?? null };
  switch (kind) {
    case 'no_executive_sponsor':
      return { ...base, stakeholderId: null, description: `No executive sponsor on record at this ${account.row.tier} account` };
    case 'silent_champion': {
      const days = asOfDay - toWeekday((subject as StakeholderPlan).touchUntil - 1);
      return { ...base, description: `Champion ${who}: no touchpoint for ${days} days` };
    }
    case 'detractor_decision_maker':
      return { ...base, description: `Decision maker ${who} is a detractor: ${subject?.row.assessedSentimentReason}` };
    case 'sponsor_last_seen_150_days':
      return { ...base, description: `Executive sponsor ${who} last seen ${asOfDay - toWeekday(asOfDay - 150)} days ago` };
    case 'single_threaded':
      return { ...base, description: `Every touchpoint in the last 90 days was with ${who} alone` };
    case 'key_stakeholder_left':
      return { ...base, description: `Critical decision maker ${who} left on ${subject?.row.leftAt}` };
  }
}
