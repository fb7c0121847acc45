/** Preview: exactly who a program would invite now and why everyone else is left out; launching sends to the people shown. */
import { Alert, Anchor, Badge, Button, Chip, Group, Modal, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { IconArrowLeft, IconInfo, IconPencil, IconSend, IconUsers } from '../../../ui/icons.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { CoverageSection } from '../../coverage/coverage-section.tsx';
import { PersonaBadges } from '../../stakeholders/stakeholder-badges.tsx';
import { EXCLUSION_REASON_LABELS, plural, reminderText, targetingText, triggerText } from '../assessment-labels.ts';
import { Figure } from '../assessment-parts.tsx';
import {
  type ExclusionReason,
  outboxQuery,
  type Preview,
  type PreviewRow,
  type Program,
  previewQuery,
  programsQuery,
  useLaunchProgram,
} from '../assessments-api.ts';
import { useSegmentName } from './programs-page.tsx';

const route = getRouteApi('/app/assessments/programs/$programId/preview');

export function ProgramPreviewPage() {
  const { programId } = route.useParams();
  const programs = useQuery(programsQuery);
  const preview = useQuery(previewQuery(programId));
  const program = programs.data?.find((p) => p.id === programId);

  return (
    <>
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/assessments/programs" />}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> All programs
        </Group>
      </Anchor>
      {programs.isPending ? (
        <LoadingBlock label="Loading the program" />
      ) : programs.isError ? (
        <ErrorAlert error={programs.error} title="Could not load the program" onRetry={() => programs.refetch()} />
      ) : !program ? (
        <ErrorAlert error={new Error('This program does not exist (any more).')} title="Program not found" />
      ) : (
        <ProgramPreview program={program} preview={preview} />
      )}
    </>
  );
}

function ProgramPreview({ program, preview }: { program: Program; preview: UseQueryResult<Preview> }) {
  const segmentName = useSegmentName();
  const [confirming, setConfirming] = useState(false);
  const included = preview.data?.included.length ?? 0;

  return (
    <>
      <PageHeader
        title={`Preview: ${program.name}`}
        description={`${targetingText(program, segmentName)} · ${triggerText(program.trigger).toLowerCase()} · ${reminderText(program.reminderDays, program.escalateAfterDays).toLowerCase()}`}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              renderRoot={(props) => <Link {...props} to="/assessments/programs/$programId/edit" params={{ programId: program.id }} />}
            >
              Edit program
            </Button>
            <Button leftSection={<IconSend size={16} />} disabled={!preview.data || included === 0} onClick={() => setConfirming(true)}>
              Launch
            </Button>
          </>
        }
      />
      {preview.isPending ? (
        <LoadingBlock rows={6} label="Working out who would be invited" />
      ) : preview.isError ? (
        <ErrorAlert error={preview.error} title="Could not build the preview" onRetry={() => preview.refetch()} />
      ) : (
        <PreviewBody preview={preview.data} />
      )}
      {preview.data ? <LaunchModal program={program} invited={included} opened={confirming} onClose={() => setConfirming(false)} /> : null}
    </>
  );
}

