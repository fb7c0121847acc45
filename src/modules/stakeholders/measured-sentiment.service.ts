/**
 * Measured sentiment comes from what stakeholders answer (assessments compute it from a score); the
 * stakeholder's row and history are written here, so the history names every change the same way.
 */
import type { Db } from '../../db/client.ts';
import type { Sentiment } from '../../domain/vocabulary.ts';
import * as repo from './stakeholders.repository.ts';

export type MeasuredSentimentChange = { stakeholderId: string; sentiment: Sentiment; at: string; reason: string };

/**
 * Sets the stakeholder's measured sentiment as of `at` and records a change in their history; an
 * older measurement (an imported past answer) never overrides a newer one. Returns the sentiment
 * that stands. `db` may be the caller's transaction.
 */
export async function recordMeasuredSentiment(db: Db, change: MeasuredSentimentChange): Promise<Sentiment | null> {
  const current = await repo.findMeasuredSentiment(db, change.stakeholderId);
  if (!current) return change.sentiment;
  if (current.at && Date.parse(current.at) > Date.parse(change.at)) return current.measured;
  await repo.updateStakeholder(db, change.stakeholderId, { measuredSentiment: change.sentiment, measuredSentimentAt: change.at });
  if (current.measured !== change.sentiment)
    await repo.insertChanges(db, [
      {
        stakeholderId: change.stakeholderId,
        field: 'measuredSentiment',
        fromValue: current.measured,
        toValue: change.sentiment,
        reason: change.reason,
        changedAt: change.at,
      },
    ]);
  return change.sentiment;
}
