/** Follow-up tasks in the database: listed with their account, stakeholder, owner and the score behind them. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';
import { tasks } from '../../../db/schema.ts';
import type { FollowUpKind } from '../domain/index.ts';

export type TaskStatus = 'open' | 'done';

export type TaskView = {
  id: string;
  kind: FollowUpKind;
  title: string;
  accountId: string;
  accountName: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string;
  status: TaskStatus;
  createdAt: string;
  responseId: string | null;
  score: number | null;
};

const select = sql`select t.id, t.kind, t.title, t.account_id as "accountId", a.name as "accountName", t.stakeholder_id as "stakeholderId",
    case when pe.id is null then null else pe.first_name || ' ' || pe.last_name end as "stakeholderName",
    t.owner_id as "ownerId", u.name as "ownerName", t.due_date as "dueDate", t.status, t.created_at as "createdAt",
    t.response_id as "responseId", r.score
  from tasks t
  join accounts a on a.id = t.account_id
  left join stakeholders s on s.id = t.stakeholder_id
  left join people pe on pe.id = s.person_id
  left join users u on u.id = t.owner_id
  left join assessment_responses r on r.id = t.response_id`;

export function selectTasks(db: Db, q: { ownerId?: string; status: TaskStatus | 'all'; accountId?: string }): Promise<TaskView[]> {
  return queryRows<TaskView>(
    db,
    sql`${select}
        where true
          ${q.ownerId ? sql`and t.owner_id = ${q.ownerId}` : sql``}
          ${q.status === 'all' ? sql`` : sql`and t.status = ${q.status}`}
          ${q.accountId ? sql`and t.account_id = ${q.accountId}` : sql``}
        order by t.status, t.due_date, t.created_at
        limit 1000`,
  );
}

export async function findTask(db: Db, id: string): Promise<TaskView | undefined> {
  const [task] = await queryRows<TaskView>(db, sql`${select} where t.id = ${id}`);
  return task;
}

export async function markTaskDone(db: Db, id: string, at: string, by: string) {
  await db.execute(sql`update tasks set status = 'done', done_at = ${at}, done_by = ${by} where id = ${id}`);
}

export async function reopenTask(db: Db, id: string) {
  await db.execute(sql`update tasks set status = 'open', done_at = null, done_by = null where id = ${id}`);
}

export type NewTask = typeof tasks.$inferInsert;

/** A task per response or per invitation at most: a second one for the same is left out. */
export async function insertTasks(db: Db, values: NewTask[]) {
  if (values.length > 0) await db.insert(tasks).values(values).onConflictDoNothing();
}

/** An edit that changes the score's group rewords the response's task while it is open. */
export async function rewordResponseTask(db: Db, responseId: string, values: { kind: string; title: string; dueDate: string }) {
  await db.execute(
    sql`update tasks set kind = ${values.kind}, title = ${values.title}, due_date = ${values.dueDate}
        where response_id = ${responseId} and status = 'open' and kind <> ${values.kind}`,
  );
}

/** A silent escalation that is no longer true closes itself. */
export async function closeInvitationTasks(db: Db, invitationId: string, at: string) {
  await db.execute(sql`update tasks set status = 'done', done_at = ${at} where invitation_id = ${invitationId} and status = 'open'`);
}
