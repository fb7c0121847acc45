/** The outbox: every message Rapport sends, with its delivery state; a drawer shows the full text and the personal link. */
import { Alert, Anchor, Badge, Button, Drawer, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { KeyboardEvent } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { CursorPager, useCursorStack } from '../../../ui/cursor-pager.tsx';
import { IconExternal, IconFilterOff, IconInfo, IconMail, IconSend } from '../../../ui/icons.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { MESSAGE_KIND_LABELS, MESSAGE_STATUS } from '../assessment-labels.ts';
import { MessageStatusBadge } from '../assessment-parts.tsx';
import { type MessageStatus, type OutboxMessage, outboxQuery, useResendMessage } from '../assessments-api.ts';
import type { OutboxSearch } from '../assessments-search.ts';

const route = getRouteApi('/app/assessments/outbox');
const PAGE_SIZE = 50;

const STATUS_OPTIONS = (Object.keys(MESSAGE_STATUS) as MessageStatus[]).map((s) => ({ value: s, label: MESSAGE_STATUS[s].label }));

export function OutboxPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/assessments/outbox' });
  const update = (patch: Partial<OutboxSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const pager = useCursorStack(`${search.status ?? ''}|${search.wave ?? ''}`);
  const outbox = useQuery(outboxQuery({ status: search.status, waveId: search.wave, cursor: pager.cursor, limit: PAGE_SIZE }));
  // The wave filter is applied here too, in case the server lists every wave's messages.
  const items = (outbox.data?.items ?? []).filter((m) => !search.wave || m.waveId === search.wave);
  const open = outbox.data?.items.find((m) => m.id === search.message);

  return (
    <>
      <PageHeader title="Outbox" description="Every invitation and reminder Rapport sends, with what happened to it." />
      <Stack gap="md">
        {outbox.data?.transport === 'outbox' ? (
          <Alert color="indigo" variant="light" icon={<IconInfo />} title="No mail server configured" data-testid="outbox-banner">
            Nothing leaves this machine: every message is kept here instead, so you can read what would have been sent and open its personal
            link yourself. To send real e-mail, set <code>SMTP_URL</code> (for example <code>smtp://user:pass@mail.example.com:587</code>)
            and restart Rapport.
          </Alert>
        ) : null}
        <Group gap="sm" align="flex-end" role="search" aria-label="Filter messages">
          <Select
            label="Status"
            placeholder="Any status"
            data={STATUS_OPTIONS}
            clearable
            value={search.status ?? null}
            onChange={(v) => update({ status: (v as MessageStatus | null) ?? undefined, message: undefined })}
            w={280}
          />
          {search.wave ? (
            <Button
              variant="light"
              color="gray"
              leftSection={<IconFilterOff size={16} />}
              onClick={() => update({ wave: undefined, message: undefined })}
            >
              Showing one wave — show all
            </Button>
          ) : null}
        </Group>
        {outbox.isPending ? (
          <LoadingBlock rows={6} label="Loading the outbox" />
        ) : outbox.isError ? (
          <ErrorAlert error={outbox.error} title="Could not load the outbox" onRetry={() => outbox.refetch()} />
        ) : items.length === 0 ? (
          <Paper>
            <Empty
              icon={<IconMail />}
              title={search.status || search.wave ? 'No messages match' : 'The outbox is empty'}
              description="Launching a program puts its invitations here; reminders follow on the program’s schedule."
            />
          </Paper>
        ) : (
          <Paper p={0} style={{ overflow: 'hidden' }}>
            <MessagesTable items={items} onOpen={(id) => update({ message: id })} busy={outbox.isPlaceholderData} />
          </Paper>
        )}
        {outbox.data ? (
          <CursorPager
            pager={pager}
            nextCursor={outbox.data.nextCursor}
            shown={items.length}
            pageSize={PAGE_SIZE}
            total={undefined}
            noun="messages"
          />
        ) : null}
      </Stack>
      <Drawer opened={Boolean(search.message)} onClose={() => update({ message: undefined })} position="right" size="lg" title="Message">
        {open ? (
          <MessageDetail message={open} />
        ) : search.message && outbox.data ? (
          <Empty title="Message not on this page" description="Clear the filters or go back a page to find it." />
        ) : null}
      </Drawer>
    </>
  );
}

function MessagesTable({ items, onOpen, busy }: { items: OutboxMessage[]; onOpen: (id: string) => void; busy: boolean }) {
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
    }
  };
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table highlightOnHover data-testid="outbox-table" aria-busy={busy} style={{ opacity: busy ? 0.6 : 1 }}>
        <Table.Thead className="rp-table-head">
          <Table.Tr>
            <Table.Th>To</Table.Th>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Account</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>When</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr
              key={m.id}
              className="rp-row-link"
              tabIndex={0}
              onClick={() => onOpen(m.id)}
              onKeyDown={(e) => onKeyDown(e, m.id)}
              aria-label={`Message to ${m.stakeholderName}: ${m.subject}`}
            >
              <Table.Td>
                <Text size="sm" fw={600}>
                  {m.stakeholderName}
                </Text>
                <Text size="xs" c="dimmed">
                  {m.to}
                </Text>
              </Table.Td>
              <Table.Td style={{ maxWidth: 320 }}>
                <Text size="sm" lineClamp={1}>
                  {m.subject}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.accountName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{MESSAGE_KIND_LABELS[m.kind] ?? m.kind}</Text>
              </Table.Td>
              <Table.Td>
                <MessageStatusBadge status={m.status} />
                {m.status === 'failed' && m.lastError ? (
                  <Text size="xs" c="red.7" lineClamp={2} mt={2}>
                    {m.lastError}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={m.sentAt ? undefined : 'dimmed'}>
                  {m.sentAt ? formatDateTime(m.sentAt) : `Due ${formatDateTime(m.sendAfter)}`}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MessageDetail({ message: m }: { message: OutboxMessage }) {
  const resend = useResendMessage();
  const status = MESSAGE_STATUS[m.status];
  const canResend = m.status === 'failed' || m.status === 'uncertain';
  return (
    <Stack gap="md" data-testid="message-detail">
      <div>
        <Title order={2} size="h4">
          {m.subject}
        </Title>
        <Text size="sm" c="dimmed">
          {MESSAGE_KIND_LABELS[m.kind] ?? m.kind} to {m.stakeholderName} &lt;{m.to}&gt; · {m.accountName}
        </Text>
      </div>
      <Group gap="sm">
        <MessageStatusBadge status={m.status} />
        <Badge variant="outline" color="gray" radius="sm" size="sm">
          {m.attempts} attempt{m.attempts === 1 ? '' : 's'}
        </Badge>
        <Text size="xs" c="dimmed">
          {m.sentAt ? `${m.status === 'kept' ? 'Kept' : 'Sent'} ${formatDateTime(m.sentAt)}` : `Due ${formatDateTime(m.sendAfter)}`}
        </Text>
      </Group>
      {status ? (
        <Alert color={status.color} variant="light" icon={<IconInfo />} title={status.label}>
          {status.explanation}
          {m.lastError ? (
            <Text size="sm" mt={4}>
              Last error: <code>{m.lastError}</code>
            </Text>
          ) : null}
        </Alert>
      ) : null}
      <div>
        <Text size="sm" fw={600} mb={4}>
          Personal link
        </Text>
        <Anchor
          href={m.link}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          style={{ overflowWrap: 'anywhere' }}
          data-testid="message-link"
        >
          <Group gap={4} component="span" wrap="nowrap">
            {m.link}
            <IconExternal size={14} />
          </Group>
        </Anchor>
        <Text size="xs" c="dimmed" mt={2}>
          Opens the stakeholder’s own answer page in a new tab. Anything you submit there counts as their answer.
        </Text>
      </div>
      <div>
        <Text size="sm" fw={600} mb={4}>
          Full text
        </Text>
        <pre className="rp-asm-message">{m.text}</pre>
      </div>
      {canResend ? (
        <Group justify="flex-end">
          <Button
            leftSection={<IconSend size={16} />}
            loading={resend.isPending}
            onClick={() =>
              resend.mutate(m.id, {
                onSuccess: () => notifications.show({ color: 'teal', title: 'Message queued again', message: `To ${m.to}` }),
                onError: (err) => notifications.show({ color: 'red', title: 'Could not resend', message: errorMessage(err) }),
              })
            }
          >
            Resend
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
