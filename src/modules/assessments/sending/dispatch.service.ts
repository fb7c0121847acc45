/**
 * Sending the outbox, exactly once. Each message row is claimed (scheduled → sending) by one
 * committed statement with SKIP LOCKED before the mail server hears of it, so two workers or two
 * instances never hold the same message. A sender that dies after its claim leaves the row in
 * `sending`; after the lease it becomes `uncertain` and is never resent by itself (the mail server
 * may have accepted it) — an admin can resend it from the outbox. Failures the mail server reports
 * are retried with backoff, then marked failed.
 */
import type { Deps } from '../../../deps.ts';
import { isoDate } from '../../../lib/dates.ts';
import { recomputeCoverage } from '../../coverage/index.ts';
import { insertTasks } from '../answers/tasks.repository.ts';
import { escalationFor } from '../domain/index.ts';
import * as repo from './dispatch.repository.ts';
import { mailerFor } from './mailer.ts';

export const SEND_LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;

export type DispatchResult = { sent: number; kept: number; retried: number; failed: number };

/** Sends every message due now; several workers may run this at once. */
export async function dispatchDue(deps: Deps, instance: string, limit = 10_000): Promise<DispatchResult> {
  // Reminders for answered invitations, and anything still scheduled in a closed wave, will not be sent.
  await repo.cancelNeedlessMessages(deps.database.db, deps.now().toISOString());
  const mailer = mailerFor(deps.config);
  const result: DispatchResult = { sent: 0, kept: 0, retried: 0, failed: 0 };
  for (let n = 0; n < limit; n++) {
    const message = await repo.claimNextMessage(deps.database.db, instance, deps.now().toISOString());
    if (!message) break;
    try {
      await mailer.send({ to: message.toAddress, subject: message.subject, text: message.bodyText, messageId: message.messageId });
      const status = mailer.transport === 'smtp' ? 'sent' : 'kept';
      await repo.markMessageSent(deps.database.db, message.id, status, deps.now().toISOString());
      result[status] += 1;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      const final = message.attempts >= MAX_ATTEMPTS;
      const retryAt = new Date(deps.now().getTime() + 2 ** message.attempts * 60_000).toISOString();
      if (final) await repo.markMessageFailed(deps.database.db, message.id, reason);
      else await repo.rescheduleMessage(deps.database.db, message.id, retryAt, reason);
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
  return repo.markStaleClaimsUncertain(deps.database.db, before);
}

/** Waves past their closing time close; their links stop taking answers. */
export async function closeDueWaves(deps: Deps): Promise<number> {
  return repo.closeWavesDue(deps.database.db, deps.now().toISOString());
}

/**
 * Invitations still unanswered after the last reminder (and the escalation delay): once each, a task
 * for the account's CSM when the program escalates, and the account's gaps recomputed so the silence
 * shows on the heat map and in the relationship plan.
 */
export async function handleSilence(deps: Deps): Promise<{ silent: number; escalated: number }> {
  const now = deps.now();
  const rows = await repo.markNewlySilent(deps.database.db, now.toISOString());
  const asOf = isoDate(now);
  const escalated = rows.filter((r) => r.escalates);
  if (escalated.length > 0) {
    await insertTasks(
      deps.database.db,
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
    );
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
