/** The stakeholder matrix: sentiment (detractor → supportive) × key to success (peripheral → critical). */
import { Group, Text } from '@mantine/core';
import { KEY_TO_SUCCESS_LABELS, labelOf, SENTIMENT_LABELS, type Sentiment } from '../../domain/labels.ts';
import type { MatrixPoint } from './coverage-api.ts';
import { SentimentDot } from './sentiment-dot.tsx';

const COLUMNS: (Sentiment | null)[] = ['detractor', 'resistant', 'neutral', 'supportive', null];
const ROWS: MatrixPoint['keyToSuccess'][] = ['critical', 'important', 'peripheral'];
const AGAINST = new Set<Sentiment | null>(['detractor', 'resistant']);

/** Critical and against us is the danger quadrant; important and against us is its warning edge. */
const dangerOf = (row: MatrixPoint['keyToSuccess'], col: Sentiment | null) =>
  !AGAINST.has(col) ? undefined : row === 'critical' ? 'high' : row === 'important' ? 'some' : undefined;

function describe(p: MatrixPoint): string {
  const key = labelOf(KEY_TO_SUCCESS_LABELS, p.keyToSuccess).toLowerCase();
  const sentiment = p.sentiment ? `${labelOf(SENTIMENT_LABELS, p.sentiment).toLowerCase()} (${p.source})` : 'sentiment not known';
  return `${p.name}: ${key} to success, ${sentiment}`;
}

export function StakeholderMatrix({ points }: { points: MatrixPoint[] }) {
  const at = (row: string, col: Sentiment | null) => points.filter((p) => p.keyToSuccess === row && p.sentiment === col);
  return (
    <div>
      <table className="rp-matrix" aria-label="Stakeholder matrix: key to success by sentiment" data-testid="stakeholder-matrix">
        <thead>
          <tr>
            <th className="rp-matrix-head" style={{ textAlign: 'left', width: 92 }}>
              <Text size="xs" c="dimmed" span>
                Key to success ↓
              </Text>
            </th>
            {COLUMNS.map((col) => (
              <th key={col ?? 'unknown'} className="rp-matrix-head">
                {col ? labelOf(SENTIMENT_LABELS, col) : 'Not known'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row}>
              <th scope="row" className="rp-matrix-axis">
                {labelOf(KEY_TO_SUCCESS_LABELS, row)}
              </th>
              {COLUMNS.map((col) => {
                const here = at(row, col);
                const danger = dangerOf(row, col);
                return (
                  <td key={col ?? 'unknown'} className="rp-matrix-cell" data-danger={danger} data-unknown={col === null || undefined}>
                    <div className="rp-matrix-chips">
                      {danger === 'high' && col === 'detractor' ? (
                        <Text size="10px" fw={700} c="red.8" tt="uppercase" w="100%" style={{ letterSpacing: '0.04em' }}>
                          Danger zone
                        </Text>
                      ) : null}
                      {here.map((p) => (
                        <span key={p.stakeholderId} className="rp-matrix-chip" data-danger={p.danger || undefined} title={describe(p)}>
                          <SentimentDot sentiment={p.sentiment} source={p.source} />
                          {p.name}
                        </span>
                      ))}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <td colSpan={4}>
              <Text size="xs" c="dimmed" ta="center">
                Sentiment → (measured wins where it exists)
              </Text>
            </td>
            <td />
          </tr>
        </tfoot>
      </table>
      <MatrixLegend />
    </div>
  );
}

function MatrixLegend() {
  return (
    <Group gap="lg" mt="sm" wrap="wrap" style={{ rowGap: 4 }}>
      <Group gap={6} wrap="nowrap">
        <SentimentDot sentiment="supportive" source="measured" />
        <Text size="xs" c="dimmed">
          Measured (their own answers)
        </Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <SentimentDot sentiment="supportive" source="assessed" />
        <Text size="xs" c="dimmed">
          Assessed by the CSM
        </Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <span
          style={{ width: 14, height: 14, borderRadius: 3, background: 'var(--mantine-color-red-1)', display: 'inline-block' }}
          aria-hidden="true"
        />
        <Text size="xs" c="dimmed">
          Danger zone: critical or important, and detractor or resistant
        </Text>
      </Group>
    </Group>
  );
}
