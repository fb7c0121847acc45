/** Accounts over the REST API: list (server-side paging, sorting, filtering), detail, changes, stage history. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LifecycleStage, Region, SizeBand, Tier } from '../../domain/labels.ts';
import { api, withQuery } from '../../lib/api.ts';

export type Account = {
  id: string;
  name: string;
  tier: Tier;
  sizeBand: SizeBand | null;
  region: Region | null;
  industry: string | null;
  employees: number | null;
  lifecycleStage: LifecycleStage;
  arr: number | null;
  renewalDate: string | null;
  ownerId: string | null;
  ownerName: string | null;
  salesforceId: string | null;
  hubspotId: string | null;
  createdAt: string;
  updatedAt: string;
};

export type AccountListItem = Account & { activeStakeholders: number; lastTouchpointAt: string | null };

export type AccountPage = { items: AccountListItem[]; nextCursor: string | null; total: number };

export type AccountSort = 'name' | 'renewalDate' | 'arr' | 'updatedAt';

export type AccountListParams = {
  q?: string;
  tier?: string;
  stage?: string;
  region?: string;
  sizeBand?: string;
  ownerId?: string;
  renewalWithinDays?: number;
  sort?: AccountSort;
  order?: 'asc' | 'desc';
  limit?: number;
  cursor?: string;
};

export type AccountInput = {
  name: string;
  tier: Tier;
  sizeBand?: SizeBand | null;
  region?: Region | null;
  industry?: string | null;
  employees?: number | null;
  lifecycleStage?: LifecycleStage;
  arr?: number | null;
  renewalDate?: string | null;
  ownerId?: string | null;
};

export type AccountPatch = Partial<AccountInput> & { stageNote?: string };

export type StageChange = {
  id: string;
  fromStage: LifecycleStage | null;
  toStage: LifecycleStage;
  changedAt: string;
  changedBy: string | null;
  changedByName: string | null;
  note: string | null;
};

export const accountKeys = {
  all: ['accounts'] as const,
  list: (params: AccountListParams) => ['accounts', 'list', params] as const,
  detail: (id: string) => ['accounts', 'detail', id] as const,
  stageHistory: (id: string) => ['accounts', 'stage-history', id] as const,
};

export const accountListQuery = (params: AccountListParams) =>
  queryOptions({
    queryKey: accountKeys.list(params),
    queryFn: () => api<AccountPage>(withQuery('/accounts', params)),
    placeholderData: keepPreviousData,
  });

export const accountQuery = (id: string) =>
  queryOptions({ queryKey: accountKeys.detail(id), queryFn: () => api<Account>(`/accounts/${id}`) });

export const stageHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: accountKeys.stageHistory(id),
    queryFn: () => api<{ items: StageChange[] }>(`/accounts/${id}/stage-history`).then((r) => r.items),
  });

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AccountInput) => api<Account>('/accounts', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useUpdateAccount(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: AccountPatch) => api<Account>(`/accounts/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: (account) => {
      queryClient.setQueryData(accountKeys.detail(id), account);
      return queryClient.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}

export function useDeleteAccount(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>(`/accounts/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: accountKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}
