import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card on the Coverage tab and page; the body goes edge to edge. */
export function CoverageSection({
  title,
  description,
  aside,
  children,
  testId,
  padded = false,
}: {
  title: string;
  description?: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
  testId?: string;
  padded?: boolean;
}) {
  return (
    <Paper p={0} style={{ overflow: 'hidden' }} component="section" aria-label={title} data-testid={testId}>
      <Group justify="space-between" align="flex-end" p="md" pb="sm" gap="sm">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </div>
        {aside}
      </Group>
      {padded ? <div style={{ padding: '0 16px 16px' }}>{children}</div> : children}
    </Paper>
  );
}
