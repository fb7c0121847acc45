/** Questionnaires: the question sets programs send, each with its current version. */
import { Anchor, Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatDate } from '../../../lib/format.ts';
import { IconAssessment, IconPlus } from '../../../ui/icons.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { QUESTION_KIND_LABELS } from '../assessment-labels.ts';
import { questionnairesQuery } from '../assessments-api.ts';

export function QuestionnairesPage() {
  const questionnaires = useQuery(questionnairesQuery);
  return (
    <>
      <PageHeader
        title="Questionnaires"
        description="The questions an assessment asks. Every change makes a new version; answers already given never change."
        actions={
          <Button component={Link} to="/assessments/questionnaires/new" leftSection={<IconPlus size={16} />}>
            New questionnaire
          </Button>
        }
      />
      {questionnaires.isPending ? (
        <LoadingBlock rows={3} label="Loading questionnaires" />
      ) : questionnaires.isError ? (
        <ErrorAlert error={questionnaires.error} title="Could not load the questionnaires" onRetry={() => questionnaires.refetch()} />
      ) : questionnaires.data.length === 0 ? (
        <Paper>
          <Empty icon={<IconAssessment />} title="No questionnaires yet" description="Create one to start asking stakeholders." />
        </Paper>
      ) : (
        <Paper p={0} style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={680} type="native">
            <Table data-testid="questionnaires-table">
              <Table.Thead className="rp-table-head">
                <Table.Tr>
                  <Table.Th>Questionnaire</Table.Th>
                  <Table.Th>Questions</Table.Th>
                  <Table.Th>Version</Table.Th>
                  <Table.Th>Last changed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {questionnaires.data.map((q) => (
                  <Table.Tr key={q.id}>
                    <Table.Td>
                      <Group gap={6}>
                        <Anchor
                          fw={600}
                          size="sm"
                          c="dark.8"
                          renderRoot={(props) => (
                            <Link {...props} to="/assessments/questionnaires/$questionnaireId" params={{ questionnaireId: q.id }} />
                          )}
                        >
                          {q.name}
                        </Anchor>
                        {q.isDefault ? (
                          <Badge size="xs" variant="light" radius="sm">
                            Default
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {q.questions.length} ·{' '}
                        <Text span size="xs" c="dimmed">
                          {[...new Set(q.questions.map((x) => QUESTION_KIND_LABELS[x.kind] ?? x.kind))].join(', ')}
                        </Text>
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">Version {q.version}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(q.updatedAt)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </>
  );
}
