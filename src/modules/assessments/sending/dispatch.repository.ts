/** The sending queue in the database: claims, outcomes, closing waves, noting silence. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';

export type Claimed = { id: string; toAddress: string; subject: string; bodyText: string; messageId: string; attempts: number };

/** One committed statement with SKIP LOCKED: no two workers ever hold the same message. */
export async function claimNextMessage(db: Db, instance: string, now: string): Promise<Claimed | undefined> {
  const [row] = await queryRows<Claimed>(
    db,
    sql`update assessment_messages m
        set status = 'sending', claimed_at = ${now}, claimed_by = ${instance}, attempts = m.attempts + 1
        where m.id = (
          select id from assessment_messages
          where status = 'scheduled' and send_after <= ${now}
          order by send_after, sequence
          limit 1
          for update skip locked
        ) and m.status = 'scheduled'
        returning m.id, m.to_address as "toAddress", m.subject, m.body_text as "bodyText", m.message_id as "messageId", m.attempts`,
  );
  return row;
}

/** Reminders for answered invitations, and anything still scheduled in a closed wave. */
export async function cancelNeedlessMessages(db: Db, now: string) {
  await db.execute(
    sql`update assessment_messages m set status = 'cancelled'
        from assessment_invitations i
        join assessment_waves w on w.id = i.wave_id
        where m.invitation_id = i.id and m.status = 'scheduled'
          and (w.closed_at is not null or w.closes_at <= ${now}
               or (m.sequence > 0 and exists (select 1 from assessment_responses r where r.invitation_id = i.id)))`,
  );
}

export async function markMessageSent(db: Db, id: string, status: 'sent' | 'kept', at: string) {
  await db.execute(sql`update assessment_messages set status = ${status}, sent_at = ${at}, last_error = null where id = ${id}`);
}

export async function markMessageFailed(db: Db, id: string, reason: string) {
  await db.execute(sql`update assessment_messages set status = 'failed', last_error = ${reason} where id = ${id}`);
}

export async function rescheduleMessage(db: Db, id: string, sendAfter: string, reason: string) {
  await db.execute(
    sql`update assessment_messages set status = 'scheduled', send_after = ${sendAfter}, last_error = ${reason} where id = ${id}`,
  );
}

/** Claims older than `before` whose sender never came back; returns how many. */
export async function markStaleClaimsUncertain(db: Db, before: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update assessment_messages set status = 'uncertain',
          last_error = 'The sender stopped while handing this message to the mail server; it may or may not have arrived.'
        where status = 'sending' and claimed_at < ${before} returning id`,
  );
  return rows.length;
}

export async function closeWavesDue(db: Db, now: string): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update assessment_waves set closed_at = ${now} where closed_at is null and closes_at <= ${now} returning id`,
  );
  return rows.length;
}

export type SilentInvitation = {
  id: string;
  accountId: string;
  accountName: string;
  ownerId: string | null;
  stakeholderId: string;
  stakeholderName: string;
  invitedAt: string;
  escalates: boolean;
  reminders: number;
};

/** Marks every newly silent invitation as escalated (once each) and returns them with what a task needs. */
export function markNewlySilent(db: Db, now: string): Promise<SilentInvitation[]> {
  return queryRows<SilentInvitation>(
    db,
    sql`update assessment_invitations i set escalated_at = ${now}
        from assessment_programs p, accounts a, stakeholders s, people pe
        where p.id = i.program_id and a.id = i.account_id and s.id = i.stakeholder_id and pe.id = s.person_id
          and i.escalated_at is null and i.silent_after <= ${now}
          and not exists (select 1 from assessment_responses r where r.invitation_id = i.id)
        returning i.id, i.account_id as "accountId", a.name as "accountName", a.owner_id as "ownerId", i.stakeholder_id as "stakeholderId",
                  pe.first_name || ' ' || pe.last_name as "stakeholderName", i.invited_at as "invitedAt",
                  (p.escalate_after_days is not null) as escalates, coalesce(array_length(p.reminder_days, 1), 0)::int as reminders`,
  );
}
