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
  /** Holders of the persona in the account's latest assessment wave: any answered, all silent, still waiting, or none invited. */
  participation: 'answered' | 'silent' | 'awaiting' | 'not_invited';
};

/** The account as a whole: invited in its latest wave and nobody answered after the last reminder. */
export function isSilentAccount(account: AccountFacts, asOf: string): boolean {
  const p = account.participation;
  if (!p || p.invitations.length === 0) return false;
  return p.invitations.every((i) => !i.answered && i.silentFrom <= asOf);
}

function participationOf(account: AccountFacts, holderIds: Set<string>, asOf: string): HeatCell['participation'] {
  const invited = (account.participation?.invitations ?? []).filter((i) => holderIds.has(i.stakeholderId));
  if (invited.length === 0) return 'not_invited';
  if (invited.some((i) => i.answered)) return 'answered';
  return invited.every((i) => i.silentFrom <= asOf) ? 'silent' : 'awaiting';
}

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
  const participation = participationOf(account, new Set(holders.map((h) => h.stakeholderId)), asOf);
  return { coverage, count, wanted, engagement, daysSinceEngaged: days, sentiment, participation };
}
