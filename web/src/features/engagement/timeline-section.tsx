/** The Timeline tab: touchpoints newest first, filterable by kind, loaded a page at a time. */
import { Button, Center, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { labelOf, TOUCHPOINT_KIND_LABELS, TOUCHPOINT_KINDS, type TouchpointKind } from '../../domain/labels.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ConfirmModal } from '../../ui/confirm-modal.tsx';
import { IconPlus, IconTimeline } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import type { Account } from '../accounts/accounts-api.ts';
import { canWriteAccount } from '../auth/permissions.ts';
import { useMe } from '../auth/session.ts';
import { accountStakeholdersQuery } from '../stakeholders/stakeholders-api.ts';
import { LogTouchpointModal } from './log-touchpoint-modal.tsx';
import { TouchpointCard } from './touchpoint-card.tsx';
import { type Touchpoint, touchpointsQuery, useDeleteTouchpoint } from './touchpoints-api.ts';

export function TimelineSection({ account }: { account: Account }) {
  const me = useMe();
  const writable = canWriteAccount(me, account);
  const [kind, setKind] = useState<TouchpointKind | null>(null);
  const [logging, logModal] = useDisclosure(false);
  const [deleting, setDeleting] = useState<Touchpoint | null>(null);
  const stakeholders = useQuery(accountStakeholdersQuery(account.id));
  const timeline = useInfiniteQuery(touchpointsQuery(account.id, kind));
  const remove = useDeleteTouchpoint();
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  const total = timeline.data?.pages[0]?.total;

  const logButton = (testId?: string) =>
    writable ? (
      <Button leftSection={<IconPlus size={16} />} onClick={logModal.open} data-testid={testId}>
        Log touchpoint
      </Button>
    ) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h4">
            Timeline
          </Title>
          <Text size="sm" c="dimmed">
            Calls, meetings, e-mails and reviews with this account, newest first.
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <Select
            label="Kind"
            placeholder="All kinds"
            clearable
            w={180}
            data={TOUCHPOINT_KINDS.map((k) => ({ value: k, label: TOUCHPOINT_KIND_LABELS[k] }))}
            value={kind}
            onChange={(value) => setKind(TOUCHPOINT_KINDS.find((k) => k === value) ?? null)}
          />
          {logButton('log-touchpoint')}
        </Group>
      </Group>

      {timeline.isPending ? (
        <LoadingBlock rows={3} label="Loading touchpoints" />
      ) : timeline.isError ? (
        <ErrorAlert error={timeline.error} title="Could not load the timeline" onRetry={() => timeline.refetch()} />
      ) : items.length === 0 ? (
        <Empty
          icon={<IconTimeline />}
          title={kind ? `No ${labelOf(TOUCHPOINT_KIND_LABELS, kind).toLowerCase()} touchpoints` : 'No touchpoints yet'}
          description={
            kind
              ? 'Try another kind, or show all kinds.'
              : 'Log calls, meetings and reviews so the team knows when each stakeholder was last engaged.'
          }
          action={
            kind ? (
              <Button variant="light" onClick={() => setKind(null)}>
                Show all kinds
              </Button>
            ) : (
              logButton()
            )
          }
        />
      ) : (
        <Stack gap="sm" data-testid="timeline" component="section" aria-label="Touchpoints">
          {items.map((t) => (
            <TouchpointCard key={t.id} touchpoint={t} canDelete={writable} onDelete={setDeleting} />
          ))}
          <Center mt="xs">
            {timeline.hasNextPage ? (
              <Button variant="default" onClick={() => timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
                Load more
              </Button>
            ) : (
              <Text size="xs" c="dimmed">
                {total != null ? `All ${total} touchpoint${total === 1 ? '' : 's'} shown` : 'All touchpoints shown'}
              </Text>
            )}
          </Center>
        </Stack>
      )}

      <LogTouchpointModal opened={logging} onClose={logModal.close} accountId={account.id} stakeholders={stakeholders.data ?? []} me={me} />
      <ConfirmModal
        opened={Boolean(deleting)}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        title="Delete touchpoint"
        message={
          deleting
            ? `Delete the ${labelOf(TOUCHPOINT_KIND_LABELS, deleting.kind).toLowerCase()} of ${formatDateTime(deleting.occurredAt)}? This cannot be undone.`
            : ''
        }
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notifications.show({ color: 'teal', title: 'Touchpoint deleted', message: '' });
            },
          })
        }
      />
    </Stack>
  );
}
