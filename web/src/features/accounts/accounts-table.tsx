/** The accounts table: a row opens its account on click or Enter; sortable headers ask the server to sort. */
import { Anchor, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import type { KeyboardEvent } from 'react';
import { daysAgo, formatDateTime, formatMoney } from '../../lib/format.ts';
import { SortableTh, type SortOrder } from '../../ui/sortable-th.tsx';
import { RenewalText, StageBadge, TierBadge } from './account-badges.tsx';
import type { SortableColumn } from './account-search.ts';
import type { AccountListItem } from './accounts-api.ts';

type Props = {
  items: AccountListItem[];
  sort?: SortableColumn;
  order?: SortOrder;
  /** Without it the headers do not sort (e.g. short lists on Home). */
  onSort?: (column: SortableColumn) => void;
  busy?: boolean;
  /** On a CSM's own lists the owner is always them. */
  hideOwner?: boolean;
};

export function AccountsTable({ items, sort, order = 'asc', onSort, busy = false, hideOwner = false }: Props) {
  const navigate = useNavigate();
  const open = (id: string) => navigate({ to: '/accounts/$accountId', params: { accountId: id } });
  const th = (column: SortableColumn, label: string, align: 'left' | 'right' = 'left') =>
    onSort ? (
      <SortableTh active={sort === column} order={order} onSort={() => onSort(column)} align={align}>
        {label}
      </SortableTh>
    ) : (
      <Table.Th style={{ textAlign: align }}>{label}</Table.Th>
    );
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(id);
    }
  };

  return (
    <Table.ScrollContainer minWidth={hideOwner ? 620 : 720} type="native">
      <Table
        highlightOnHover
        data-testid="accounts-table"
        aria-busy={busy}
        style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead className="rp-table-head">
          <Table.Tr>
            {th('name', 'Account')}
            <Table.Th>Tier</Table.Th>
            <Table.Th visibleFrom="md">Stage</Table.Th>
            {th('arr', 'ARR', 'right')}
            {th('renewalDate', 'Renewal')}
            {hideOwner ? null : <Table.Th>Owner</Table.Th>}
            <Table.Th style={{ textAlign: 'right' }} visibleFrom="md">
              <abbr title="Active stakeholders" style={{ textDecoration: 'none' }}>
                Stakeholders
              </abbr>
            </Table.Th>
            <Table.Th>Last engaged</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} className="rp-row-link" tabIndex={0} onClick={() => open(a.id)} onKeyDown={(e) => onKeyDown(e, a.id)}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: a.id }} />}
                  tabIndex={-1}
                  fw={600}
                  size="sm"
                  c="dark.8"
                  onClick={(e) => e.stopPropagation()}
                >
                  {a.name}
                </Anchor>
                {a.industry ? (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {a.industry}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <TierBadge tier={a.tier} />
              </Table.Td>
              <Table.Td visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
                <StageBadge stage={a.lifecycleStage} />
              </Table.Td>
              <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatMoney(a.arr)}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RenewalText date={a.renewalDate} closed={a.lifecycleStage === 'churned' || a.lifecycleStage === 'renewed'} />
              </Table.Td>
              {hideOwner ? null : (
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={a.ownerName ? undefined : 'dimmed'}>
                    {a.ownerName ?? 'Unassigned'}
                  </Text>
                </Table.Td>
              )}
              <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }} visibleFrom="md">
                <Text size="sm" c={a.activeStakeholders === 0 ? 'red.7' : undefined}>
                  {a.activeStakeholders}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text
                  size="sm"
                  c={a.lastTouchpointAt ? undefined : 'dimmed'}
                  title={a.lastTouchpointAt ? formatDateTime(a.lastTouchpointAt) : undefined}
                >
                  {daysAgo(a.lastTouchpointAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
