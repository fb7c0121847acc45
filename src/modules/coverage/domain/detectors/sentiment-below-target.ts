/** An active stakeholder feeling worse than the strictest target of any persona they hold. */
import { PERSONAS, type Persona } from '../../../../domain/personas.ts';
import type { Sentiment } from '../../../../domain/vocabulary.ts';
import { holdsDecisionMakerPersona, makeGap, personaLabel } from '../gap-support.ts';
import { describeSentiment, effectiveSentiment, sentimentRank } from '../sentiment.ts';
import type { CoverageModel, Gap, GapDetector, Severity, StakeholderFact } from '../types.ts';

function strictestTarget(s: StakeholderFact, model: CoverageModel): { persona: Persona; target: Sentiment } | null {
  let best: { persona: Persona; target: Sentiment } | null = null;
  for (const persona of PERSONAS) {
    if (!s.personas.includes(persona)) continue;
    const target = model.requirements.find((r) => r.persona === persona)?.lowestSentiment;
    if (target && (!best || sentimentRank(target) > sentimentRank(best.target))) best = { persona, target };
  }
  return best;
}

function severityFor(sentiment: Sentiment, weighsMore: boolean): Severity {
  if (sentiment === 'detractor') return weighsMore ? 'critical' : 'high';
  if (sentiment === 'resistant') return weighsMore ? 'high' : 'medium';
  return weighsMore ? 'medium' : 'low';
}

export const sentimentBelowTargetDetector: GapDetector = {
  kind: 'sentiment_below_target',
  detect({ account, model }) {
    const gaps: Gap[] = [];
    for (const s of account.stakeholders) {
      if (s.status !== 'active') continue;
      const effective = effectiveSentiment(s);
      const strictest = strictestTarget(s, model);
      if (!effective || !strictest || sentimentRank(effective.sentiment) >= sentimentRank(strictest.target)) continue;
      // A decision maker or a critical stakeholder can sink the renewal alone.
      const weighsMore = holdsDecisionMakerPersona(s.personas) || s.keyToSuccess === 'critical';
      const explanation =
        `${personaLabel(strictest.persona)} ${s.name} is ${describeSentiment(effective.sentiment)} (${effective.source}); ` +
        `the model wants at least ${strictest.target}`;
      gaps.push(
        makeGap('sentiment_below_target', severityFor(effective.sentiment, weighsMore), strictest.persona, s.stakeholderId, explanation, {
          sentiment: effective.sentiment,
          stakeholderName: s.name,
        }),
      );
    }
    return gaps;
  },
};
