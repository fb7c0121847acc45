/** What the heat map's colours, marks, corners and dots mean. */
import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { SentimentDot } from './sentiment-dot.tsx';

function Swatch({ coverage, mark, breached, silent }: { coverage: string; mark: string; breached?: boolean; silent?: boolean }) {
  return (
    <span
      className="rp-heat-cell rp-heat-legend-cell"
      data-coverage={coverage}
      data-breached={breached || undefined}
      data-participation={silent ? 'silent' : undefined}
      aria-hidden="true"
    >
      {mark}
    </span>
  );
}

function Item({ children, label }: { children: ReactNode; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      {children}
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

export function HeatMapLegend() {
  return (
    <Group gap="md" wrap="wrap" mb="sm" style={{ rowGap: 6 }} aria-label="Legend" role="group">
      <Item label="Covered (count)">
        <Swatch coverage="present" mark="✓ 2" />
      </Item>
      <Item label="Too few (have/want)">
        <Swatch coverage="too_few" mark="1/2" />
      </Item>
      <Item label="Missing">
        <Swatch coverage="missing" mark="✗" />
      </Item>
      <Item label="Not required">
        <Swatch coverage="not_required" mark="–" />
      </Item>
      <Item label="Not engaged within the limit">
        <Swatch coverage="present" mark="✓ 1" breached />
      </Item>
      <Item label="Silent in the latest assessment">
        <Swatch coverage="present" mark="✓ 1" silent />
      </Item>
      <Group gap={8} wrap="nowrap">
        <Text size="xs" c="dimmed">
          Worst sentiment:
        </Text>
        {(['supportive', 'neutral', 'resistant', 'detractor'] as const).map((s) => (
          <Group key={s} gap={4} wrap="nowrap">
            <SentimentDot sentiment={s} source="measured" />
            <Text size="xs" c="dimmed" tt="capitalize">
              {s}
            </Text>
          </Group>
        ))}
      </Group>
    </Group>
  );
}
