/** Waves: one launch of a program each, with its invitations and how far the answers have come. */
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../../db/query.ts';
import type { Deps } from '../../../deps.ts';
import { recordAudit } from '../../../lib/audit.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { canConfigureAssessments } from '../questionnaires/questionnaires.service.ts';

export type WaveView = {
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
  responseRate: number | null;
};

async function selectWaves(deps: Deps, where: ReturnType<typeof sql>) {
  const now = deps.now().toISOString();
  const rows = await queryRows<Omit<WaveView, 'responseRate'>>(
    deps.database.db,
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
  return rows.map((w) => ({ ...w, responseRate: w.invited > 0 ? w.responded / w.invited : null }));
}

export function listWaves(deps: Deps, programId?: string): Promise<WaveView[]> {
  return selectWaves(deps, programId ? sql`where w.program_id = ${programId}` : sql``);
}

export type InvitationView = {
  id: string;
  stakeholderId: string;
  stakeholderName: string;
  accountId: string;
  accountName: string;
  email: string;
  status: 'scheduled' | 'sent' | 'answered' | 'silent' | 'failed';
  sentAt: string | null;
  remindersSent: number;
  respondedAt: string | null;
  score: number | null;
};

/** Invitations with where they stand: answered, silent (past the last reminder), failed, sent or still scheduled. */
export function selectInvitations(deps: Deps, where: SQL, orderBy: SQL): Promise<InvitationView[]> {
  const now = deps.now().toISOString();
  return queryRows<InvitationView>(
    deps.database.db,
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

export async function getWave(deps: Deps, id: string) {
  const [wave] = await selectWaves(deps, sql`where w.id = ${id}`);
  if (!wave) throw notFound('Wave', id);
  const invitations = await selectInvitations(deps, sql`i.wave_id = ${id}`, sql`a.name, pe.last_name, pe.first_name`);
  return { ...wave, invitations };
}

/** Closing a wave early: links stop taking answers and pending reminders are cancelled. */
export async function closeWave(deps: Deps, actor: Actor, id: string) {
  if (!canConfigureAssessments(actor)) throw forbidden('Only leaders and admins close waves');
  const wave = await getWave(deps, id);
  if (wave.status === 'closed') throw new AppError('CONFLICT', 'This wave is already closed');
  const now = deps.now().toISOString();
  await deps.database.db.transaction(async (tx) => {
    await tx.execute(sql`update assessment_waves set closed_at = ${now} where id = ${id}`);
    // Everyone unanswered is now silent: the wave will not hear from them.
    await tx.execute(
      sql`update assessment_invitations set silent_after = ${now}, expires_at = ${now} where wave_id = ${id} and silent_after > ${now}`,
    );
    await tx.execute(
      sql`update assessment_messages m set status = 'cancelled' from assessment_invitations i
          where i.id = m.invitation_id and i.wave_id = ${id} and m.status = 'scheduled'`,
    );
  });
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'close', entity: 'assessment_wave', entityId: id });
  return getWave(deps, id);
}
