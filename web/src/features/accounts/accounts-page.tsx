import { Button, Paper } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { CursorPager, useCursorStack } from '../../ui/cursor-pager.tsx';
import { IconBuilding, IconPlus } from '../../ui/icons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { canCreateAccounts } from '../auth/permissions.ts';
import { useMe } from '../auth/session.ts';
import { AccountFormModal } from './account-form-modal.tsx';
import { type AccountsSearch, hasFilters, type SortableColumn, toListParams } from './account-search.ts';
import { accountListQuery, useCreateAccount } from './accounts-api.ts';
import { AccountsFilters } from './accounts-filters.tsx';
import { AccountsTable } from './accounts-table.tsx';

const route = getRouteApi('/app/accounts');
const PAGE_SIZE = 50;

export function AccountsPage() {
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/accounts' });
  const [creating, createModal] = useDisclosure(false);
  const create = useCreateAccount();

  const params = toListParams(search);
  const pager = useCursorStack(JSON.stringify(params));
  const list = useQuery(accountListQuery({ ...params, limit: PAGE_SIZE, cursor: pager.cursor }));

  const update = (patch: Partial<AccountsSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const clear = () => navigate({ search: { sort: search.sort, order: search.order } });
  const sortBy = (column: SortableColumn) => {
    const current = params.sort === column;
    // Money and dates read best biggest/soonest first on the first click; names A→Z.
    const firstOrder = column === 'arr' ? 'desc' : 'asc';
    update({ sort: column, order: current ? (params.order === 'asc' ? 'desc' : 'asc') : firstOrder });
  };

  const openNew = () => {
    create.reset();
    createModal.open();
  };

  return (
    <>
      <PageHeader
        title="Accounts"
        description={
          list.data
            ? `${list.data.total} account${list.data.total === 1 ? '' : 's'}${hasFilters(search) ? ' match these filters' : ''}`
            : ' '
        }
        actions={
          canCreateAccounts(me) ? (
            <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
              New account
            </Button>
          ) : null
        }
      />
      <AccountsFilters search={search} onChange={update} onClear={clear} />
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {list.isPending ? (
          <div style={{ padding: 16 }}>
            <LoadingBlock rows={8} label="Loading accounts" />
          </div>
        ) : list.isError ? (
          <div style={{ padding: 16 }}>
            <ErrorAlert error={list.error} title="Could not load accounts" onRetry={() => list.refetch()} />
          </div>
        ) : list.data.items.length === 0 ? (
          hasFilters(search) ? (
            <Empty
              icon={<IconBuilding />}
              title="No accounts match these filters"
              description="Try a wider renewal window or remove a filter."
              action={
                <Button variant="light" onClick={clear}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <Empty
              icon={<IconBuilding />}
              title="No accounts yet"
              description="Add your first customer account to start mapping its stakeholders."
              action={
                canCreateAccounts(me) ? (
                  <Button leftSection={<IconPlus size={16} />} onClick={openNew}>
                    New account
                  </Button>
                ) : undefined
              }
            />
          )
        ) : (
          <AccountsTable
            items={list.data.items}
            sort={search.sort ?? 'name'}
            order={params.order ?? 'asc'}
            onSort={(c) => sortBy(c)}
            busy={list.isPlaceholderData}
          />
        )}
      </Paper>
      {list.data && list.data.items.length > 0 ? (
        <CursorPager
          pager={pager}
          nextCursor={list.data.nextCursor}
          shown={list.data.items.length}
          pageSize={PAGE_SIZE}
          total={list.data.total}
          noun="accounts"
        />
      ) : null}
      <AccountFormModal
        opened={creating}
        onClose={createModal.close}
        me={me}
        submitting={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: (account) => {
              createModal.close();
              notifications.show({ color: 'teal', title: 'Account created', message: account.name });
              navigate({ to: '/accounts/$accountId', params: { accountId: account.id } });
            },
          })
        }
      />
    </>
  );
}
