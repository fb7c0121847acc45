/** The CSM's belief and the stakeholder's own answers disagree; the further apart, the more it matters. */
import { makeGap } from '../gap-support.ts';
import { sentimentRank } from '../sentiment.ts';
import type { Gap, GapDetector } from '../types.ts';

export const sentimentDisagreementDetector: GapDetector = {
  kind: 'sentiment_disagreement',
  detect({ account }) {
    const gaps: Gap[] = [];
    for (const s of account.stakeholders) {
      const { assessedSentiment: assessed, measuredSentiment: measured } = s;
      if (s.status !== 'active' || !assessed || !measured || assessed === measured) continue;
      const distance = Math.abs(sentimentRank(assessed) - sentimentRank(measured));
      const explanation = `${s.name}: you assessed ${assessed}, their answers say ${measured}`;
      gaps.push(
        makeGap('sentiment_disagreement', distance >= 2 ? 'medium' : 'low', null, s.stakeholderId, explanation, {
          assessedSentiment: assessed,
          measuredSentiment: measured,
          stakeholderName: s.name,
        }),
      );
    }
    return gaps;
  },
};
