/** One wave: who was invited, what happened to each invitation, and the way to its messages in the outbox. */
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../../lib/api.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { ConfirmModal } from '../../../ui/confirm-modal.tsx';
import { IconMail } from '../../../ui/icons.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { useMe } from '../../auth/session.ts';
import { CoverageSection } from '../../coverage/coverage-section.tsx';
import { formatPercent } from '../assessment-labels.ts';
import { Figure, InvitationStatusBadge } from '../assessment-parts.tsx';
import { type Invitation, useCloseWave, waveQuery } from '../assessments-api.ts';
import { canManageAssessments } from '../assessments-layout.tsx';

const route = getRouteApi('/app/assessments/waves/$waveId');

export function WavePage() {
  const { waveId } = route.useParams();
  const me = useMe();
  const wave = useQuery(waveQuery(waveId));
  const close = useCloseWave();
  const [closing, setClosing] = useState(false);

  if (wave.isPending) return <LoadingBlock label="Loading the wave" />;
  if (wave.isError) {
    const missing = isApiError(wave.error) && wave.error.status === 404;
    return <ErrorAlert error={wave.error} title={missing ? 'Wave not found' : 'Could not load the wave'} onRetry={() => wave.refetch()} />;
  }
  const w = wave.data;
  const manage = canManageAssessments(me);

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {w.programName}: wave of {formatDate(w.launchedAt)}
            <Badge color={w.status === 'open' ? 'teal' : 'gray'} variant="light" radius="sm">
              {w.status === 'open' ? 'Open' : 'Closed'}
            </Badge>
          </Group>
        }
        description={`${w.questionnaireName} · launched ${formatDateTime(w.launchedAt)} · ${w.status === 'open' ? 'closes' : 'closed'} ${formatDate(w.closesAt)}`}
        actions={
          <>
            {manage ? (
              <Button
                variant="light"
                leftSection={<IconMail size={16} />}
                renderRoot={(props) => <Link {...props} to="/assessments/outbox" search={{ wave: w.id }} />}
              >
                Messages in the outbox
              </Button>
            ) : null}
            <Button
              variant="default"
              renderRoot={(props) => <Link {...props} to="/assessments/results" search={{ wave: w.id, program: w.programId }} />}
            >
              Results
            </Button>
            {manage && w.status === 'open' ? (
              <Button variant="default" color="red" onClick={() => setClosing(true)}>
                Close wave
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <Paper p="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
            <Figure label="Invited" value={w.invited} />
            <Figure label="Sent" value={w.sent} />
            <Figure label="Answered" value={w.responded} />
            <Figure label="Response rate" value={formatPercent(w.responseRate)} hint={`${w.responded} of ${w.invited} invited`} />
          </SimpleGrid>
        </Paper>
        <CoverageSection title="Invitations" description="One personal link per stakeholder" testId="wave-invitations">
          {w.invitations.length === 0 ? <Empty title="No invitations in this wave" /> : <InvitationsTable invitations={w.invitations} />}
        </CoverageSection>
      </Stack>
      <ConfirmModal
        opened={closing}
        onClose={() => setClosing(false)}
        title="Close this wave?"
        message="Links stop accepting answers, no more reminders go out, and stakeholders who did not answer count as silent."
        confirmLabel="Close wave"
        pending={close.isPending}
        error={close.error}
        onConfirm={() =>
          close.mutate(w.id, {
            onSuccess: () => {
              setClosing(false);
              notifications.show({ color: 'gray', title: 'Wave closed', message: w.programName });
            },
          })
        }
      />
    </>
  );
}

export function InvitationsTable({ invitations, showAccount = true }: { invitations: Invitation[]; showAccount?: boolean }) {
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing={8}>
        <Table.Thead className="rp-table-head">
          <Table.Tr>
            <Table.Th>Stakeholder</Table.Th>
            {showAccount ? <Table.Th>Account</Table.Th> : null}
            <Table.Th>Status</Table.Th>
            <Table.Th>Sent</Table.Th>
            <Table.Th>Reminders</Table.Th>
            <Table.Th>Answered</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Score</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {i.stakeholderName}
                </Text>
                <Text size="xs" c="dimmed">
                  {i.email}
                </Text>
              </Table.Td>
              {showAccount ? (
                <Table.Td>
                  <Anchor
                    size="sm"
                    renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: i.accountId }} />}
                  >
                    {i.accountName}
                  </Anchor>
                </Table.Td>
              ) : null}
              <Table.Td>
                <InvitationStatusBadge status={i.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatDate(i.sentAt)}</Text>
              </Table.Td>
              <Table.Td className="rp-asm-num">
                <Text size="sm">{i.remindersSent}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatDate(i.respondedAt)}</Text>
              </Table.Td>
              <Table.Td style={{ textAlign: 'right' }} className="rp-asm-num">
                <Text size="sm" fw={i.score == null ? undefined : 600}>
                  {i.score ?? '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
