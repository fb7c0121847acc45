/** The leaders' gap summary: open gaps by kind, CSM and tier; accounts that hang on one person or have a critical stakeholder against us; the weekly trend. */
import { Anchor, Button, Grid, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { labelOf, TIER_LABELS } from '../../domain/labels.ts';
import { formatDate } from '../../lib/format.ts';
import { ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { TierBadge } from '../accounts/account-badges.tsx';
import { type AccountRef, type GapSummary, gapSummaryQuery } from './coverage-api.ts';
import { gapKindLabel } from './coverage-labels.ts';
import { type CoverageSearch, toPortfolioFilter } from './coverage-search.ts';
import { CoverageSection } from './coverage-section.tsx';
import { SeverityBars, SeverityKey } from './severity-bars.tsx';

export function GapSummaryView({ search }: { search: CoverageSearch }) {
  const summary = useQuery(gapSummaryQuery(toPortfolioFilter(search)));
  if (summary.isPending) return <LoadingBlock rows={8} label="Loading the gap summary" />;
  if (summary.isError) return <ErrorAlert error={summary.error} title="Could not load the gap summary" onRetry={() => summary.refetch()} />;
  const data = summary.data;
  const total = data.byKind.reduce((n, r) => n + r.total, 0);

  return (
    <Stack gap="md" style={{ opacity: summary.isPlaceholderData ? 0.6 : 1 }} data-testid="gap-summary">
      <Paper px="md" py="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm">
            <Text span fw={700}>
              {total}
            </Text>{' '}
            open gap{total === 1 ? '' : 's'} ·{' '}
            <Text span fw={700}>
              {data.singleThreaded.length}
              {data.singleThreaded.length >= 50 ? '+' : ''}
            </Text>{' '}
            single-threaded account{data.singleThreaded.length === 1 ? '' : 's'} ·{' '}
            <Text span fw={700}>
              {data.criticalBelowNeutral.length}
              {data.criticalBelowNeutral.length >= 50 ? '+' : ''}
            </Text>{' '}
            with a critical stakeholder below neutral
          </Text>
          <SeverityKey />
        </Group>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <CoverageSection title="By gap kind" padded>
          <SeverityBars rows={data.byKind} label={(r) => gapKindLabel(r.key)} empty="No open gaps." />
        </CoverageSection>
        <CoverageSection title="By CSM" padded>
          <SeverityBars
            rows={data.byCsm}
            empty="No open gaps."
            label={(r) =>
              r.key === 'none' ? (
                'Unassigned'
              ) : (
                <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/coverage" search={{ owner: r.key }} />}>
                  {r.label}
                </Anchor>
              )
            }
          />
        </CoverageSection>
        <CoverageSection title="By tier" padded>
          <SeverityBars
            rows={data.byTier}
            empty="No open gaps."
            label={(r) => (
              <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/coverage" search={{ tier: r.key }} />}>
                {labelOf(TIER_LABELS, r.key)}
              </Anchor>
            )}
          />
        </CoverageSection>
      </SimpleGrid>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <AccountList
            title="Single-threaded accounts"
            description="One engaged stakeholder carries the account"
            items={data.singleThreaded}
            empty="No account hangs on a single person."
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <AccountList
            title="Critical stakeholder below neutral"
            description="Critical to success, and resistant or a detractor"
            items={data.criticalBelowNeutral}
            empty="No critical stakeholder is below neutral."
          />
        </Grid.Col>
      </Grid>
      <Trend trend={data.trend} />
    </Stack>
  );
}

const SHOWN = 8;

function AccountList({ title, description, items, empty }: { title: string; description: string; items: AccountRef[]; empty: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <CoverageSection
      title={title}
      description={`${description} · ${items.length}${items.length >= 50 ? '+' : ''}`}
      testId={`summary-${title.toLowerCase().replace(/\W+/g, '-')}`}
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {empty}
        </Text>
      ) : (
        <>
          <Table verticalSpacing={8}>
            <Table.Tbody>
              {shown.map((a) => (
                <Table.Tr key={`${a.accountId}-${a.detail}`}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Anchor
                        size="sm"
                        fw={600}
                        c="dark.8"
                        lineClamp={1}
                        renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: a.accountId }} />}
                      >
                        {a.name}
                      </Anchor>
                      <TierBadge tier={a.tier} size="xs" />
                    </Group>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {a.detail}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                    <Text size="xs" c="dimmed">
                      {a.ownerName ?? 'Unassigned'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {items.length > SHOWN ? (
            <Button variant="subtle" size="xs" m="xs" onClick={() => setAll(!all)}>
              {all ? 'Show fewer' : `Show all ${items.length}`}
            </Button>
          ) : null}
        </>
      )}
    </CoverageSection>
  );
}

function Trend({ trend }: { trend: GapSummary['trend'] }) {
  const max = Math.max(1, ...trend.flatMap((w) => [w.opened, w.closed]));
  const anything = trend.some((w) => w.opened || w.closed);
  return (
    <CoverageSection title="Weekly trend" description="Gaps opened and closed per week (last 12 weeks)">
      {!anything ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          No gaps opened or closed in the last 12 weeks.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520} type="native">
          <Table verticalSpacing={4}>
            <Table.Thead className="rp-table-head">
              <Table.Tr>
                <Table.Th style={{ width: 130 }}>Week of</Table.Th>
                <Table.Th>Opened</Table.Th>
                <Table.Th>Closed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trend.map((w) => (
                <Table.Tr key={w.week}>
                  <Table.Td>
                    <Text size="sm">{formatDate(w.week)}</Text>
                  </Table.Td>
                  {(['opened', 'closed'] as const).map((k) => (
                    <Table.Td key={k} style={{ width: '42%' }}>
                      <Group gap={8} wrap="nowrap">
                        <div
                          className="rp-trend-bar"
                          style={{
                            width: `${(w[k] / max) * 80}%`,
                            background: w[k] ? `var(--mantine-color-${k === 'opened' ? 'red-5' : 'teal-5'})` : 'transparent',
                          }}
                        />
                        <Text size="sm" c={w[k] ? undefined : 'dimmed'} style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {w[k]}
                        </Text>
                      </Group>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </CoverageSection>
  );
}
