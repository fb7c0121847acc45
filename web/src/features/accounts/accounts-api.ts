/** Accounts over the REST API: list (server-side paging, sorting, filtering), detail, changes, stage history. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, type QueryOf, type Schema } from '../../api/client.ts';

export type Account = Schema<'Account'>;
export type AccountListItem = Schema<'AccountListItem'>;
export type AccountPage = Schema<'AccountPage'>;
export type AccountListParams = QueryOf<'/accounts', 'get'>;
export type AccountSort = NonNullable<AccountListParams['sort']>;
export type AccountInput = Schema<'AccountInput'>;
export type AccountPatch = Schema<'AccountPatch'>;
export type StageChange = Schema<'StageChange'>;

export const accountKeys = {
  all: ['accounts'] as const,
  list: (params: AccountListParams) => ['accounts', 'list', params] as const,
  detail: (id: string) => ['accounts', 'detail', id] as const,
  stageHistory: (id: string) => ['accounts', 'stage-history', id] as const,
};

export const accountListQuery = (params: AccountListParams) =>
  queryOptions({
    queryKey: accountKeys.list(params),
    queryFn: () => data(client.GET('/accounts', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const accountQuery = (id: string) =>
  queryOptions({
    queryKey: accountKeys.detail(id),
    queryFn: () => data(client.GET('/accounts/{id}', { params: { path: { id } } })),
  });

export const stageHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: accountKeys.stageHistory(id),
    queryFn: () => data(client.GET('/accounts/{id}/stage-history', { params: { path: { id } } })).then((r) => r.items),
  });

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AccountInput) => data(client.POST('/accounts', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useUpdateAccount(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: AccountPatch) => data(client.PATCH('/accounts/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: (account) => {
      queryClient.setQueryData(accountKeys.detail(id), account);
      return queryClient.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}

export function useDeleteAccount(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.DELETE('/accounts/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: accountKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] });
    },
  });
}
