/** A 1–5 value drawn as five dots, with the number for screen readers and hover. */
import { Group, Text, Tooltip } from '@mantine/core';

export function ScaleDots({ value, label }: { value: number | null | undefined; label: string }) {
  if (value == null) {
    return (
      <Text size="sm" c="dimmed" aria-label={`${label}: not rated`}>
        —
      </Text>
    );
  }
  return (
    <Tooltip label={`${label}: ${value} of 5`} withArrow>
      <Group gap={3} wrap="nowrap" role="img" aria-label={`${label}: ${value} of 5`}>
        {[1, 2, 3, 4, 5].map((i) => (
          <span key={i} className="rp-dot" data-on={i <= value || undefined} />
        ))}
      </Group>
    </Tooltip>
  );
}
