/** A person and the accounts they are a stakeholder in (the same person can play different roles in two accounts). */
import { Anchor, Badge, Drawer, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { isApiError } from '../../lib/api.ts';
import { IconBuilding, IconMail, IconPhone } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { PersonaBadges } from '../stakeholders/stakeholder-badges.tsx';
import { personQuery } from './people-api.ts';

export function PersonDrawer({ personId, onClose }: { personId: string | undefined; onClose: () => void }) {
  return (
    <Drawer opened={Boolean(personId)} onClose={onClose} position="right" size="md" title="Person">
      {personId ? <PersonDetail personId={personId} /> : null}
    </Drawer>
  );
}

function PersonDetail({ personId }: { personId: string }) {
  const person = useQuery(personQuery(personId));
  if (person.isPending) return <LoadingBlock label="Loading person" />;
  if (person.isError) {
    if (isApiError(person.error) && person.error.status === 404) {
      return <Empty title="Person not found" description="They may have been removed." />;
    }
    return <ErrorAlert error={person.error} onRetry={() => person.refetch()} />;
  }
  const p = person.data;
  const sorted = [...p.stakeholders].sort((a, b) =>
    a.status === b.status ? a.accountName.localeCompare(b.accountName) : a.status === 'active' ? -1 : 1,
  );
  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {p.fullName}
        </Title>
        <Text c="dimmed" size="sm">
          {p.title || 'No title'}
        </Text>
        <Stack gap={4} mt="sm">
          {p.email ? (
            <Group gap={6}>
              <IconMail size={14} />
              <Anchor href={`mailto:${p.email}`} size="sm">
                {p.email}
              </Anchor>
            </Group>
          ) : null}
          {p.phone ? (
            <Group gap={6}>
              <IconPhone size={14} />
              <Anchor href={`tel:${p.phone}`} size="sm">
                {p.phone}
              </Anchor>
            </Group>
          ) : null}
        </Stack>
      </div>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Stakeholder in {sorted.length} account{sorted.length === 1 ? '' : 's'}
        </Title>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not a stakeholder in any account.
          </Text>
        ) : (
          sorted.map((s) => (
            <Paper key={s.stakeholderId} p="sm" style={{ opacity: s.status === 'left' ? 0.7 : 1 }}>
              <Group justify="space-between" wrap="nowrap" mb={6}>
                <Group gap={6} wrap="nowrap">
                  <IconBuilding size={16} />
                  <Anchor
                    renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: s.accountId }} />}
                    fw={600}
                    size="sm"
                  >
                    {s.accountName}
                  </Anchor>
                </Group>
                {s.status === 'left' ? (
                  <Badge color="gray" variant="light" size="sm" radius="sm">
                    Left
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light" size="sm" radius="sm">
                    Active
                  </Badge>
                )}
              </Group>
              <PersonaBadges personas={s.personas} size="xs" />
            </Paper>
          ))
        )}
      </Stack>
    </Stack>
  );
}
