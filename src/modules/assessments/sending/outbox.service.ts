/** The outbox: every invitation and reminder with its delivery state; resending what failed or is uncertain. */
import type { Deps } from '../../../deps.ts';
import { decodeCursor, encodeCursor } from '../../../lib/cursor.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { recordAudit } from '../../system/index.ts';
import type { MessageStatus } from '../domain/index.ts';
import { canConfigureAssessments } from '../questionnaires/questionnaires.service.ts';
import { mailerFor } from './mailer.ts';
import { findMessage, type OutboxMessage, requeueMessage, selectOutbox } from './outbox.repository.ts';

export { MESSAGE_STATUSES, type MessageStatus } from '../domain/index.ts';
export type { OutboxMessage } from './outbox.repository.ts';

/** Newest first; scheduled reminders in the future are listed too, so nobody is surprised by them. */
export async function listOutbox(deps: Deps, actor: Actor, q: { status?: MessageStatus; waveId?: string; cursor?: string; limit: number }) {
  if (!canConfigureAssessments(actor)) throw forbidden('Only leaders and admins read the outbox');
  const cursor = decodeCursor(q.cursor, { value: 'instant' });
  const rows = await selectOutbox(deps.database.db, { status: q.status, waveId: q.waveId, after: cursor, limit: q.limit });
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > q.limit && last ? encodeCursor({ v: last.sendAfter, id: last.id }) : null,
    transport: mailerFor(deps.config).transport,
  };
}

async function getMessage(deps: Deps, id: string): Promise<OutboxMessage> {
  const row = await findMessage(deps.database.db, id);
  if (!row) throw notFound('Message', id);
  return row;
}

/** Puts a failed or uncertain message back in the queue; nothing else is ever sent twice. */
export async function resendMessage(deps: Deps, actor: Actor, id: string): Promise<OutboxMessage> {
  if (!canConfigureAssessments(actor)) throw forbidden('Only leaders and admins resend messages');
  const message = await getMessage(deps, id);
  if (message.status !== 'failed' && message.status !== 'uncertain')
    throw new AppError('CONFLICT', `Only failed or uncertain messages can be resent; this one is ${message.status}`);
  await requeueMessage(deps.database.db, id, deps.now().toISOString());
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'resend', entity: 'assessment_message', entityId: id });
  await deps.jobs?.send('assessments.dispatch', {});
  return getMessage(deps, id);
}
