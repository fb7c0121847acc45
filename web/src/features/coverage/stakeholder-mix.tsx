/** The account's stakeholder mix against its segment's coverage model: one row per persona. */
import { Group, Table, Text } from '@mantine/core';
import { labelOf, personaLabel, SENTIMENT_LABELS } from '../../domain/labels.ts';
import type { MixRow } from './coverage-api.ts';
import { engagementText, haveWantText } from './coverage-format.ts';
import { SentimentDot } from './sentiment-dot.tsx';

const COVERAGE_STYLE = {
  present: { mark: '✓', color: 'teal.8', note: '' },
  too_few: { mark: '!', color: 'orange.8', note: ' · too few' },
  missing: { mark: '✗', color: 'red.7', note: ' · missing' },
  not_required: { mark: '–', color: 'dimmed', note: '' },
} as const;

function requirementText(row: MixRow): string {
  const r = row.requirement;
  if (!r || (r.minCount === 0 && r.recencyDays == null && r.lowestSentiment == null)) return 'Not in the model';
  const parts = [r.minCount > 0 ? `at least ${r.minCount}` : 'optional'];
  if (r.recencyDays != null) parts.push(`seen every ${r.recencyDays} days`);
  if (r.lowestSentiment) parts.push(`${labelOf(SENTIMENT_LABELS, r.lowestSentiment).toLowerCase()} or better`);
  return parts.join(' · ');
}

export function StakeholderMix({ mix, highlight }: { mix: MixRow[]; highlight?: string }) {
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table verticalSpacing={8} data-testid="coverage-mix">
        <Table.Thead className="rp-table-head">
          <Table.Tr>
            <Table.Th>Persona</Table.Th>
            <Table.Th>Have / want</Table.Th>
            <Table.Th>Last engaged</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>Worst sentiment</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mix.map((row) => {
            const style = COVERAGE_STYLE[row.coverage];
            const limit = row.requirement?.recencyDays ?? null;
            const active = highlight === row.persona;
            return (
              <Table.Tr
                key={row.persona}
                id={`coverage-persona-${row.persona}`}
                data-persona={row.persona}
                className={active ? 'rp-cov-highlight' : undefined}
                aria-current={active ? 'true' : undefined}
              >
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {personaLabel(row.persona)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {requirementText(row)}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={style.color} fw={row.coverage === 'not_required' ? 400 : 600}>
                    <span aria-hidden="true">{style.mark} </span>
                    {haveWantText(row)}
                    {style.note}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text
                    size="sm"
                    style={{ whiteSpace: 'nowrap' }}
                    c={row.engagement === 'breached' ? 'red.7' : row.engagement === 'none' ? 'dimmed' : undefined}
                    fw={row.engagement === 'breached' ? 600 : 400}
                  >
                    {engagementText(row, limit)}
                  </Text>
                  {row.lastEngagedBy ? (
                    <Text size="xs" c="dimmed">
                      with {row.lastEngagedBy}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {row.count === 0 ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <Group gap={6} wrap="nowrap">
                      <SentimentDot sentiment={row.sentiment} source="measured" />
                      <Text size="sm" c={row.sentiment ? undefined : 'dimmed'}>
                        {row.sentiment ? labelOf(SENTIMENT_LABELS, row.sentiment) : 'Not known'}
                      </Text>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
