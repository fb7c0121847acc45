/** Programs: who is asked and when, the last wave and its response rate, and a switch that lets a program run by itself. */
import { Anchor, Button, Group, Paper, Stack, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { errorMessage } from '../../../lib/api.ts';
import { formatDate } from '../../../lib/format.ts';
import { IconAssessment, IconPencil, IconPlus, IconUsers } from '../../../ui/icons.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { segmentsQuery } from '../../coverage/coverage-api.ts';
import { formatPercent, reminderText, targetingText, triggerText } from '../assessment-labels.ts';
import { type Program, type ProgramInput, programsQuery, useSaveProgram } from '../assessments-api.ts';

export const toProgramInput = (p: Program): ProgramInput => ({
  name: p.name,
  questionnaireId: p.questionnaireId,
  stages: p.stages,
  personas: p.personas,
  segmentIds: p.segmentIds,
  trigger: p.trigger,
  reminderDays: p.reminderDays,
  escalateAfterDays: p.escalateAfterDays,
  responseWindowDays: p.responseWindowDays,
  active: p.active,
});

/** Segment names by id, for sentences about targeting ("in Strategic"). */
export function useSegmentName() {
  const segments = useQuery(segmentsQuery);
  const names = new Map((segments.data ?? []).map((s) => [s.id, s.name]));
  return (id: string) => names.get(id) ?? 'an unknown segment';
}

export function ProgramsPage() {
  const programs = useQuery(programsQuery);
  const segmentName = useSegmentName();
  const save = useSaveProgram();

  const toggle = (program: Program, active: boolean) =>
    save.mutate(
      { id: program.id, input: { ...toProgramInput(program), active } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            title: active ? 'Program active' : 'Program paused',
            message: active
              ? `${program.name} now invites whoever is due every night.`
              : `${program.name} no longer launches waves by itself.`,
          }),
        onError: (err) => notifications.show({ color: 'red', title: 'Could not change the program', message: errorMessage(err) }),
      },
    );

  return (
    <>
      <PageHeader
        title="Assessment programs"
        description="Who is asked and when: lifecycle stages × personas × segments, with reminders and an escalation for silence."
        actions={
          <Button component={Link} to="/assessments/programs/new" leftSection={<IconPlus size={16} />}>
            New program
          </Button>
        }
      />
      {programs.isPending ? (
        <LoadingBlock rows={4} label="Loading programs" />
      ) : programs.isError ? (
        <ErrorAlert error={programs.error} title="Could not load the programs" onRetry={() => programs.refetch()} />
      ) : programs.data.length === 0 ? (
        <Paper>
          <Empty
            icon={<IconAssessment />}
            title="No programs yet"
            description="A program decides which stakeholders are asked for an assessment, and when. Start with your strategic decision makers."
            action={
              <Button component={Link} to="/assessments/programs/new" leftSection={<IconPlus size={16} />}>
                New program
              </Button>
            }
          />
        </Paper>
      ) : (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={960} type="native">
            <Table data-testid="programs-table" verticalSpacing="sm">
              <Table.Thead className="rp-table-head">
                <Table.Tr>
                  <Table.Th>Program</Table.Th>
                  <Table.Th>Who</Table.Th>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Last wave</Table.Th>
                  <Table.Th>Active</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programs.data.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Anchor
                        fw={600}
                        size="sm"
                        c="dark.8"
                        renderRoot={(props) => <Link {...props} to="/assessments/programs/$programId/edit" params={{ programId: p.id }} />}
                      >
                        {p.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {p.questionnaireName}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top', maxWidth: 280 }}>
                      <Text size="sm">{targetingText(p, segmentName)}</Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Text size="sm">{triggerText(p.trigger)}</Text>
                      <Text size="xs" c="dimmed">
                        {reminderText(p.reminderDays, p.escalateAfterDays)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                      {p.lastWave ? (
                        <>
                          <Anchor
                            size="sm"
                            renderRoot={(props) => (
                              <Link {...props} to="/assessments/waves/$waveId" params={{ waveId: p.lastWave?.id ?? '' }} />
                            )}
                          >
                            {formatDate(p.lastWave.launchedAt)}
                          </Anchor>
                          <Text size="xs" c="dimmed" className="rp-asm-num">
                            {formatPercent(p.lastWave.responseRate)} responded ({p.lastWave.responded} of {p.lastWave.invited})
                          </Text>
                        </>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Never launched
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Switch
                        checked={p.active}
                        onChange={(e) => toggle(p, e.currentTarget.checked)}
                        disabled={save.isPending && save.variables?.id === p.id}
                        aria-label={`${p.name} active`}
                        label={p.active ? 'Active' : 'Paused'}
                      />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconUsers size={14} />}
                          renderRoot={(props) => (
                            <Link {...props} to="/assessments/programs/$programId/preview" params={{ programId: p.id }} />
                          )}
                          aria-label={`Preview ${p.name}`}
                        >
                          Preview
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          leftSection={<IconPencil size={14} />}
                          renderRoot={(props) => (
                            <Link {...props} to="/assessments/programs/$programId/edit" params={{ programId: p.id }} />
                          )}
                          aria-label={`Edit ${p.name}`}
                        >
                          Edit
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Stack mt="md" gap={4}>
        <Text size="xs" c="dimmed">
          The fatigue rule applies across all programs: nobody is asked more often than the interval set in{' '}
          <Anchor size="xs" renderRoot={(props) => <Link {...props} to="/assessments/settings" />}>
            Settings
          </Anchor>
          .
        </Text>
      </Stack>
    </>
  );
}
