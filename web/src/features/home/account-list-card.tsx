/** A titled, short accounts list on Home with a link to the full, filtered Accounts view. */
import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { IconBuilding } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import type { AccountsSearch } from '../accounts/account-search.ts';
import { type AccountListParams, accountListQuery } from '../accounts/accounts-api.ts';
import { AccountsTable } from '../accounts/accounts-table.tsx';

type Props = {
  title: string;
  description?: ReactNode;
  params: AccountListParams;
  viewAll: AccountsSearch;
  emptyTitle: string;
  emptyDescription?: string;
  testId?: string;
  hideOwner?: boolean;
};

export function AccountListCard({ title, description, params, viewAll, emptyTitle, emptyDescription, testId, hideOwner }: Props) {
  const list = useQuery(accountListQuery(params));
  const total = list.data?.total ?? 0;
  const shown = list.data?.items.length ?? 0;
  return (
    <Paper p={0} style={{ overflow: 'hidden' }} component="section" aria-label={title} data-testid={testId}>
      <Group justify="space-between" p="md" pb="sm" align="flex-end">
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
        {total > 0 ? (
          <Anchor renderRoot={(props) => <Link {...props} to="/accounts" search={viewAll} />} size="sm">
            {total > shown ? `View all ${total}` : 'Open in Accounts'}
          </Anchor>
        ) : null}
      </Group>
      {list.isPending ? (
        <div style={{ padding: 16 }}>
          <LoadingBlock rows={4} label={`Loading ${title.toLowerCase()}`} />
        </div>
      ) : list.isError ? (
        <div style={{ padding: 16 }}>
          <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
        </div>
      ) : list.data.items.length === 0 ? (
        <Empty icon={<IconBuilding />} title={emptyTitle} description={emptyDescription} />
      ) : (
        <AccountsTable items={list.data.items} hideOwner={hideOwner} />
      )}
    </Paper>
  );
}
