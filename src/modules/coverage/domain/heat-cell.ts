/** One cell of the portfolio heat map (account × persona): coverage, engagement and the worst sentiment. */
import type { Persona } from '../../../domain/personas.ts';
import type { Sentiment } from '../../../domain/vocabulary.ts';
import { activeHolders, isRecencyBreached, recencyByPersona } from './recency.ts';
import { effectiveSentiment, sentimentRank } from './sentiment.ts';
import type { AccountFacts, CoverageModel } from './types.ts';

export type HeatCell = {
  coverage: 'present' | 'missing' | 'too_few' | 'not_required';
  count: number;
  wanted: number;
  /** 'none' = nobody holds the persona, so there is nobody to have engaged. */
  engagement: 'within' | 'breached' | 'no_limit' | 'none';
  daysSinceEngaged: number | null;
  /** Worst effective sentiment among holders; null when nobody's is known. */
  sentiment: Sentiment | null;
};

export function heatCell(account: AccountFacts, model: CoverageModel, persona: Persona, asOf: string): HeatCell {
  const req = model.requirements.find((r) => r.persona === persona);
  const wanted = req?.minCount ?? 0;
  const limit = req?.recencyDays ?? null;
  const holders = activeHolders(account, persona);
  const count = holders.length;
  const days = recencyByPersona(account, asOf).get(persona)?.days ?? null;

  // An optional persona that is held still shows as present: the user should see who is there.
  const coverage = count > 0 && count >= wanted ? 'present' : count === 0 ? (wanted === 0 ? 'not_required' : 'missing') : 'too_few';
  const engagement = count === 0 ? 'none' : limit === null ? 'no_limit' : isRecencyBreached(days, limit) ? 'breached' : 'within';

  let sentiment: Sentiment | null = null;
  for (const h of holders) {
    const s = effectiveSentiment(h)?.sentiment;
    if (s && (sentiment === null || sentimentRank(s) < sentimentRank(sentiment))) sentiment = s;
  }
  return { coverage, count, wanted, engagement, daysSinceEngaged: days, sentiment };
}
