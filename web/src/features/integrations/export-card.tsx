/** Downloads of what Rapport holds, in the same shapes the importer reads back. Plain links: the session cookie authenticates them. */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { EXPORT_ENTITIES, type ExportEntity, exportUrl } from './imports-api.ts';

const LABELS: Record<ExportEntity, { title: string; description: string }> = {
  accounts: { title: 'Accounts', description: 'Tier, stage, owner, revenue, renewal date' },
  stakeholders: { title: 'Stakeholders', description: 'People per account with personas and sentiment' },
  touchpoints: { title: 'Touchpoints', description: 'Calls, meetings and e-mails with who took part' },
  gaps: { title: 'Open gaps', description: 'Relationship gaps not yet closed' },
};

export function ExportCard() {
  return (
    <Paper p="md" component="section" aria-labelledby="export-title" data-testid="export-card">
      <Title order={2} size="h4" id="export-title">
        Export
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Download everything as CSV or JSON, streamed, whatever the size of the portfolio.
      </Text>
      <Stack gap={0}>
        {EXPORT_ENTITIES.map((entity, i) => (
          <Group
            key={entity}
            justify="space-between"
            wrap="nowrap"
            gap="sm"
            py="sm"
            style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}
          >
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600}>
                {LABELS[entity].title}
              </Text>
              <Text size="xs" c="dimmed">
                {LABELS[entity].description}
              </Text>
            </div>
            <Group gap={6} wrap="nowrap">
              {(['csv', 'json'] as const).map((format) => (
                <Button
                  key={format}
                  component="a"
                  href={exportUrl(entity, format)}
                  download={`rapport-${entity}.${format}`}
                  variant="default"
                  size="xs"
                  aria-label={`Download ${LABELS[entity].title.toLowerCase()} as ${format.toUpperCase()}`}
                >
                  {format.toUpperCase()}
                </Button>
              ))}
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
