/** Relationship coverage over the REST API: segments and their models, an account's coverage, the plan, heat map, summary. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Persona, Region, Sentiment, SizeBand, Tier } from '../../domain/labels.ts';
import { api, withQuery } from '../../lib/api.ts';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type CoverageState = 'present' | 'missing' | 'too_few' | 'not_required';
export type EngagementState = 'within' | 'breached' | 'no_limit' | 'none';
export type ActionStatus = 'open' | 'done' | 'dismissed' | 'resolved';
export type Channel = 'meeting' | 'executive_outreach' | 'call' | 'email';

export type PersonaRequirement = {
  persona: Persona;
  minCount: number;
  lowestSentiment: Sentiment | null;
  recencyDays: number | null;
  participationTarget: number | null;
};

export type CoverageModelInput = { requirements: PersonaRequirement[]; minEngagedStakeholders: number; engagementWindowDays: number };
export type CoverageModel = CoverageModelInput & { segmentId: string };

export type SegmentMatch = { tiers: Tier[]; sizeBands: SizeBand[]; regions: Region[]; industries: string[] };
export type SegmentInfo = { id: string; name: string; priority: number; isDefault: boolean; match: SegmentMatch };
export type Segment = SegmentInfo & { model: CoverageModel };

export type HeatCell = {
  coverage: CoverageState;
  count: number;
  wanted: number;
  engagement: EngagementState;
  daysSinceEngaged: number | null;
  sentiment: Sentiment | null;
  /** Holders of the persona in the latest assessment wave. */
  participation: 'answered' | 'silent' | 'awaiting' | 'not_invited';
};

export type MixRow = HeatCell & { persona: Persona; requirement: PersonaRequirement | null; lastEngagedBy: string | null };

export type Gap = {
  kind: string;
  severity: Severity;
  persona: Persona | null;
  stakeholderId: string | null;
  key: string;
  explanation: string;
};

export type RelationshipAction = {
  id: string;
  accountId: string;
  gapKey: string;
  gapKind: string;
  severity: Severity;
  persona: string | null;
  stakeholderId: string | null;
  title: string;
  channel: Channel;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string;
  status: ActionStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  createdAt: string;
};

export type MatrixPoint = {
  stakeholderId: string;
  name: string;
  keyToSuccess: 'critical' | 'important' | 'peripheral';
  sentiment: Sentiment | null;
  source: 'measured' | 'assessed' | null;
  danger: boolean;
};

export type AccountCoverage = {
  segment: SegmentInfo;
  model: CoverageModel;
  mix: MixRow[];
  gaps: Gap[];
  actions: RelationshipAction[];
  matrix: MatrixPoint[];
};

export type HeatMapRow = {
  accountId: string;
  name: string;
  tier: Tier;
  lifecycleStage: string;
  renewalDate: string | null;
  ownerName: string | null;
  worstSeverity: Severity | null;
  openGaps: number;
  segmentId: string | null;
  /** Nobody invited in the latest assessment wave answered after the last reminder. */
  silent: boolean;
  cells: Partial<Record<Persona, HeatCell | null>>;
};

export type HeatMapPage = { personas: Persona[]; items: HeatMapRow[]; total: number; nextCursor: string | null };

export type PortfolioFilter = {
  q?: string;
  tier?: string;
  stage?: string;
  region?: string;
  sizeBand?: string;
  ownerId?: string;
  renewalWithinDays?: number;
};

export type HeatMapSort = 'severity' | 'renewalDate' | 'name';
export type HeatMapParams = PortfolioFilter & { sort?: HeatMapSort; limit?: number; cursor?: string };

export type SeverityCounts = { key: string; label: string; critical: number; high: number; medium: number; low: number; total: number };
export type AccountRef = { accountId: string; name: string; tier: Tier; ownerName: string | null; detail: string };
export type GapSummary = {
  byKind: SeverityCounts[];
  byCsm: SeverityCounts[];
  byTier: SeverityCounts[];
  singleThreaded: AccountRef[];
  criticalBelowNeutral: AccountRef[];
  trend: { week: string; opened: number; closed: number }[];
};

export type Recompute = { accounts: number; gapsOpened: number; gapsClosed: number; actionsCreated: number; actionsResolved: number };

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
  queryFn: () => api<{ items: Segment[] }>('/segments').then((r) => r.items),
});

export const accountCoverageQuery = (accountId: string) =>
  queryOptions({ queryKey: coverageKeys.account(accountId), queryFn: () => api<AccountCoverage>(`/accounts/${accountId}/coverage`) });

export const heatMapQuery = (params: HeatMapParams) =>
  queryOptions({
    queryKey: coverageKeys.heatMap(params),
    queryFn: () => api<HeatMapPage>(withQuery('/coverage/heat-map', params)),
    placeholderData: keepPreviousData,
  });

export const gapSummaryQuery = (filter: PortfolioFilter) =>
  queryOptions({
    queryKey: coverageKeys.summary(filter),
    queryFn: () => api<GapSummary>(withQuery('/coverage/summary', filter)),
    placeholderData: keepPreviousData,
  });

export const myActionsQuery = (status: 'open' | 'all' = 'open') =>
  queryOptions({
    queryKey: coverageKeys.myActions(status),
    queryFn: () => api<{ items: RelationshipAction[] }>(withQuery('/relationship-actions', { status })).then((r) => r.items),
  });

export type ActionStatusInput = { id: string; status: 'open' | 'done' | 'dismissed'; reason?: string };

export function useSetActionStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ActionStatusInput) => api<RelationshipAction>(`/relationship-actions/${id}`, { method: 'PATCH', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}

export function useSaveCoverageModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ segmentId, model }: { segmentId: string; model: CoverageModelInput }) =>
      api<{ segment: Segment; recompute: Recompute }>(`/segments/${segmentId}/coverage-model`, { method: 'PUT', body: model }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}

export function useRecomputeCoverage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Recompute & { milliseconds: number }>('/coverage/recompute', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coverageKeys.all }),
  });
}
