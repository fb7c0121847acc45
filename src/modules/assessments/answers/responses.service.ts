/**
 * Answering: the public link finds its invitation by the token's hash; a response closes the loop
 * at once — a follow-up task for the CSM, the stakeholder's measured sentiment, reminders cancelled,
 * the account's gaps recomputed. The same link edits the answers until the wave closes.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';
import { assessmentResponses, stakeholderChanges, stakeholders, tasks } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import type { Sentiment } from '../../../domain/vocabulary.ts';
import { isoDate } from '../../../lib/dates.ts';
import { refreshAccountCoverage } from '../../coverage/index.ts';
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
import { getAssessmentSettings } from '../settings/settings.service.ts';
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
  const [row] = await queryRows<
    Omit<InvitationForAnswer, 'closed' | 'productName' | 'response'> & {
      closedAt: string | null;
      closesAt: string;
      answers: Answers | null;
      respondedAt: string | null;
      updatedAt: string | null;
    }
  >(
    db,
    sql`select i.id as "invitationId", i.wave_id as "waveId", i.stakeholder_id as "stakeholderId", i.account_id as "accountId",
               a.name as "accountName", a.owner_id as "ownerId", pe.first_name as "firstName",
               pe.first_name || ' ' || pe.last_name as "stakeholderName", q.name as "questionnaireName",
               v.id as "questionnaireVersionId", v.questions, i.expires_at as "expiresAt", w.closed_at as "closedAt", w.closes_at as "closesAt",
               r.answers, r.responded_at as "respondedAt", r.updated_at as "updatedAt"
        from assessment_invitations i
        join assessment_waves w on w.id = i.wave_id
        join questionnaire_versions v on v.id = w.questionnaire_version_id
        join questionnaires q on q.id = v.questionnaire_id
        join accounts a on a.id = i.account_id
        join stakeholders s on s.id = i.stakeholder_id
        join people pe on pe.id = s.person_id
        left join assessment_responses r on r.invitation_id = i.id
        where i.token_hash = ${hashAnswerToken(token)}`,
  );
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

/** Sets measured sentiment from a score and records the change in the stakeholder's history. */
export async function setMeasuredSentiment(
  db: Db,
  stakeholderId: string,
  score: number,
  bands: SentimentBands,
  at: string,
  reason: string,
): Promise<Sentiment> {
  const sentiment = measuredSentimentFor(score, bands);
  const [current] = await db
    .select({ measured: stakeholders.measuredSentiment, at: stakeholders.measuredSentimentAt })
    .from(stakeholders)
    .where(eq(stakeholders.id, stakeholderId));
  if (!current) return sentiment;
  // An older answer (an imported past response) never overrides a newer measurement.
  if (current.at && Date.parse(current.at) > Date.parse(at)) return current.measured as Sentiment;
  await db
    .update(stakeholders)
    .set({ measuredSentiment: sentiment, measuredSentimentAt: at, updatedAt: sql`now()` })
    .where(eq(stakeholders.id, stakeholderId));
  if (current.measured !== sentiment)
    await db
      .insert(stakeholderChanges)
      .values({ stakeholderId, field: 'measuredSentiment', fromValue: current.measured, toValue: sentiment, reason, changedAt: at });
  return sentiment;
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
    const [response] = await tx
      .insert(assessmentResponses)
      .values({
        invitationId: invitation.invitationId,
        waveId: invitation.waveId,
        stakeholderId: invitation.stakeholderId,
        accountId: invitation.accountId,
        questionnaireVersionId: invitation.questionnaireVersionId,
        answers,
        score,
        verbatim,
        respondedAt: now,
        source: 'link',
      })
      .onConflictDoUpdate({
        target: assessmentResponses.invitationId,
        set: { answers, score, verbatim, updatedAt: now },
      })
      .returning({ id: assessmentResponses.id, respondedAt: assessmentResponses.respondedAt });
    const responseId = response!.id;
    await tx.execute(
      sql`update assessment_messages set status = 'cancelled' where invitation_id = ${invitation.invitationId} and status = 'scheduled'`,
    );
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
        respondedOn: isoDate(new Date(response!.respondedAt)),
      });
      // One task per response; an edit that changes the score's group rewords the task while it is open.
      await tx
        .insert(tasks)
        .values({
          accountId: invitation.accountId,
          stakeholderId: invitation.stakeholderId,
          ownerId: invitation.ownerId,
          kind: followUp.kind,
          title: followUp.title,
          dueDate: followUp.dueDate,
          responseId,
        })
        .onConflictDoNothing();
      await tx.execute(
        sql`update tasks set kind = ${followUp.kind}, title = ${followUp.title}, due_date = ${followUp.dueDate}
            where response_id = ${responseId} and status = 'open' and kind <> ${followUp.kind}`,
      );
    }
    // A silent escalation that is no longer true closes itself.
    await tx.execute(
      sql`update tasks set status = 'done', done_at = ${now} where invitation_id = ${invitation.invitationId} and status = 'open'`,
    );
  });
  await refreshAccountCoverage(deps, invitation.accountId);
  return { ok: true, invitation, edited };
}
