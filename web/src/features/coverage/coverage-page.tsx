/** Coverage across the portfolio: the heat map, the leaders' gap summary, and the coverage models. */
import { Button, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { errorMessage } from '../../lib/api.ts';
import { IconHistory, IconSparkles, IconTimeline, IconUsers } from '../../ui/icons.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { canWriteAnyAccount } from '../auth/permissions.ts';
import { useMe } from '../auth/session.ts';
import { useRecomputeCoverage } from './coverage-api.ts';
import { CoverageFilters } from './coverage-filters.tsx';
import { CoverageModelsView } from './coverage-models-view.tsx';
import type { CoverageSearch, CoverageView } from './coverage-search.ts';
import { GapSummaryView } from './gap-summary-view.tsx';
import { HeatMapView } from './heat-map-view.tsx';
import './coverage.css';

const route = getRouteApi('/app/coverage');

const DESCRIPTIONS: Record<CoverageView, string> = {
  'heat-map': 'Accounts × personas: who is covered, who was engaged within the limit, and how they feel.',
  summary: 'Open relationship gaps across the portfolio, by kind, CSM and tier.',
  models: 'The desired stakeholder mix per segment. Every account is measured against its segment’s model.',
};

export function CoveragePage() {
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/coverage' });
  const view = search.view ?? 'heat-map';
  const recompute = useRecomputeCoverage();

  const update = (patch: Partial<CoverageSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const clear = () => navigate({ search: { view: search.view, sort: search.sort } });

  return (
    <>
      <PageHeader
        title="Relationship coverage"
        description={DESCRIPTIONS[view]}
        actions={
          canWriteAnyAccount(me) ? (
            <Button
              variant="default"
              leftSection={<IconSparkles size={16} />}
              loading={recompute.isPending}
              onClick={() =>
                recompute.mutate(undefined, {
                  onSuccess: (r) =>
                    notifications.show({
                      color: 'teal',
                      title: 'Gaps recomputed',
                      message: `${r.accounts} accounts: ${r.gapsOpened} opened, ${r.gapsClosed} closed`,
                    }),
                  onError: (err) => notifications.show({ color: 'red', title: 'Could not recompute', message: errorMessage(err) }),
                })
              }
            >
              Recompute gaps
            </Button>
          ) : null
        }
      />
      <Tabs value={view} onChange={(v) => update({ view: v === 'heat-map' || !v ? undefined : (v as CoverageView) })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="heat-map" leftSection={<IconUsers size={16} />}>
            Heat map
          </Tabs.Tab>
          <Tabs.Tab value="summary" leftSection={<IconTimeline size={16} />}>
            Gap summary
          </Tabs.Tab>
          <Tabs.Tab value="models" leftSection={<IconHistory size={16} />}>
            Coverage models
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="heat-map">
          <CoverageFilters search={search} onChange={update} onClear={clear} withSort />
          <HeatMapView search={search} onClear={clear} />
        </Tabs.Panel>
        <Tabs.Panel value="summary">
          <CoverageFilters search={search} onChange={update} onClear={clear} />
          <GapSummaryView search={search} />
        </Tabs.Panel>
        <Tabs.Panel value="models">
          <CoverageModelsView segmentId={search.segment} onSegment={(segment) => update({ segment })} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
