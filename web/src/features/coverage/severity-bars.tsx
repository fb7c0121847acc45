/** Horizontal bars of open gaps stacked by severity; bar length is relative to the longest row. */
import { Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SeverityCounts } from './coverage-api.ts';
import { SEVERITIES, SEVERITY_COLORS, SEVERITY_LABELS } from './coverage-labels.ts';

type Props = { rows: SeverityCounts[]; label: (row: SeverityCounts) => ReactNode; empty: string };

export function SeverityBars({ rows, label, empty }: Props) {
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  const max = Math.max(...rows.map((r) => r.total), 1);
  return (
    <Stack gap={10}>
      {rows.map((row) => (
        <div key={row.key}>
          <Group justify="space-between" gap="xs" mb={3} wrap="nowrap">
            <Text size="sm" lineClamp={1}>
              {label(row)}
            </Text>
            <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {row.total}
            </Text>
          </Group>
          <div style={{ width: `${Math.max(2, (row.total / max) * 100)}%` }}>
            <Progress.Root size="md" aria-label={`${row.label}: ${breakdown(row)}`}>
              {SEVERITIES.filter((s) => row[s] > 0).map((s) => (
                <Tooltip key={s} label={`${row[s]} ${SEVERITY_LABELS[s].toLowerCase()}`} withArrow>
                  <Progress.Section value={(row[s] / row.total) * 100} color={s === 'low' ? 'gray.5' : SEVERITY_COLORS[s]} />
                </Tooltip>
              ))}
            </Progress.Root>
          </div>
        </div>
      ))}
    </Stack>
  );
}

const breakdown = (row: SeverityCounts) =>
  SEVERITIES.filter((s) => row[s] > 0)
    .map((s) => `${row[s]} ${SEVERITY_LABELS[s].toLowerCase()}`)
    .join(', ');

export function SeverityKey() {
  return (
    <Group gap="md" wrap="wrap">
      {SEVERITIES.map((s) => (
        <Group key={s} gap={6} wrap="nowrap">
          <span
            aria-hidden="true"
            style={{
              width: 12,
              height: 12,
              borderRadius: 3,
              display: 'inline-block',
              background: `var(--mantine-color-${SEVERITY_COLORS[s]}-${s === 'low' ? 5 : 6})`,
            }}
          />
          <Text size="xs" c="dimmed">
            {SEVERITY_LABELS[s]}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
