/**
 * Accounts and their stage history. Tier and stage mixes are exact shares shuffled over the
 * portfolio (not independent draws), so even a 30-account portfolio shows every stage.
 */
import type { LifecycleStage, Region, SizeBand, Tier } from '../../../domain/vocabulary.ts';
import type { Calendar } from './calendar.ts';
import { type CompanyNamer, pickIndustry } from './companies.ts';
import { type Lifecycle, planLifecycle } from './lifecycle.ts';
import type { AccountRow, AccountStageChangeRow } from './portfolio.ts';
import { createRandom, mixSeed, type Random, STREAMS } from './random.ts';

export type AccountPlan = {
  index: number;
  row: AccountRow;
  domain: string;
  lifecycle: Lifecycle;
  /** 0..1, how well the relationship is going; pulls stakeholder sentiment up or down. */
  health: number;
  /** Multiplies touchpoint density: some accounts simply talk more. */
  activity: number;
};

const TIER_SHARES: readonly (readonly [Tier, number])[] = [
  ['strategic', 0.15],
  ['enterprise', 0.35],
  ['community', 0.5],
];

/** Most customers are live (adoption to renewal); a few are prospects, onboarding, or decided. */
const STAGE_SHARES: readonly (readonly [LifecycleStage, number])[] = [
  ['discovery', 0.02],
  ['qualification', 0.02],
  ['selection', 0.02],
  ['implementation', 0.08],
  ['adoption', 0.24],
  ['maintenance', 0.28],
  ['change', 0.06],
  ['renewal', 0.18],
  ['churned', 0.05],
  ['renewed', 0.05],
];

const REGION_WEIGHTS: readonly (readonly [Region, number])[] = [
  ['north_america', 0.45],
  ['emea', 0.35],
  ['apac', 0.12],
  ['latin_america', 0.08],
];

const EMPLOYEES: Record<Tier, readonly [number, number]> = {
  community: [15, 900],
  enterprise: [250, 9_000],
  strategic: [3_000, 150_000],
};
const ARR: Record<Tier, readonly [number, number, number]> = {
  community: [5_000, 30_000, 100],
  enterprise: [30_000, 250_000, 500],
  strategic: [250_000, 2_000_000, 5_000],
};

/** Exact counts by largest remainder, each share at least once when there is room for all. */
export function exactCounts<T>(shares: readonly (readonly [T, number])[], total: number): T[] {
  const counts = shares.map(([, share]) => Math.floor(share * total));
  const order = shares.map((_, i) => i).sort((a, b) => ((shares[b][1] * total) % 1) - ((shares[a][1] * total) % 1));
  let left = total - counts.reduce((sum, n) => sum + n, 0);
  for (const i of order) {
    if (left === 0) break;
    counts[i]++;
    left--;
  }
  if (total >= shares.length) {
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] > 0) continue;
      const largest = counts.indexOf(Math.max(...counts));
      counts[largest]--;
      counts[i]++;
    }
  }
  return shares.flatMap(([item], i) => Array<T>(counts[i]).fill(item));
}

function sizeBandOf(employees: number): SizeBand {
  if (employees < 100) return 'smb';
  if (employees < 1_000) return 'mid_market';
  if (employees < 10_000) return 'enterprise';
  return 'large_enterprise';
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export type AccountContext = {
  seed: number;
  calendar: Calendar;
  namer: CompanyNamer;
  /** CSM user ids per tier: strategic books are small, community books large. */
  ownersByTier: Record<Tier, readonly string[]>;
  stageChanges: AccountStageChangeRow[];
};

export function planAccounts(random: Random, count: number, context: AccountContext): AccountPlan[] {
  const tiers = random.shuffle(exactCounts(TIER_SHARES, count));
  const stages = random.shuffle(exactCounts(STAGE_SHARES, count));
  const booked: Record<Tier, number> = { community: 0, enterprise: 0, strategic: 0 };
  const plans: AccountPlan[] = [];
  for (let index = 0; index < count; index++) {
    const tier = tiers[index];
    const owners = context.ownersByTier[tier];
    const ownerId = owners[booked[tier]++ % owners.length];
    plans.push(planAccount(createRandom(mixSeed(context.seed, STREAMS.accounts, index)), index, tier, stages[index], ownerId, context));
  }
  return plans;
}

function planAccount(
  random: Random,
  index: number,
  tier: Tier,
  stage: LifecycleStage,
  ownerId: string,
  context: AccountContext,
): AccountPlan {
  const { calendar } = context;
  const region = random.weighted(REGION_WEIGHTS);
  const industry = pickIndustry(random);
  const { name, domain } = context.namer.next(random, industry, region);
  const [minEmployees, maxEmployees] = EMPLOYEES[tier];
  const sizePosition = random.next();
  const employees = Math.round(minEmployees * (maxEmployees / minEmployees) ** sizePosition);
  // ARR follows company size within the tier's band, with room for a small company paying a lot.
  const [minArr, maxArr, step] = ARR[tier];
  const arrPosition = clamp(0.6 * sizePosition + 0.4 * random.next(), 0, 1);
  const arr = Math.max(minArr, Math.round((minArr * (maxArr / minArr) ** arrPosition) / step) * step);

  const lifecycle = planLifecycle(random, stage, calendar.asOfDay);
  const id = random.uuid();
  let previous: LifecycleStage | null = null;
  for (const step of lifecycle.steps) {
    context.stageChanges.push({
      id: random.uuid(),
      accountId: id,
      fromStage: previous,
      toStage: step.stage,
      changedAt: calendar.timestamp(step.day, random.int(0, 39)),
      changedBy: ownerId,
      note: step.note,
    });
    previous = step.stage;
  }
  const decided = stage === 'churned' ? -0.3 : stage === 'renewed' ? 0.08 : 0;
  const health = clamp(random.normal(0.66 + decided, 0.14), 0.05, 0.98);
  const activity = clamp(random.normal(stage === 'churned' ? 0.8 : 1, 0.18), 0.55, 1.5);
  const row: AccountRow = {
    id,
    name,
    tier,
    sizeBand: sizeBandOf(employees),
    region,
    industry,
    employees,
    lifecycleStage: stage,
    arr,
    renewalDate: lifecycle.renewalDay === null ? null : calendar.date(lifecycle.renewalDay),
    ownerId,
    // Some accounts arrived through a CRM import, so the integration screens have ids to match on.
    salesforceId: random.chance(0.7) ? `001Dm${index.toString(36).toUpperCase().padStart(7, '0')}${random.int(100, 999)}` : null,
    hubspotId: random.chance(0.3) ? String(4_100_000_000 + index * 13 + random.int(0, 12)) : null,
    createdAt: calendar.timestamp(lifecycle.steps[0].day, random.int(0, 39)),
  };
  return { index, row, domain, lifecycle, health, activity };
}
