/** Follow-up tasks and escalations as a list with Done / Reopen; used on My tasks and on an account's Assessments tab. */
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from '@tanstack/react-router';
import { errorMessage } from '../../../lib/api.ts';
import { formatDate } from '../../../lib/format.ts';
import { IconCheck } from '../../../ui/icons.tsx';
import { DueText } from '../../coverage/relationship-plan.tsx';
import { TaskKindBadge } from '../assessment-parts.tsx';
import { type Task, useSetTaskStatus } from '../assessments-api.ts';

type Props = { tasks: Task[]; showAccount?: boolean; showOwner?: boolean; canChange: (task: Task) => boolean };

export function TaskList({ tasks, showAccount = true, showOwner = false, canChange }: Props) {
  const setStatus = useSetTaskStatus();
  const busy = (id: string) => setStatus.isPending && setStatus.variables?.id === id;
  const change = (task: Task, status: 'open' | 'done') =>
    setStatus.mutate(
      { id: task.id, status },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', title: status === 'done' ? 'Task done' : 'Task reopened', message: task.title }),
        onError: (err) => notifications.show({ color: 'red', title: 'Could not change the task', message: errorMessage(err) }),
      },
    );
  const sorted = [...tasks].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="task-list">
      {sorted.map((task) => (
        <li key={task.id} style={{ padding: '12px 16px', borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
            <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
              <Group gap={8} wrap="nowrap" align="flex-start">
                <TaskKindBadge kind={task.kind} />
                <Text size="sm" fw={600} style={{ lineHeight: 1.35 }} td={task.status === 'done' ? 'line-through' : undefined}>
                  {task.title}
                </Text>
              </Group>
              <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
                {showAccount ? (
                  <Anchor
                    size="xs"
                    fw={600}
                    renderRoot={(props) => (
                      <Link {...props} to="/accounts/$accountId" params={{ accountId: task.accountId }} search={{ tab: 'assessments' }} />
                    )}
                  >
                    {task.accountName}
                  </Anchor>
                ) : null}
                {task.stakeholderName ? (
                  <Text size="xs" c="dimmed">
                    {task.stakeholderName}
                  </Text>
                ) : null}
                {task.score != null ? (
                  <Text size="xs" c="dimmed">
                    Answered {task.score}
                  </Text>
                ) : null}
                {showOwner ? (
                  <Text size="xs" c="dimmed">
                    Owner: {task.ownerName ?? 'Unassigned'}
                  </Text>
                ) : null}
                {task.status === 'open' ? (
                  <DueText date={task.dueDate} />
                ) : (
                  <Text size="xs" c="dimmed">
                    Was due {formatDate(task.dueDate)}
                  </Text>
                )}
              </Group>
            </Stack>
            {canChange(task) ? (
              task.status === 'open' ? (
                <Button
                  size="xs"
                  variant="light"
                  color="teal"
                  leftSection={<IconCheck size={14} />}
                  loading={busy(task.id)}
                  onClick={() => change(task, 'done')}
                  aria-label={`Mark done: ${task.title}`}
                >
                  Done
                </Button>
              ) : (
                <Button
                  size="xs"
                  variant="subtle"
                  loading={busy(task.id)}
                  onClick={() => change(task, 'open')}
                  aria-label={`Reopen: ${task.title}`}
                >
                  Reopen
                </Button>
              )
            ) : null}
          </Group>
        </li>
      ))}
    </Stack>
  );
}
