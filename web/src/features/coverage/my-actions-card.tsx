/** Home for a CSM: the open relationship actions across their book, most urgent first. */
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { IconCheck } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { accountListQuery } from '../accounts/accounts-api.ts';
import { ChannelLabel } from './channel-label.tsx';
import { myActionsQuery } from './coverage-api.ts';
import { severityRank } from './coverage-labels.ts';
import { DueText } from './relationship-plan.tsx';
import { SeverityBadge } from './severity-badge.tsx';

const SHOWN = 8;

export function MyActionsCard() {
  const actions = useQuery(myActionsQuery('open'));
  // Actions carry no account name: the CSM's book (the same query Home already runs) supplies it.
  const book = useQuery(accountListQuery({ ownerId: 'me', sort: 'renewalDate', order: 'asc', limit: 500 }));
  const nameOf = new Map((book.data?.items ?? []).map((a) => [a.id, a.name]));
  const items = [...(actions.data ?? [])].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || severityRank(a.severity) - severityRank(b.severity),
  );
  return (
    <Paper
      p={0}
      style={{ overflow: 'hidden' }}
      component="section"
      aria-label="My relationship actions"
      data-testid="home-relationship-actions"
    >
      <Group justify="space-between" p="md" pb="sm" align="flex-end">
        <div>
          <Title order={2} size="h4">
            My relationship actions
          </Title>
          <Text size="sm" c="dimmed">
            {actions.data ? `${items.length} open, soonest due first` : 'Steps that close your accounts’ coverage gaps'}
          </Text>
        </div>
        <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/coverage" search={{ owner: 'me' }} />}>
          My heat map
        </Anchor>
      </Group>
      {actions.isPending ? (
        <div style={{ padding: 16 }}>
          <LoadingBlock rows={4} label="Loading your relationship actions" />
        </div>
      ) : actions.isError ? (
        <div style={{ padding: 16 }}>
          <ErrorAlert error={actions.error} onRetry={() => actions.refetch()} />
        </div>
      ) : items.length === 0 ? (
        <Empty
          icon={<IconCheck />}
          title="No open relationship actions"
          description="When a gap opens on one of your accounts, its action shows up here."
        />
      ) : (
        <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.slice(0, SHOWN).map((a) => (
            <li key={a.id} style={{ padding: '10px 16px', borderTop: '1px solid var(--mantine-color-gray-2)' }}>
              <Group gap={8} wrap="nowrap" align="flex-start">
                <SeverityBadge severity={a.severity} size="xs" />
                <Anchor
                  size="sm"
                  fw={600}
                  c="dark.8"
                  renderRoot={(props) => (
                    <Link
                      {...props}
                      to="/accounts/$accountId"
                      params={{ accountId: a.accountId }}
                      search={a.persona ? { persona: a.persona } : {}}
                    />
                  )}
                >
                  {a.title}
                </Anchor>
              </Group>
              <Group gap="md" mt={2} wrap="wrap" style={{ rowGap: 2 }}>
                {nameOf.get(a.accountId) ? (
                  <Text size="xs" fw={600}>
                    {nameOf.get(a.accountId)}
                  </Text>
                ) : null}
                <ChannelLabel channel={a.channel} />
                <DueText date={a.dueDate} />
              </Group>
            </li>
          ))}
          {items.length > SHOWN ? (
            <Text size="xs" c="dimmed" px="md" py="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
              {items.length - SHOWN} more on your accounts’ Coverage tabs
            </Text>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
