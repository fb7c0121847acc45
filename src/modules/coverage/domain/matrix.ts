/** The stakeholder matrix (SPEC C2): one dot per active stakeholder, sentiment × key to success. */
import type { KeyToSuccess, Sentiment } from '../../../domain/vocabulary.ts';
import { effectiveSentiment, type SentimentSource } from './sentiment.ts';
import type { StakeholderFact } from './types.ts';

export type MatrixPoint = {
  stakeholderId: string;
  name: string;
  keyToSuccess: KeyToSuccess;
  sentiment: Sentiment | null;
  source: SentimentSource | null;
  /** Critical to success yet against us: the quadrant the UI must make obvious. */
  danger: boolean;
};

export function stakeholderMatrix(stakeholders: StakeholderFact[]): MatrixPoint[] {
  return stakeholders
    .filter((s) => s.status === 'active')
    .map((s) => {
      const effective = effectiveSentiment(s);
      const sentiment = effective?.sentiment ?? null;
      return {
        stakeholderId: s.stakeholderId,
        name: s.name,
        keyToSuccess: s.keyToSuccess,
        sentiment,
        source: effective?.source ?? null,
        danger: s.keyToSuccess === 'critical' && (sentiment === 'detractor' || sentiment === 'resistant'),
      };
    });
}
