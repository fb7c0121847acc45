/** The heat map tab: filters, legend, one server page of accounts × personas, previous/next. */
import { Button, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { CursorPager, useCursorStack } from '../../ui/cursor-pager.tsx';
import { IconBuilding } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { heatMapQuery, segmentsQuery } from './coverage-api.ts';
import { type CoverageSearch, hasCoverageFilters, toPortfolioFilter } from './coverage-search.ts';
import { HeatMapLegend } from './heat-map-legend.tsx';
import { HeatMapTable } from './heat-map-table.tsx';

const PAGE_SIZE = 50;

export function HeatMapView({ search, onClear }: { search: CoverageSearch; onClear: () => void }) {
  const params = { ...toPortfolioFilter(search), sort: search.sort ?? 'severity' };
  const pager = useCursorStack(JSON.stringify(params));
  const page = useQuery(heatMapQuery({ ...params, limit: PAGE_SIZE, cursor: pager.cursor }));
  const segments = useQuery(segmentsQuery);

  return (
    <>
      <HeatMapLegend />
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {page.isPending ? (
          <div style={{ padding: 16 }}>
            <LoadingBlock rows={10} label="Loading the heat map" />
          </div>
        ) : page.isError ? (
          <div style={{ padding: 16 }}>
            <ErrorAlert error={page.error} title="Could not load the heat map" onRetry={() => page.refetch()} />
          </div>
        ) : page.data.items.length === 0 ? (
          hasCoverageFilters(search) ? (
            <Empty
              icon={<IconBuilding />}
              title="No accounts match these filters"
              description="Remove a filter to see more of the portfolio."
              action={
                <Button variant="light" onClick={onClear}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <Empty icon={<IconBuilding />} title="No accounts yet" description="Accounts appear here once they are created or imported." />
          )
        ) : (
          <HeatMapTable personas={page.data.personas} items={page.data.items} segments={segments.data} busy={page.isPlaceholderData} />
        )}
      </Paper>
      {page.data && page.data.items.length > 0 ? (
        <CursorPager
          pager={pager}
          nextCursor={page.data.nextCursor}
          shown={page.data.items.length}
          pageSize={PAGE_SIZE}
          total={page.data.total}
          noun="accounts"
        />
      ) : null}
    </>
  );
}