function PreviewBody({ preview }: { preview: Preview }) {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/assessments/programs/$programId/preview' });
  const reasons = Object.entries(preview.counts.excluded)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]) as [ExclusionReason, number][];
  const excludedTotal = preview.excluded.length;
  const reason = reasons.some(([r]) => r === search.reason) ? search.reason : 'all';
  const shownExcluded = reason === 'all' ? preview.excluded : preview.excluded.filter((e) => e.reason === reason);

  return (
    <Stack gap="md">
      <Paper p="md">
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md">
          <Figure label="Would be invited" value={preview.included.length} testId="preview-included-count" />
          <Figure label="Left out" value={excludedTotal} />
          <Figure
            label="As of"
            value={<Text span>{preview.asOf.length <= 10 ? formatDate(preview.asOf) : formatDateTime(preview.asOf)}</Text>}
            hint="Launching re-checks everyone at that moment"
          />
        </SimpleGrid>
      </Paper>

      <CoverageSection
        title="Would be invited"
        description="Each gets a personal link by e-mail. Reminders and the escalation follow the program’s schedule."
        testId="preview-included"
      >
        {preview.included.length === 0 ? (
          <Empty
            icon={<IconUsers />}
            title="Nobody is due right now"
            description="Everyone this program targets was asked recently, is not due yet, or is left out for a reason shown below."
          />
        ) : (
          <PreviewTable rows={preview.included} />
        )}
      </CoverageSection>

      <CoverageSection
        title="Left out, and why"
        description={`${plural(excludedTotal, 'stakeholder')} not invited`}
        testId="preview-excluded"
      >
        {excludedTotal === 0 ? (
          <Text size="sm" c="dimmed" px="md" pb="md">
            Nobody is left out.
          </Text>
        ) : (
          <>
            <Chip.Group
              multiple={false}
              value={reason}
              onChange={(v) => navigate({ search: { reason: v === 'all' ? undefined : v }, replace: true })}
            >
              <Group gap="xs" px="md" pb="sm" role="group" aria-label="Filter by reason">
                <Chip value="all" size="sm" variant="light">
                  All reasons ({excludedTotal})
                </Chip>
                {reasons.map(([r, n]) => (
                  <Chip key={r} value={r} size="sm" variant="light">
                    {EXCLUSION_REASON_LABELS[r] ?? r} ({n})
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <PreviewTable rows={shownExcluded} withReason />
          </>
        )}
      </CoverageSection>
    </Stack>
  );
}

function PreviewTable({ rows, withReason = false }: { rows: (PreviewRow & { reason?: ExclusionReason })[]; withReason?: boolean }) {
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table verticalSpacing={8}>
        <Table.Thead className="rp-table-head">
          <Table.Tr>
            <Table.Th>Account</Table.Th>
            <Table.Th>Stakeholder</Table.Th>
            <Table.Th>Personas</Table.Th>
            <Table.Th>E-mail</Table.Th>
            <Table.Th>{withReason ? 'Reason' : 'Why'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.stakeholderId}>
              <Table.Td>
                <Anchor
                  size="sm"
                  fw={600}
                  c="dark.8"
                  renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: r.accountId }} />}
                >
                  {r.accountName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.name}</Text>
              </Table.Td>
              <Table.Td>
                <PersonaBadges personas={r.personas} size="xs" />
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={r.email ? undefined : 'dimmed'}>
                  {r.email ?? 'No e-mail'}
                </Text>
              </Table.Td>
              <Table.Td style={{ maxWidth: 360 }}>
                {withReason && r.reason ? (
                  <Badge color="gray" variant="light" radius="sm" size="sm" mb={2}>
                    {EXCLUSION_REASON_LABELS[r.reason] ?? r.reason}
                  </Badge>
                ) : null}
                <Text size="xs" c="dimmed">
                  {r.why.charAt(0).toUpperCase() + r.why.slice(1)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function LaunchModal({ program, invited, opened, onClose }: { program: Program; invited: number; opened: boolean; onClose: () => void }) {
  const launch = useLaunchProgram();
  const navigate = useNavigate();
  // The outbox says whether mail really leaves the machine.
  const transport = useQuery({ ...outboxQuery({ limit: 1 }), enabled: opened }).data?.transport;
  const go = () =>
    launch.mutate(program.id, {
      onSuccess: (wave) => {
        notifications.show({
          color: 'teal',
          title: 'Wave launched',
          message: `${plural(wave.invited, 'invitation')} ${transport === 'outbox' ? 'kept in the outbox' : 'on their way'}.`,
        });
        onClose();
        void navigate({ to: '/assessments/waves/$waveId', params: { waveId: wave.id } });
      },
    });
  return (
    <Modal opened={opened} onClose={onClose} title={`Launch ${program.name}?`}>
      <Stack gap="md">
        <Text size="sm" data-testid="launch-count">
          Rapport will invite <b>{plural(invited, 'stakeholder')}</b> now, each with a personal link to the {program.questionnaireName}.
        </Text>
        <Text size="sm" c="dimmed">
          {reminderText(program.reminderDays, program.escalateAfterDays)}. The wave closes after {program.responseWindowDays} days.
        </Text>
        {transport === 'outbox' ? (
          <Alert color="indigo" variant="light" icon={<IconInfo />}>
            No mail server is configured: the messages will be kept in the outbox, where you can read them. Nothing leaves this machine.
          </Alert>
        ) : null}
        {launch.isError ? (
          <Alert color="red" variant="light" role="alert" title="Could not launch">
            {errorMessage(launch.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button leftSection={<IconSend size={16} />} loading={launch.isPending} onClick={go}>
            Send {plural(invited, 'invitation')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
