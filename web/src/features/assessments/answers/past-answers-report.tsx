/** What a past-answers file does: which column feeds which field, the counts, the NPS of the accepted rows, the rejected rows. */
import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatNps, PAST_ANSWER_FIELD_LABELS, plural } from '../assessment-labels.ts';
import { Figure, GroupsBar } from '../assessment-parts.tsx';
import { PAST_ANSWER_FIELDS, type PastAnswerIssue, type PastAnswerReport } from '../assessments-api.ts';

/** The headline numbers. A check counts what an import would write; a result counts what it wrote. */
export function PastAnswerFigures({ report, mode }: { report: PastAnswerReport; mode: 'check' | 'result' }) {
  const written = report.status === 'rejected' ? 0 : report.imported;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="md" data-testid={`past-answers-${mode}-figures`}>
      <Figure label="Rows in the file" value={report.rows} />
      <Figure
        label={mode === 'check' ? 'Would be imported' : 'Imported'}
        value={written}
        hint={mode === 'check' ? 'new answers' : report.status === 'rejected' ? 'nothing was written' : 'new answers'}
      />
      <Figure label="Already imported" value={report.skipped} hint="left as they were" />
      <Figure
        label="Rejected"
        value={
          <Text span inherit c={report.rejected > 0 ? 'red.7' : undefined}>
            {report.rejected}
          </Text>
        }
        hint={report.rejected > 0 ? 'listed below' : 'none'}
      />
      <Figure
        label="NPS of the accepted rows"
        value={formatNps(report.nps.nps)}
        hint={report.nps.responses ? plural(report.nps.responses, 'answer') : 'no answers'}
        testId={`past-answers-${mode}-nps`}
      />
    </SimpleGrid>
  );
}

/** The accepted rows' promoters, passives and detractors as the usual bar. */
export function PastAnswerGroups({ report }: { report: PastAnswerReport }) {
  if (report.nps.responses === 0) return null;
  return <GroupsBar counts={{ ...report.nps, nonResponders: 0 }} size="md" answersOnly />;
}

/** Which column of the file feeds which field; fields the file lacks say so. */
export function ColumnMap({ report }: { report: PastAnswerReport }) {
  return (
    <Stack gap={6}>
      <Title order={3} size="h6">
        Columns read
      </Title>
      <Paper withBorder p={0} style={{ overflow: 'hidden' }}>
        <Table verticalSpacing={6} data-testid="past-answers-columns">
          <Table.Thead className="rp-table-head">
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>Column in the file</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PAST_ANSWER_FIELDS.map((field) => {
              const column = report.columns[field];
              return (
                <Table.Tr key={field}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {PAST_ANSWER_FIELD_LABELS[field].label}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {column ? (
                      <Badge variant="light" color="indigo" radius="sm" tt="none" size="md" ff="monospace">
                        {column}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Not in this file
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

/** The rows that cannot be imported, each with the column and value at fault and why. */
export function RejectedRows({ report }: { report: PastAnswerReport }) {
  if (report.errors.length === 0) return null;
  const listed = new Set(report.errors.map((e) => e.row)).size;
  return (
    <Stack gap={6}>
      <Title order={3} size="h6">
        Rejected rows
      </Title>
      <Text size="sm" c="dimmed">
        Row numbers are as a spreadsheet shows them: the header is row 1.
        {listed < report.rejected ? ` The first ${plural(listed, 'row')} of ${report.rejected} are listed.` : ''}
      </Text>
      <Paper withBorder p={0} style={{ overflow: 'hidden' }}>
        <Table.ScrollContainer minWidth={560} maxHeight={420} type="native">
          <Table verticalSpacing={6} stickyHeader data-testid="past-answers-rejected">
            <Table.Thead className="rp-table-head">
              <Table.Tr>
                <Table.Th style={{ width: 70, textAlign: 'right' }}>Row</Table.Th>
                <Table.Th>Column</Table.Th>
                <Table.Th>Value</Table.Th>
                <Table.Th>Reason</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((e) => (
                <IssueRow key={`${e.row}-${e.column}-${e.reason}`} issue={e} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}

function IssueRow({ issue: e }: { issue: PastAnswerIssue }) {
  return (
    <Table.Tr>
      <Table.Td className="rp-asm-num" style={{ textAlign: 'right' }}>
        <Text size="sm">{e.row}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {e.column}
        </Text>
      </Table.Td>
      <Table.Td style={{ maxWidth: 240 }}>
        {e.value === '' ? (
          <Text size="sm" c="dimmed" fs="italic">
            empty
          </Text>
        ) : (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {e.value}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{e.reason}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
