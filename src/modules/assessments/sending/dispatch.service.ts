/**
 * Sending the outbox, exactly once. Each message row is claimed (scheduled → sending) by one
 * committed statement with SKIP LOCKED before the mail server hears of it, so two workers or two
 * instances never hold the same message. A sender that dies after its claim leaves the row in
 * `sending`; after the lease it becomes `uncertain` and is never resent by itself (the mail server
 * may have accepted it) — an admin can resend it from the outbox. Failures the mail server reports
 * are retried with backoff, then marked failed.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/query.ts';
import { tasks } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { isoDate } from '../../../lib/dates.ts';
import { recomputeCoverage } from '../../coverage/index.ts';
import { escalationFor } from '../domain/index.ts';
import { mailerFor } from './mailer.ts';

export const SEND_LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;

type Claimed = { id: string; toAddress: string; subject: string; bodyText: string; messageId: string; attempts: number };

export type DispatchResult = { sent: number; kept: number; retried: number; failed: number };

async function claimNext(deps: Deps, instance: string): Promise<Claimed | undefined> {
  const now = deps.now().toISOString();
  const [row] = await queryRows<Claimed>(
    deps.database.db,
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

/** Reminders for answered invitations, and anything still scheduled in a closed wave, will not be sent. */
async function cancelNeedless(deps: Deps) {
  const now = deps.now().toISOString();
  await deps.database.db.execute(
    sql`update assessment_messages m set status = 'cancelled'
        from assessment_invitations i
        join assessment_waves w on w.id = i.wave_id
        where m.invitation_id = i.id and m.status = 'scheduled'
          and (w.closed_at is not null or w.closes_at <= ${now}
               or (m.sequence > 0 and exists (select 1 from assessment_responses r where r.invitation_id = i.id)))`,
  );
}

/** Sends every message due now; several workers may run this at once. */
export async function dispatchDue(deps: Deps, instance: string, limit = 10_000): Promise<DispatchResult> {
  await cancelNeedless(deps);
  const mailer = mailerFor(deps.config);
  const result: DispatchResult = { sent: 0, kept: 0, retried: 0, failed: 0 };
  for (let n = 0; n < limit; n++) {
    const message = await claimNext(deps, instance);
    if (!message) break;
    try {
      await mailer.send({ to: message.toAddress, subject: message.subject, text: message.bodyText, messageId: message.messageId });
      const status = mailer.transport === 'smtp' ? 'sent' : 'kept';
      await deps.database.db.execute(
        sql`update assessment_messages set status = ${status}, sent_at = ${deps.now().toISOString()}, last_error = null where id = ${message.id}`,
      );
      result[status] += 1;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const final = message.attempts >= MAX_ATTEMPTS;
      const retryAt = new Date(deps.now().getTime() + 2 ** message.attempts * 60_000).toISOString();
      await deps.database.db.execute(
        final
          ? sql`update assessment_messages set status = 'failed', last_error = ${reason} where id = ${message.id}`
          : sql`update assessment_messages set status = 'scheduled', send_after = ${retryAt}, last_error = ${reason} where id = ${message.id}`,
      );
      deps.log.warn('assessment e-mail not sent', { to: message.toAddress, attempt: message.attempts, final, reason });
      if (final) result.failed += 1;
      else result.retried += 1;
    }
  }
  return result;
}

/** Claims older than the lease whose sender never came back: the outcome is unknown, so a person decides. */
export async function markUncertain(deps: Deps, leaseMs = SEND_LEASE_MS): Promise<number> {
  const before = new Date(deps.now().getTime() - leaseMs).toISOString();
  const rows = await queryRows<{ id: string }>(
    deps.database.db,
    sql`update assessment_messages set status = 'uncertain',
          last_error = 'The sender stopped while handing this message to the mail server; it may or may not have arrived.'
        where status = 'sending' and claimed_at < ${before} returning id`,
  );
  return rows.length;
}

/** Waves past their closing time close; their links stop taking answers. */
export async function closeDueWaves(deps: Deps): Promise<number> {
  const now = deps.now().toISOString();
  const rows = await queryRows<{ id: string }>(
    deps.database.db,
    sql`update assessment_waves set closed_at = ${now} where closed_at is null and closes_at <= ${now} returning id`,
  );
  return rows.length;
}

/**
 * Invitations still unanswered after the last reminder (and the escalation delay): once each, a task
 * for the account's CSM when the program escalates, and the account's gaps recomputed so the silence
 * shows on the heat map and in the relationship plan.
 */
export async function handleSilence(deps: Deps): Promise<{ silent: number; escalated: number }> {
  const now = deps.now();
  const rows = await queryRows<{
    id: string;
    accountId: string;
    accountName: string;
    ownerId: string | null;
    stakeholderId: string;
    stakeholderName: string;
    invitedAt: string;
    escalates: boolean;
    reminders: number;
  }>(
    deps.database.db,
    sql`update assessment_invitations i set escalated_at = ${now.toISOString()}
        from assessment_programs p, accounts a, stakeholders s, people pe
        where p.id = i.program_id and a.id = i.account_id and s.id = i.stakeholder_id and pe.id = s.person_id
          and i.escalated_at is null and i.silent_after <= ${now.toISOString()}
          and not exists (select 1 from assessment_responses r where r.invitation_id = i.id)
        returning i.id, i.account_id as "accountId", a.name as "accountName", a.owner_id as "ownerId", i.stakeholder_id as "stakeholderId",
                  pe.first_name || ' ' || pe.last_name as "stakeholderName", i.invited_at as "invitedAt",
                  (p.escalate_after_days is not null) as escalates, coalesce(array_length(p.reminder_days, 1), 0)::int as reminders`,
  );
  const asOf = isoDate(now);
  const escalated = rows.filter((r) => r.escalates);
  if (escalated.length > 0) {
    await deps.database.db
      .insert(tasks)
      .values(
        escalated.map((r) => {
          const f = escalationFor({
            stakeholderName: r.stakeholderName,
            accountName: r.accountName,
            remindersSent: r.reminders,
            invitedOn: r.invitedAt.slice(0, 10),
            asOf,
          });
          return {
            accountId: r.accountId,
            stakeholderId: r.stakeholderId,
            ownerId: r.ownerId,
            kind: f.kind,
            title: f.title,
            dueDate: f.dueDate,
            invitationId: r.id,
          };
        }),
      )
      .onConflictDoNothing();
  }
  const accountIds = [...new Set(rows.map((r) => r.accountId))];
  if (accountIds.length > 0) await recomputeCoverage(deps, { accountIds });
  return { silent: rows.length, escalated: escalated.length };
}

/** The queue's periodic pass: close waves, note silence, mark abandoned claims, send what is due. */
export async function runDispatch(deps: Deps, instance: string) {
  const closed = await closeDueWaves(deps);
  const silence = await handleSilence(deps);
  const uncertain = await markUncertain(deps);
  const sent = await dispatchDue(deps, instance);
  return { closed, ...silence, uncertain, ...sent };
}
