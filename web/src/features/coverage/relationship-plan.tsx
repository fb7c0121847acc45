/** The relationship plan: open actions worst-first with Done / Dismiss…; closed ones folded away below. */
import { Badge, Button, Collapse, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { type ReactElement, useState } from 'react';
import { personaLabel } from '../../domain/labels.ts';
import { errorMessage } from '../../lib/api.ts';
import { daysFromToday, formatDate } from '../../lib/format.ts';
import { IconCheck, IconChevronDown, IconChevronUp } from '../../ui/icons.tsx';
import { ChannelLabel } from './channel-label.tsx';
import { type RelationshipAction, useSetActionStatus } from './coverage-api.ts';
import { ACTION_STATUS_LABELS, severityRank } from './coverage-labels.ts';
import { DismissActionModal } from './dismiss-action-modal.tsx';
import { SeverityBadge } from './severity-badge.tsx';

type Props = { actions: RelationshipAction[]; writable: boolean; blockedReason?: string; highlight?: string };

const byUrgency = (a: RelationshipAction, b: RelationshipAction) =>
  severityRank(a.severity) - severityRank(b.severity) || a.dueDate.localeCompare(b.dueDate);

export function DueText({ date }: { date: string }) {
  const days = daysFromToday(date);
  if (days < 0) {
    return (
      <Text size="xs" c="red.7" fw={600} span>
        Overdue by {-days} day{days === -1 ? '' : 's'} · {formatDate(date)}
      </Text>
    );
  }
  return (
    <Text size="xs" c={days === 0 ? 'orange.8' : 'dimmed'} fw={days === 0 ? 600 : 400} span>
      {days === 0 ? 'Due today' : `Due ${formatDate(date)}${days <= 7 ? ` (in ${days} day${days === 1 ? '' : 's'})` : ''}`}
    </Text>
  );
}

export function RelationshipPlan({ actions, writable, blockedReason, highlight }: Props) {
  const setStatus = useSetActionStatus();
  const [dismissing, setDismissing] = useState<RelationshipAction | null>(null);
  const [showClosed, closed] = useDisclosure(false);
  const open = actions.filter((a) => a.status === 'open').sort(byUrgency);
  const done = actions.filter((a) => a.status !== 'open').sort((a, b) => (b.statusChangedAt ?? '').localeCompare(a.statusChangedAt ?? ''));
  const busy = (id: string) => setStatus.isPending && setStatus.variables?.id === id;

  const change = (action: RelationshipAction, status: 'open' | 'done', message: string) =>
    setStatus.mutate(
      { id: action.id, status },
      {
        onSuccess: () => notifications.show({ color: 'teal', title: message, message: action.title }),
        onError: (err) => notifications.show({ color: 'red', title: 'Could not change the action', message: errorMessage(err) }),
      },
    );

  const guard = (node: ReactElement) =>
    writable ? (
      node
    ) : (
      <Tooltip label={blockedReason}>
        <span>{node}</span>
      </Tooltip>
    );

  return (
    <>
      {open.length === 0 ? (
        <Group gap="xs" p="md" c="teal.8">
          <IconCheck size={18} />
          <Text size="sm">No open actions. New ones appear here when a gap opens.</Text>
        </Group>
      ) : (
        <Stack gap={0} component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="relationship-plan">
          {open.map((action) => (
            <li
              key={action.id}
              className="rp-cov-gap"
              data-highlight={highlight && action.persona === highlight ? true : undefined}
              style={{ padding: '12px 16px', borderTop: '1px solid var(--mantine-color-gray-2)' }}
            >
              <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
                <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
                  <Group gap={8} wrap="nowrap" align="flex-start">
                    <SeverityBadge severity={action.severity} size="xs" />
                    <Text size="sm" fw={600} style={{ lineHeight: 1.35 }}>
                      {action.title}
                    </Text>
                  </Group>
                  <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
                    <ChannelLabel channel={action.channel} />
                    {action.persona ? (
                      <Text size="xs" c="dimmed">
                        {personaLabel(action.persona)}
                      </Text>
                    ) : null}
                    <Text size="xs" c="dimmed">
                      Owner: {action.ownerName ?? 'Unassigned'}
                    </Text>
                    <DueText date={action.dueDate} />
                  </Group>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  {guard(
                    <Button
                      size="xs"
                      variant="light"
                      color="teal"
                      leftSection={<IconCheck size={14} />}
                      disabled={!writable}
                      loading={busy(action.id) && setStatus.variables?.status === 'done'}
                      onClick={() => change(action, 'done', 'Action done')}
                    >
                      Done
                    </Button>,
                  )}
                  {guard(
                    <Button
                      size="xs"
                      variant="default"
                      disabled={!writable}
                      onClick={() => {
                        setStatus.reset();
                        setDismissing(action);
                      }}
                    >
                      Dismiss…
                    </Button>,
                  )}
                </Group>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {done.length > 0 ? (
        <div style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <UnstyledButton onClick={closed.toggle} aria-expanded={showClosed} px="md" py="sm" style={{ width: '100%' }}>
            <Group gap={6}>
              {showClosed ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
              <Text size="sm" c="dimmed" fw={600}>
                {showClosed ? 'Hide' : 'Show'} {done.length} closed action{done.length === 1 ? '' : 's'}
              </Text>
            </Group>
          </UnstyledButton>
          <Collapse expanded={showClosed}>
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {done.map((action) => (
                <li key={action.id} style={{ padding: '10px 16px', borderTop: '1px solid var(--mantine-color-gray-1)' }}>
                  <Group justify="space-between" align="center" gap="sm" wrap="wrap">
                    <Stack gap={2} style={{ flex: '1 1 320px', minWidth: 0 }}>
                      <Group gap={8} wrap="nowrap">
                        <Badge size="xs" radius="sm" variant="light" color={action.status === 'dismissed' ? 'gray' : 'teal'}>
                          {ACTION_STATUS_LABELS[action.status]}
                        </Badge>
                        <Text size="sm" c="dimmed" td={action.status === 'dismissed' ? undefined : 'line-through'}>
                          {action.title}
                        </Text>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {closedReason(action)}
                      </Text>
                    </Stack>
                    {action.status !== 'resolved' && writable ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        loading={busy(action.id)}
                        onClick={() => change(action, 'open', 'Action reopened')}
                      >
                        Reopen
                      </Button>
                    ) : null}
                  </Group>
                </li>
              ))}
            </Stack>
          </Collapse>
        </div>
      ) : null}
      <DismissActionModal
        key={dismissing?.id ?? 'none'}
        action={dismissing}
        onClose={() => setDismissing(null)}
        pending={setStatus.isPending}
        error={setStatus.error}
        onDismiss={(reason) =>
          dismissing &&
          setStatus.mutate(
            { id: dismissing.id, status: 'dismissed', reason },
            {
              onSuccess: () => {
                notifications.show({ color: 'gray', title: 'Action dismissed', message: dismissing.title });
                setDismissing(null);
              },
            },
          )
        }
      />
    </>
  );
}

function closedReason(action: RelationshipAction): string {
  const when = action.statusChangedAt ? ` · ${formatDate(action.statusChangedAt)}` : '';
  if (action.status === 'resolved') return `Resolved: the gap closed${when}`;
  if (action.status === 'dismissed') return `Dismissed: ${action.statusReason ?? 'no reason given'}${when}`;
  return `Marked done${when}`;
}
