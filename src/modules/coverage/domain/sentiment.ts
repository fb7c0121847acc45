/** Sentiment helpers: measured wins where it exists (SPEC §1 Sentiment), ranks follow SENTIMENTS (worst first). */
import { SENTIMENTS, type Sentiment } from '../../../domain/vocabulary.ts';
import type { StakeholderFact } from './types.ts';

export type SentimentSource = 'measured' | 'assessed';
export type EffectiveSentiment = { sentiment: Sentiment; source: SentimentSource } | null;

export function sentimentRank(sentiment: Sentiment): number {
  return SENTIMENTS.indexOf(sentiment);
}

/** null means unknown, which is not the same as neutral. */
export function effectiveSentiment(s: Pick<StakeholderFact, 'measuredSentiment' | 'assessedSentiment'>): EffectiveSentiment {
  if (s.measuredSentiment) return { sentiment: s.measuredSentiment, source: 'measured' };
  if (s.assessedSentiment) return { sentiment: s.assessedSentiment, source: 'assessed' };
  return null;
}

/** "is a detractor" but "is resistant": detractor is the only noun. */
export function describeSentiment(sentiment: Sentiment): string {
  return sentiment === 'detractor' ? 'a detractor' : sentiment;
}
