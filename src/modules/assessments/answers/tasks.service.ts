/** Follow-up tasks from responses and escalations: a CSM's own list, leaders see everyone's. */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/query.ts';
import type { Deps } from '../../../deps.ts';
import { forbidden, notFound } from '../../../lib/errors.ts';
import { canWriteAnyAccount } from '../../auth/domain/permissions.ts';
import type { Actor } from '../../auth/index.ts';

export type TaskView = {
  id: string;
  kind: string;
  title: string;
  accountId: string;
  accountName: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string;
  status: 'open' | 'done';
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

export async function listTasks(deps: Deps, actor: Actor, q: { owner: 'me' | 'all'; status: 'open' | 'done' | 'all'; accountId?: string }) {
  const everyone = q.owner === 'all' || q.accountId !== undefined;
  return queryRows<TaskView>(
    deps.database.db,
    sql`${select}
        where true
          ${everyone ? sql`` : sql`and t.owner_id = ${actor.id}`}
          ${q.status === 'all' ? sql`` : sql`and t.status = ${q.status}`}
          ${q.accountId ? sql`and t.account_id = ${q.accountId}` : sql``}
        order by t.status, t.due_date, t.created_at
        limit 1000`,
  );
}

export async function setTaskStatus(deps: Deps, actor: Actor, id: string, status: 'open' | 'done'): Promise<TaskView> {
  const [task] = await queryRows<TaskView>(deps.database.db, sql`${select} where t.id = ${id}`);
  if (!task) throw notFound('Task', id);
  if (!canWriteAnyAccount(actor) && !(actor.role === 'csm' && task.ownerId === actor.id))
    throw forbidden('Only the task owner, leaders and admins complete tasks');
  const now = deps.now().toISOString();
  await deps.database.db.execute(
    status === 'done'
      ? sql`update tasks set status = 'done', done_at = ${now}, done_by = ${actor.id} where id = ${id}`
      : sql`update tasks set status = 'open', done_at = null, done_by = null where id = ${id}`,
  );
  const [updated] = await queryRows<TaskView>(deps.database.db, sql`${select} where t.id = ${id}`);
  return updated as TaskView;
}
