/** Invitations found by their token's hash, and responses written, in the database. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';
import { assessmentResponses } from '../../../db/schema.ts';
import type { Answers, Question } from '../domain/index.ts';

export type InvitationByTokenRow = {
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
  closedAt: string | null;
  closesAt: string;
  answers: Answers | null;
  respondedAt: string | null;
  updatedAt: string | null;
};

export async function findInvitationByTokenHash(db: Db, tokenHash: string): Promise<InvitationByTokenRow | undefined> {
  const [row] = await queryRows<InvitationByTokenRow>(
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
        where i.token_hash = ${tokenHash}`,
  );
  return row;
}

export type LinkResponseValues = {
  invitationId: string;
  waveId: string;
  stakeholderId: string;
  accountId: string;
  questionnaireVersionId: string;
  answers: Answers;
  score: number | null;
  verbatim: string;
  at: string;
};

/** The invitation's response, written or (answered again through the same link) edited. */
export async function upsertLinkResponse(db: Db, v: LinkResponseValues): Promise<{ id: string; respondedAt: string }> {
  const [response] = await db
    .insert(assessmentResponses)
    .values({
      invitationId: v.invitationId,
      waveId: v.waveId,
      stakeholderId: v.stakeholderId,
      accountId: v.accountId,
      questionnaireVersionId: v.questionnaireVersionId,
      answers: v.answers,
      score: v.score,
      verbatim: v.verbatim,
      respondedAt: v.at,
      source: 'link',
    })
    .onConflictDoUpdate({
      target: assessmentResponses.invitationId,
      set: { answers: v.answers, score: v.score, verbatim: v.verbatim, updatedAt: v.at },
    })
    .returning({ id: assessmentResponses.id, respondedAt: assessmentResponses.respondedAt });
  return response!;
}
