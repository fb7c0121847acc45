/**
 * Which accounts carry a deliberate relationship problem. Only live, long-standing enterprise and
 * strategic customers qualify: a prospect or a churned account would blur the story.
 */
import type { Tier } from '../../../domain/vocabulary.ts';
import type { AccountPlan } from './accounts.ts';
import type { StoryKind } from './portfolio.ts';
import type { Random } from './random.ts';

export const STORY_KINDS: readonly StoryKind[] = [
  'no_executive_sponsor',
  'silent_champion',
  'detractor_decision_maker',
  'sponsor_last_seen_150_days',
  'single_threaded',
  'key_stakeholder_left',
];

/** Tiers to draw from, in the order the story's accounts take them (cycled). */
const STORY_TIERS: Record<StoryKind, readonly Tier[]> = {
  // Two of every three sponsorless story accounts are strategic: the most expensive gap to have.
  no_executive_sponsor: ['strategic', 'strategic', 'enterprise'],
  silent_champion: ['enterprise', 'strategic'],
  detractor_decision_maker: ['strategic', 'enterprise'],
  sponsor_last_seen_150_days: ['strategic', 'enterprise'],
  single_threaded: ['enterprise', 'strategic', 'enterprise'],
  key_stakeholder_left: ['enterprise', 'strategic'],
};

const LIVE_STAGES = new Set(['adoption', 'maintenance', 'change', 'renewal']);
/** Long enough to show six months of silence after an earlier conversation. */
const MIN_HISTORY_DAYS = 300;

/** Story accounts by account index; about one account in a hundred per story, at least one each. */
export function pickStories(random: Random, accounts: readonly AccountPlan[], asOfDay: number): Map<number, StoryKind> {
  const perStory = Math.max(1, Math.round(accounts.length / 100));
  const eligible = random.shuffle(
    accounts.filter(
      (account) =>
        account.row.tier !== 'community' &&
        LIVE_STAGES.has(account.row.lifecycleStage) &&
        account.lifecycle.steps[0].day <= asOfDay - MIN_HISTORY_DAYS,
    ),
  );
  const stories = new Map<number, StoryKind>();
  for (let n = 0; n < perStory; n++) {
    for (const kind of STORY_KINDS) {
      const tiers = STORY_TIERS[kind];
      const wanted = tiers[n % tiers.length];
      const account =
        eligible.find((candidate) => candidate.row.tier === wanted && !stories.has(candidate.index)) ??
        eligible.find((candidate) => !stories.has(candidate.index));
      if (account) stories.set(account.index, kind);
    }
  }
  return stories;
}
