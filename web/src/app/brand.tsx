import { Group, Text } from '@mantine/core';

export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-indigo-6)" />
      <path d="M11 23V9h6a4.5 4.5 0 0 1 1.2 8.8L22 23h-3.6l-3.3-5H14.2v5zm3.2-8h2.6a1.6 1.6 0 0 0 0-3.2h-2.6z" fill="#fff" />
    </svg>
  );
}

export function Brand() {
  return (
    <Group gap={8} wrap="nowrap">
      <BrandMark />
      <Text fw={700} size="lg" c="dark.8" style={{ letterSpacing: '-0.01em' }}>
        Rapport
      </Text>
    </Group>
  );
}
