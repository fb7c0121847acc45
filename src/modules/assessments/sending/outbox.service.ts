/** The outbox: every invitation and reminder with its delivery state; resending what failed or is uncertain. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/query.ts';
import type { Deps } from '../../../deps.ts';
import { recordAudit } from '../../../lib/audit.ts';
import { decodeCursor, encodeCursor } from '../../../lib/cursor.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { canConfigureAssessments } from '../questionnaires/questionnaires.service.ts';
import { mailerFor } from './mailer.ts';

export const MESSAGE_STATUSES = ['scheduled', 'sending', 'sent', 'kept', 'failed', 'uncertain', 'cancelled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export type OutboxMessage = {
  id: string;
  kind: 'invitation' | 'reminder';
  to: string;
  subject: string;
  text: string;
  link: string;
  status: MessageStatus;
  sendAfter: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  accountName: string;
  stakeholderName: string;
  waveId: string;
};

const select = sql`select m.id, m.kind, m.to_address as "to", m.subject, m.body_text as text, m.link, m.status, m.send_after as "sendAfter",
    m.sent_at as "sentAt", m.attempts, m.last_error as "lastError", a.name as "accountName",
    pe.first_name || ' ' || pe.last_name as "stakeholderName", i.wave_id as "waveId"
  from assessment_messages m
  join assessment_invitations i on i.id = m.invitation_id
  join accounts a on a.id = i.account_id
  join people pe on pe.id = i.person_id`;

/** Newest first; scheduled reminders in the future are listed too, so nobody is surprised by them. */
export async function listOutbox(deps: Deps, actor: Actor, q: { status?: MessageStatus; waveId?: string; cursor?: string; limit: number }) {
  if (!canConfigureAssessments(actor)) throw forbidden('Only leaders and admins read the outbox');
  const cursor = decodeCursor(q.cursor);
  const rows = await queryRows<OutboxMessage>(
    deps.database.db,
    sql`${select}
        where true
          ${q.status ? sql`and m.status = ${q.status}` : sql``}
          ${q.waveId ? sql`and i.wave_id = ${q.waveId}` : sql``}
          ${cursor ? sql`and (m.send_after, m.id) < (${cursor.v}::timestamptz, ${cursor.id}::uuid)` : sql``}
        order by m.send_after desc, m.id desc
        limit ${q.limit + 1}`,
  );
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > q.limit && last ? encodeCursor({ v: last.sendAfter, id: last.id }) : null,
    transport: mailerFor(deps.config).transport,
  };
}

async function getMessage(deps: Deps, id: string): Promise<OutboxMessage> {
  const [row] = await queryRows<OutboxMessage>(deps.database.db, sql`${select} where m.id = ${id}`);
  if (!row) throw notFound('Message', id);
  return row;
}

/** Puts a failed or uncertain message back in the queue; nothing else is ever sent twice. */
export async function resendMessage(deps: Deps, actor: Actor, id: string): Promise<OutboxMessage> {
  if (!canConfigureAssessments(actor)) throw forbidden('Only leaders and admins resend messages');
  const message = await getMessage(deps, id);
  if (message.status !== 'failed' && message.status !== 'uncertain')
    throw new AppError('CONFLICT', `Only failed or uncertain messages can be resent; this one is ${message.status}`);
  await deps.database.db.execute(
    sql`update assessment_messages set status = 'scheduled', send_after = ${deps.now().toISOString()}, attempts = 0
        where id = ${id} and status in ('failed', 'uncertain')`,
  );
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'resend', entity: 'assessment_message', entityId: id });
  await deps.jobs?.send('assessments.dispatch', {});
  return getMessage(deps, id);
}
