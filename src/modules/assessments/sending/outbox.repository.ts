/** The outbox in the database: messages with their invitation's account and stakeholder. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';

import type { MessageStatus } from '../domain/index.ts';

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

/** Newest first, from after the cursor; one row more than the limit tells there is a next page. */
export function selectOutbox(
  db: Db,
  q: { status?: MessageStatus; waveId?: string; after: { v: unknown; id: string } | undefined; limit: number },
): Promise<OutboxMessage[]> {
  return queryRows<OutboxMessage>(
    db,
    sql`${select}
        where true
          ${q.status ? sql`and m.status = ${q.status}` : sql``}
          ${q.waveId ? sql`and i.wave_id = ${q.waveId}` : sql``}
          ${q.after ? sql`and (m.send_after, m.id) < (${q.after.v}::timestamptz, ${q.after.id}::uuid)` : sql``}
        order by m.send_after desc, m.id desc
        limit ${q.limit + 1}`,
  );
}

export async function findMessage(db: Db, id: string): Promise<OutboxMessage | undefined> {
  const [row] = await queryRows<OutboxMessage>(db, sql`${select} where m.id = ${id}`);
  return row;
}

/** Back in the queue, only when it is still failed or uncertain. */
export async function requeueMessage(db: Db, id: string, sendAfter: string) {
  await db.execute(
    sql`update assessment_messages set status = 'scheduled', send_after = ${sendAfter}, attempts = 0
        where id = ${id} and status in ('failed', 'uncertain')`,
  );
}

/** Pending messages of one invitation will not be sent (it was answered). */
export async function cancelScheduledForInvitation(db: Db, invitationId: string) {
  await db.execute(sql`update assessment_messages set status = 'cancelled' where invitation_id = ${invitationId} and status = 'scheduled'`);
}

/** Each invitation's link of a wave with who received it: the demo answers through these links. */
export function selectWaveLinks(db: Db, waveId: string) {
  return queryRows<{ link: string; accountName: string; email: string; sentiment: string | null }>(
    db,
    sql`select m.link, a.name as "accountName", i.email, s.assessed_sentiment as sentiment
        from assessment_invitations i
        join assessment_messages m on m.invitation_id = i.id and m.sequence = 0
        join accounts a on a.id = i.account_id
        join stakeholders s on s.id = i.stakeholder_id
        where i.wave_id = ${waveId}
        order by i.email`,
  );
}
