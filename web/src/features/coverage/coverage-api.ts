/** Relationship coverage over the REST API: segments and their models, an account's coverage, the plan, heat map, summary. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, type QueryOf, type Schema } from '../../api/client.ts';

export type HeatCell = Schema<'HeatCell'>;
export type CoverageState = HeatCell['coverage'];
export type EngagementState = HeatCell['engagement'];
export type Gap = Schema<'Gap'>;
export type Severity = Gap['severity'];
export type RelationshipAction = Schema<'RelationshipAction'>;
export type ActionStatus = RelationshipAction['status'];
export type Channel = RelationshipAction['channel'];
export type PersonaRequirement = Schema<'PersonaRequirement'>;
export type CoverageModelInput = Schema<'CoverageModelInput'>;
export type CoverageModel = Schema<'CoverageModel'>;
export type SegmentInfo = Schema<'SegmentInfo'>;
export type SegmentMatch = SegmentInfo['match'];
export type Segment = Schema<'Segment'>;
export type AccountCoverage = Schema<'AccountCoverage'>;
export type MixRow = AccountCoverage['mix'][number];
export type MatrixPoint = AccountCoverage['matrix'][number];
export type HeatMapPage = Schema<'HeatMap'>;
export type HeatMapRow = HeatMapPage['items'][number];
export type HeatMapParams = QueryOf<'/coverage/heat-map', 'get'>;
export type HeatMapSort = NonNullable<HeatMapParams['sort']>;
export type PortfolioFilter = QueryOf<'/coverage/summary', 'get'>;
export type GapSummary = Schema<'GapSummary'>;
export type SeverityCounts = GapSummary['byKind'][number];
export type AccountRef = GapSummary['singleThreaded'][number];
export type Recompute = Schema<'CoverageRecompute'>;

/** Everything coverage-related sits under one prefix: anything that changes stakeholders or touchpoints invalidates it. */
export const coverageKeys = {
  all: ['coverage'] as const,
  segments: ['coverage', 'segments'] as const,
  account: (accountId: string) => ['coverage', 'account', accountId] as const,
  heatMap: (params: HeatMapParams) => ['coverage', 'heat-map', params] as const,
  summary: (filter: PortfolioFilter) => ['coverage', 'summary', filter] as const,
  myActions: (status: string) => ['coverage', 'my-actions', status] as const,
};

export const segmentsQuery = queryOptions({
  queryKey: coverageKeys.segments,
  queryFn: () => data(client.GET('/segments')).then((r) => r.items),
});

export const accountCoverageQuery = (accountId: string) =>
  queryOptions({
    queryKey: coverageKeys.account(accountId),
    queryFn: () => data(client.GET('/accounts/{id}/coverage', { params: { path: { id: accountId } } })),
  });

export const heatMapQuery = (params: HeatMapParams) =>
  queryOptions({
    queryKey: coverageKeys.heatMap(params),
    queryFn: () => data(client.GET('/coverage/heat-map', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const gapSummaryQuery = (filter: PortfolioFilter) =>
  queryOptions({
    queryKey: coverageKeys.summary(filter),
    queryFn: () => data(client.GET('/coverage/summary', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });

export const myActionsQuery = (status: 'open' | 'all' = 'open') =>
  queryOptions({
    queryKey: coverageKeys.myActions(status),
    queryFn: () => data(client.GET('/relationship-actions', { params: { query: { status } } })).then((r) => r.items),
  });

export type ActionStatusInput = Schema<'RelationshipActionStatus'> & { id: string };

export function useSetActionStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ActionStatusInput) =>
      data(client.PATCH('/relationship-actions/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}

export function useSaveCoverageModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ segmentId, model }: { segmentId: string; model: CoverageModelInput }) =>
      data(client.PUT('/segments/{id}/coverage-model', { params: { path: { id: segmentId } }, body: model })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}

export function useRecomputeCoverage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/coverage/recompute')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}
