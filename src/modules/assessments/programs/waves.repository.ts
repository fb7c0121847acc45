/** Waves and invitations in the database, with how far the answers have come. */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';

export type WaveRow = {
  id: string;
  programId: string;
  programName: string;
  questionnaireName: string;
  launchedAt: string;
  closesAt: string;
  status: 'open' | 'closed';
  invited: number;
  sent: number;
  responded: number;
};

export type InvitationStatus = 'scheduled' | 'sent' | 'answered' | 'silent' | 'failed';

export type InvitationView = {
  id: string;
  stakeholderId: string;
  stakeholderName: string;
  accountId: string;
  accountName: string;
  email: string;
  status: InvitationStatus;
  sentAt: string | null;
  remindersSent: number;
  respondedAt: string | null;
  score: number | null;
};

/** Which waves: all of them, one program's, or one. */
export type WaveScope = { programId?: string; waveId?: string };

export function selectWaves(db: Db, scope: WaveScope, now: string): Promise<WaveRow[]> {
  const where = scope.waveId ? sql`where w.id = ${scope.waveId}` : scope.programId ? sql`where w.program_id = ${scope.programId}` : sql``;
  return queryRows<WaveRow>(
    db,
    sql`select w.id, w.program_id as "programId", p.name as "programName", q.name as "questionnaireName", w.launched_at as "launchedAt",
               w.closes_at as "closesAt",
               case when w.closed_at is not null or w.closes_at <= ${now} then 'closed' else 'open' end as status,
               (select count(*)::int from assessment_invitations i where i.wave_id = w.id) as invited,
               (select count(*)::int from assessment_messages m join assessment_invitations i on i.id = m.invitation_id
                 where i.wave_id = w.id and m.sequence = 0 and m.status in ('sent', 'kept')) as sent,
               (select count(*)::int from assessment_responses r where r.wave_id = w.id and r.invitation_id is not null) as responded
        from assessment_waves w
        join assessment_programs p on p.id = w.program_id
        join questionnaire_versions v on v.id = w.questionnaire_version_id
        join questionnaires q on q.id = v.questionnaire_id
        ${where}
        order by w.launched_at desc
        limit 500`,
  );
}

/** Invitations with where they stand: answered, silent (past the last reminder), failed, sent or still scheduled. */
function selectInvitations(db: Db, where: SQL, orderBy: SQL, now: string): Promise<InvitationView[]> {
  return queryRows<InvitationView>(
    db,
    sql`select i.id, i.stakeholder_id as "stakeholderId", pe.first_name || ' ' || pe.last_name as "stakeholderName",
               i.account_id as "accountId", a.name as "accountName", i.email,
               case when r.id is not null then 'answered'
                    when i.silent_after <= ${now} then 'silent'
                    when m.status = 'failed' then 'failed'
                    when m.status in ('sent', 'kept', 'uncertain', 'sending') then 'sent'
                    else 'scheduled' end as status,
               m.sent_at as "sentAt",
               (select count(*)::int from assessment_messages x
                 where x.invitation_id = i.id and x.sequence > 0 and x.status in ('sent', 'kept')) as "remindersSent",
               r.responded_at as "respondedAt", r.score
        from assessment_invitations i
        join accounts a on a.id = i.account_id
        join people pe on pe.id = i.person_id
        left join assessment_messages m on m.invitation_id = i.id and m.sequence = 0
        left join assessment_responses r on r.invitation_id = i.id
        where ${where}
        order by ${orderBy}`,
  );
}

export function selectWaveInvitations(db: Db, waveId: string, now: string): Promise<InvitationView[]> {
  return selectInvitations(db, sql`i.wave_id = ${waveId}`, sql`a.name, pe.last_name, pe.first_name`, now);
}

/** The invitations of the account's latest wave. */
export function selectLatestAccountInvitations(db: Db, accountId: string, now: string): Promise<InvitationView[]> {
  return selectInvitations(
    db,
    sql`i.account_id = ${accountId}
        and i.wave_id = (select wave_id from assessment_invitations where account_id = ${accountId} order by invited_at desc limit 1)`,
    sql`pe.last_name, pe.first_name`,
    now,
  );
}

/** Closes the wave now: unanswered invitations turn silent, pending messages are cancelled. */
export async function closeWaveNow(db: Db, waveId: string, now: string) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`update assessment_waves set closed_at = ${now} where id = ${waveId}`);
    await tx.execute(
      sql`update assessment_invitations set silent_after = ${now}, expires_at = ${now} where wave_id = ${waveId} and silent_after > ${now}`,
    );
    await tx.execute(
      sql`update assessment_messages m set status = 'cancelled' from assessment_invitations i
          where i.id = m.invitation_id and i.wave_id = ${waveId} and m.status = 'scheduled'`,
    );
  });
}

export function selectWaveLabels(db: Db) {
  return queryRows<{ waveId: string; programName: string; launchedAt: string }>(
    db,
    sql`select w.id as "waveId", p.name as "programName", w.launched_at as "launchedAt"
        from assessment_waves w join assessment_programs p on p.id = w.program_id order by w.launched_at desc`,
  );
}
