/** My tasks: follow-ups created by every answer and escalations for silence; leaders can switch to everyone's tasks. */
import { Group, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { IconCheck } from '../../../ui/icons.tsx';
import { LabeledSegmented } from '../../../ui/labeled-segmented.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { canWriteAnyAccount } from '../../auth/permissions.ts';
import { useMe } from '../../auth/session.ts';
import { type Task, tasksQuery } from '../assessments-api.ts';
import { type TasksSearch, toTasksParams } from '../assessments-search.ts';
import { TaskList } from './task-list.tsx';

const route = getRouteApi('/app/assessments/tasks');

export function TasksPage() {
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/assessments/tasks' });
  const update = (patch: Partial<TasksSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const leader = canWriteAnyAccount(me);
  const params = toTasksParams({ ...search, owner: leader ? search.owner : undefined });
  const tasks = useQuery(tasksQuery(params));
  const canChange = (t: Task) => leader || (me.role === 'csm' && t.ownerId === me.id);
  const everyone = params.owner === 'all';

  return (
    <>
      <PageHeader
        title={everyone ? 'All follow-up tasks' : 'My tasks'}
        description="Every answer asks for a follow-up: thank a promoter, call a detractor. Silence after the last reminder is escalated here too."
      />
      <Group gap="md" mb="md" align="flex-end">
        {leader ? (
          <div style={{ width: 260 }}>
            <LabeledSegmented
              label="Whose tasks"
              value={params.owner ?? 'me'}
              onChange={(v) => update({ owner: v === 'all' ? 'all' : undefined })}
              data={[
                { value: 'me', label: 'Mine' },
                { value: 'all', label: 'Everyone’s' },
              ]}
            />
          </div>
        ) : null}
        <div style={{ width: 220 }}>
          <LabeledSegmented
            label="Status"
            value={params.status ?? 'open'}
            onChange={(v) => update({ status: v === 'done' ? 'done' : undefined })}
            data={[
              { value: 'open', label: 'Open' },
              { value: 'done', label: 'Done' },
            ]}
          />
        </div>
      </Group>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {tasks.isPending ? (
          <div style={{ padding: 16 }}>
            <LoadingBlock rows={5} label="Loading tasks" />
          </div>
        ) : tasks.isError ? (
          <div style={{ padding: 16 }}>
            <ErrorAlert error={tasks.error} title="Could not load the tasks" onRetry={() => tasks.refetch()} />
          </div>
        ) : tasks.data.length === 0 ? (
          <Empty
            icon={<IconCheck />}
            title={params.status === 'done' ? 'No finished tasks yet' : 'Nothing to follow up'}
            description="When a stakeholder answers an assessment, or stays silent after the last reminder, a task appears here for the account’s CSM."
          />
        ) : (
          <div style={{ opacity: tasks.isPlaceholderData ? 0.6 : 1, marginTop: -1 }}>
            <TaskList tasks={tasks.data} showOwner={everyone} canChange={canChange} />
          </div>
        )}
      </Paper>
    </>
  );
}
