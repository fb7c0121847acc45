/** The relationship heat map: accounts (rows) × personas (columns). Arrow keys move between cells, Enter opens one. */
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type KeyboardEvent, useRef, useState } from 'react';
import { type Persona, personaLabel } from '../../domain/labels.ts';
import { RenewalText, TierBadge } from '../accounts/account-badges.tsx';
import type { HeatMapRow, Segment } from './coverage-api.ts';
import { requirementOf } from './coverage-format.ts';
import { HeatMapCell } from './heat-map-cell.tsx';
import { SeverityBadge } from './severity-badge.tsx';

type Props = { personas: Persona[]; items: HeatMapRow[]; segments: Segment[] | undefined; busy: boolean };

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function HeatMapTable({ personas, items, segments, busy }: Props) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const [fr, fc] = [Math.min(focus[0], items.length - 1), Math.min(focus[1], personas.length - 1)];

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, r: number, c: number) => {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const next: [number, number] = [
      Math.max(0, Math.min(items.length - 1, r + move[0])),
      Math.max(0, Math.min(personas.length - 1, c + move[1])),
    ];
    setFocus(next);
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus();
  };

  return (
    <Table.ScrollContainer minWidth={1060} type="native">
      <Table
        ref={tableRef}
        className="rp-heat-table"
        verticalSpacing={6}
        horizontalSpacing="sm"
        aria-busy={busy}
        data-testid="heat-map"
        style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 120ms' }}
      >
        <Table.Thead className="rp-table-head">
          <Table.Tr>
            <Table.Th className="rp-heat-sticky" style={{ minWidth: 230 }}>
              Account
            </Table.Th>
            <Table.Th style={{ minWidth: 104 }}>Gaps</Table.Th>
            <Table.Th style={{ minWidth: 112 }}>Renewal</Table.Th>
            {personas.map((p) => (
              <Table.Th key={p} className="rp-heat-persona" style={{ textTransform: 'none', letterSpacing: 0 }}>
                {personaLabel(p)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row, r) => (
            <Table.Tr key={row.accountId}>
              <Table.Td className="rp-heat-sticky">
                <Anchor
                  renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: row.accountId }} />}
                  fw={600}
                  size="sm"
                  c="dark.8"
                  lineClamp={1}
                  title={row.name}
                >
                  {row.name}
                </Anchor>
                <Group gap={6} wrap="nowrap" mt={2}>
                  <TierBadge tier={row.tier} size="xs" />
                  {row.silent ? (
                    <Badge
                      size="xs"
                      color="grape"
                      variant="filled"
                      title="Nobody invited in the latest assessment answered after the last reminder"
                    >
                      Silent
                    </Badge>
                  ) : null}
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {row.ownerName ?? 'Unassigned'}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {row.worstSeverity ? (
                  <>
                    <SeverityBadge severity={row.worstSeverity} size="xs" />
                    <Text size="xs" c="dimmed" mt={2}>
                      {row.openGaps} open gap{row.openGaps === 1 ? '' : 's'}
                    </Text>
                  </>
                ) : (
                  <Text size="xs" c="teal.8" fw={600}>
                    No gaps
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RenewalText date={row.renewalDate} closed={row.lifecycleStage === 'churned' || row.lifecycleStage === 'renewed'} />
              </Table.Td>
              {personas.map((p, c) => (
                <Table.Td key={p} className="rp-heat-td">
                  <HeatMapCell
                    accountId={row.accountId}
                    accountName={row.name}
                    persona={p}
                    cell={row.cells[p] ?? null}
                    limit={requirementOf(segments, row.segmentId, p)?.recencyDays ?? null}
                    tabbable={r === fr && c === fc}
                    position={`${r}-${c}`}
                    onFocus={() => setFocus([r, c])}
                    onKeyDown={(e) => onKeyDown(e, r, c)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
