/** An account's open gaps, worst first; the explanation sentence is what a CSM reads. */
import { Group, Stack, Text } from '@mantine/core';
import { personaLabel } from '../../domain/labels.ts';
import { IconCheck } from '../../ui/icons.tsx';
import type { Gap } from './coverage-api.ts';
import { gapKindLabel, severityRank } from './coverage-labels.ts';
import { SeverityBadge } from './severity-badge.tsx';

export function GapsList({ gaps, highlight }: { gaps: Gap[]; highlight?: string }) {
  if (gaps.length === 0) {
    return (
      <Group gap="xs" p="md" c="teal.8">
        <IconCheck size={18} />
        <Text size="sm">No gaps: this account's stakeholder mix meets its coverage model.</Text>
      </Group>
    );
  }
  const sorted = [...gaps].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="coverage-gaps">
      {sorted.map((gap) => (
        <li
          key={gap.key}
          className="rp-cov-gap"
          data-highlight={highlight && gap.persona === highlight ? true : undefined}
          style={{ padding: '10px 16px', borderTop: '1px solid var(--mantine-color-gray-2)' }}
        >
          <Group gap={8} mb={4} wrap="wrap">
            <SeverityBadge severity={gap.severity} size="xs" />
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
              {gapKindLabel(gap.kind)}
              {gap.persona ? ` · ${personaLabel(gap.persona)}` : ''}
            </Text>
          </Group>
          <Text size="sm">{gap.explanation}</Text>
        </li>
      ))}
    </Stack>
  );
}
