import type { Sentiment } from '../../domain/labels.ts';

/** A sentiment colour dot: filled when measured (the stakeholder's own answers), outlined when assessed by the CSM. */
export function SentimentDot({ sentiment, source }: { sentiment: Sentiment | null; source?: 'measured' | 'assessed' | null }) {
  return (
    <span
      className="rp-cov-dot"
      data-sentiment={sentiment ?? undefined}
      data-source={sentiment ? (source ?? 'measured') : 'none'}
      aria-hidden="true"
    />
  );
}
