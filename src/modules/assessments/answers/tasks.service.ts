/** Follow-up tasks from responses and escalations: a CSM's own list, leaders see everyone's. */
import type { Deps } from '../../../deps.ts';
import { forbidden, notFound } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { canWriteAnyAccount } from '../../auth/index.ts';
import { findTask, markTaskDone, reopenTask, selectTasks, type TaskStatus, type TaskView } from './tasks.repository.ts';

export type { TaskView } from './tasks.repository.ts';

export async function listTasks(deps: Deps, actor: Actor, q: { owner: 'me' | 'all'; status: TaskStatus | 'all'; accountId?: string }) {
  const everyone = q.owner === 'all' || q.accountId !== undefined;
  return selectTasks(deps.database.db, { ownerId: everyone ? undefined : actor.id, status: q.status, accountId: q.accountId });
}

export async function setTaskStatus(deps: Deps, actor: Actor, id: string, status: TaskStatus): Promise<TaskView> {
  const db = deps.database.db;
  const task = await findTask(db, id);
  if (!task) throw notFound('Task', id);
  if (!canWriteAnyAccount(actor) && !(actor.role === 'csm' && task.ownerId === actor.id))
    throw forbidden('Only the task owner, leaders and admins complete tasks');
  if (status === 'done') await markTaskDone(db, id, deps.now().toISOString(), actor.id);
  else await reopenTask(db, id);
  return (await findTask(db, id)) as TaskView;
}
