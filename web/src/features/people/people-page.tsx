/** Everyone Rapport knows, across accounts; a person opens in a drawer listing their accounts. */
import { Anchor, Paper, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { CursorPager, useCursorStack } from '../../ui/cursor-pager.tsx';
import { IconSearch, IconUsers } from '../../ui/icons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { peopleQuery } from './people-api.ts';
import { PersonDrawer } from './person-drawer.tsx';

const route = getRouteApi('/app/people');
const PAGE_SIZE = 50;

export function PeoplePage() {
  const { q, person } = route.useSearch();
  const navigate = useNavigate({ from: '/people' });
  const [text, setText] = useState(q ?? '');
  const pager = useCursorStack(q ?? '');
  const people = useQuery(peopleQuery({ q, limit: PAGE_SIZE, cursor: pager.cursor }));
  const pushQuery = useDebouncedCallback(
    (value: string) => navigate({ search: (prev) => ({ ...prev, q: value.trim() || undefined }), replace: true }),
    300,
  );
  useEffect(() => {
    setText((current) => (current.trim() === (q ?? '') ? current : (q ?? '')));
  }, [q]);

  const open = (id: string | undefined) => navigate({ search: (prev) => ({ ...prev, person: id }) });
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(id);
    }
  };

  return (
    <>
      <PageHeader title="People" description="Every person across your accounts. One person can be a stakeholder in several accounts." />
      <TextInput
        label="Search people"
        placeholder="Name or e-mail"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          pushQuery(e.currentTarget.value);
        }}
        maw={420}
        mb="md"
      />
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {people.isPending ? (
          <div style={{ padding: 16 }}>
            <LoadingBlock rows={8} label="Loading people" />
          </div>
        ) : people.isError ? (
          <div style={{ padding: 16 }}>
            <ErrorAlert error={people.error} title="Could not load people" onRetry={() => people.refetch()} />
          </div>
        ) : people.data.items.length === 0 ? (
          <Empty
            icon={<IconUsers />}
            title={q ? `Nobody matches “${q}”` : 'No people yet'}
            description={q ? 'Search by first name, last name or e-mail.' : 'People appear here when you add stakeholders to accounts.'}
          />
        ) : (
          <Table.ScrollContainer minWidth={640} type="native">
            <Table
              highlightOnHover
              data-testid="people-table"
              aria-busy={people.isPlaceholderData}
              style={{ opacity: people.isPlaceholderData ? 0.6 : 1 }}
            >
              <Table.Thead className="rp-table-head">
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th>E-mail</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>Accounts</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {people.data.items.map((p) => (
                  <Table.Tr
                    key={p.id}
                    className="rp-row-link"
                    tabIndex={0}
                    onClick={() => open(p.id)}
                    onKeyDown={(e) => onKeyDown(e, p.id)}
                    aria-label={`Open ${p.fullName}`}
                  >
                    <Table.Td>
                      <Anchor component="span" fw={600} size="sm" c="dark.8">
                        {p.fullName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={p.title ? undefined : 'dimmed'}>
                        {p.title || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={p.email ? undefined : 'dimmed'} truncate="end" maw={280} title={p.email ?? undefined}>
                        {p.email || '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                      <Text size="sm">{p.accounts}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {people.data && people.data.items.length > 0 ? (
        <CursorPager
          pager={pager}
          nextCursor={people.data.nextCursor}
          shown={people.data.items.length}
          pageSize={PAGE_SIZE}
          total={people.data.total}
          noun="people"
        />
      ) : null}
      <PersonDrawer personId={person} onClose={() => open(undefined)} />
    </>
  );
}
