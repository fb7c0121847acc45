import { Tabs } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { IconKey, IconUsers } from '../../ui/icons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { TokensPanel } from './tokens-panel.tsx';
import { UsersPanel } from './users-panel.tsx';

const route = getRouteApi('/app/admin');

export function AdminPage() {
  const { tab = 'users' } = route.useSearch();
  const navigate = useNavigate({ from: '/admin' });
  return (
    <>
      <PageHeader title="Admin" description="Who can sign in, what they may do, and API access." />
      <Tabs value={tab} onChange={(v) => navigate({ search: { tab: v === 'tokens' ? 'tokens' : undefined }, replace: true })}>
        <Tabs.List mb="md">
          <Tabs.Tab value="users" leftSection={<IconUsers size={16} />}>
            Users
          </Tabs.Tab>
          <Tabs.Tab value="tokens" leftSection={<IconKey size={16} />}>
            API tokens
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="tokens">
          <TokensPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
