/**
 * Answering: the public link finds its invitation by the token's hash; a response closes the loop
 * at once — a follow-up task for the CSM, the stakeholder's measured sentiment, reminders cancelled,
 * the account's gaps recomputed. The same link edits the answers until the wave closes.
 */
import type { Db } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import type { Sentiment } from '../../../domain/vocabulary.ts';
import { isoDate } from '../../../lib/dates.ts';
import { refreshAccountCoverage } from '../../coverage/index.ts';
import { recordMeasuredSentiment } from '../../stakeholders/index.ts';
import {
  type Answers,
  followUpFor,
  measuredSentimentFor,
  npsScoreOf,
  type Question,
  type SentimentBands,
  validateAnswers,
  verbatimOf,
} from '../domain/index.ts';
import { cancelScheduledForInvitation } from '../sending/outbox.repository.ts';
import { getAssessmentSettings } from '../settings/settings.service.ts';
import * as repo from './responses.repository.ts';
import { closeInvitationTasks, insertTasks, rewordResponseTask } from './tasks.repository.ts';
import { hashAnswerToken, isWellFormedToken } from './tokens.ts';

export type InvitationForAnswer = {
  invitationId: string;
  waveId: string;
  stakeholderId: string;
  accountId: string;
  accountName: string;
  ownerId: string | null;
  firstName: string;
  stakeholderName: string;
  questionnaireName: string;
  questionnaireVersionId: string;
  questions: Question[];
  expiresAt: string;
  closed: boolean;
  response: { answers: Answers; respondedAt: string; updatedAt: string } | null;
  productName: string;
};

export type LinkState =
  | { state: 'unknown' }
  | { state: 'expired'; invitation: InvitationForAnswer }
  | { state: 'open'; invitation: InvitationForAnswer };

export async function findByToken(deps: Deps, token: string): Promise<LinkState> {
  if (!isWellFormedToken(token)) return { state: 'unknown' };
  const db = deps.database.db;
  const row = await repo.findInvitationByTokenHash(db, hashAnswerToken(token));
  if (!row) return { state: 'unknown' };
  const settings = await getAssessmentSettings(db);
  const now = deps.now().getTime();
  const { closedAt, closesAt, answers, respondedAt, updatedAt, ...rest } = row;
  const closed = closedAt !== null || Date.parse(closesAt) <= now || Date.parse(row.expiresAt) <= now;
  const invitation: InvitationForAnswer = {
    ...rest,
    closed,
    productName: settings.productName,
    response: answers && respondedAt && updatedAt ? { answers, respondedAt, updatedAt } : null,
  };
  return closed ? { state: 'expired', invitation } : { state: 'open', invitation };
}

export type SubmitResult =
  | { ok: true; invitation: InvitationForAnswer; edited: boolean }
  | { ok: false; state: 'unknown' }
  | { ok: false; state: 'expired'; invitation: InvitationForAnswer }
  | {
      ok: false;
      state: 'invalid';
      invitation: InvitationForAnswer;
      errors: { questionId: string; message: string }[];
      values: Record<string, unknown>;
    };

/** Sets measured sentiment from a score; the stakeholders module keeps it and its history. */
export function setMeasuredSentiment(
  db: Db,
  stakeholderId: string,
  score: number,
  bands: SentimentBands,
  at: string,
  reason: string,
): Promise<Sentiment | null> {
  return recordMeasuredSentiment(db, { stakeholderId, sentiment: measuredSentimentFor(score, bands), at, reason });
}

export async function submitAnswers(deps: Deps, token: string, input: Record<string, unknown>): Promise<SubmitResult> {
  const found = await findByToken(deps, token);
  if (found.state === 'unknown') return { ok: false, state: 'unknown' };
  if (found.state === 'expired') return { ok: false, state: 'expired', invitation: found.invitation };
  const invitation = found.invitation;
  const checked = validateAnswers(invitation.questions, input);
  if (!checked.ok) return { ok: false, state: 'invalid', invitation, errors: checked.errors, values: input };
  const answers = checked.answers;
  const score = npsScoreOf(invitation.questions, answers);
  const verbatim = verbatimOf(invitation.questions, answers);
  const now = deps.now().toISOString();
  const settings = await getAssessmentSettings(deps.database.db);
  const edited = invitation.response !== null;
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const response = await repo.upsertLinkResponse(db, {
      invitationId: invitation.invitationId,
      waveId: invitation.waveId,
      stakeholderId: invitation.stakeholderId,
      accountId: invitation.accountId,
      questionnaireVersionId: invitation.questionnaireVersionId,
      answers,
      score,
      verbatim,
      at: now,
    });
    const responseId = response.id;
    await cancelScheduledForInvitation(db, invitation.invitationId);
    if (score !== null) {
      await setMeasuredSentiment(
        db,
        invitation.stakeholderId,
        score,
        settings.sentimentBands,
        now,
        `Answered the ${invitation.questionnaireName}: ${score}`,
      );
      const followUp = followUpFor({
        score,
        stakeholderName: invitation.stakeholderName,
        accountName: invitation.accountName,
        respondedOn: isoDate(new Date(response.respondedAt)),
      });
      // One task per response; an edit that changes the score's group rewords the task while it is open.
      await insertTasks(db, [
        {
          accountId: invitation.accountId,
          stakeholderId: invitation.stakeholderId,
          ownerId: invitation.ownerId,
          kind: followUp.kind,
          title: followUp.title,
          dueDate: followUp.dueDate,
          responseId,
        },
      ]);
      await rewordResponseTask(db, responseId, followUp);
    }
    // A silent escalation that is no longer true closes itself.
    await closeInvitationTasks(db, invitation.invitationId, now);
  });
  await refreshAccountCoverage(deps, invitation.accountId);
  return { ok: true, invitation, edited };
}
