/** Stakeholders of an account, their history, and persona suggestions from a job title. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schema } from '../../api/client.ts';

export type Stakeholder = Schema<'Stakeholder'>;
export type PersonFields = Stakeholder['person'];
export type StakeholderChange = Schema<'StakeholderChange'>;
export type StakeholderInput = Schema<'StakeholderInput'>;
export type NewPerson = NonNullable<StakeholderInput['person']>;
export type StakeholderPatch = Schema<'StakeholderPatch'>;
export type PersonPatch = NonNullable<StakeholderPatch['person']>;
export type PersonaSuggestion = Schema<'PersonaSuggestion'>;

export const stakeholderKeys = {
  all: ['stakeholders'] as const,
  ofAccount: (accountId: string) => ['stakeholders', 'account', accountId] as const,
  history: (id: string) => ['stakeholders', 'history', id] as const,
};

export const accountStakeholdersQuery = (accountId: string) =>
  queryOptions({
    queryKey: stakeholderKeys.ofAccount(accountId),
    queryFn: () =>
      data(client.GET('/accounts/{id}/stakeholders', { params: { path: { id: accountId }, query: { status: 'all' } } })).then(
        (r) => r.items,
      ),
  });

export const stakeholderHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: stakeholderKeys.history(id),
    queryFn: () => data(client.GET('/stakeholders/{id}/history', { params: { path: { id } } })).then((r) => r.items),
  });

export const personaSuggestionQuery = (title: string) =>
  queryOptions({
    queryKey: ['persona-suggestion', title],
    queryFn: () => data(client.GET('/persona-suggestions', { params: { query: { title } } })),
    enabled: title.trim().length >= 2,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

function useInvalidateStakeholders() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: stakeholderKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      // Gaps follow stakeholders and touchpoints: the Coverage tab and heat map must recompute.
      queryClient.invalidateQueries({ queryKey: ['coverage'] }),
    ]);
}

export function useCreateStakeholder() {
  const invalidate = useInvalidateStakeholders();
  return useMutation({
    mutationFn: (input: StakeholderInput) => data(client.POST('/stakeholders', { body: input })),
    onSuccess: invalidate,
  });
}

export function useUpdateStakeholder() {
  const invalidate = useInvalidateStakeholders();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: StakeholderPatch }) =>
      data(client.PATCH('/stakeholders/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: invalidate,
  });
}

export function useMarkStakeholderLeft() {
  const invalidate = useInvalidateStakeholders();
  return useMutation({
    mutationFn: ({ id, leftAt, reason }: { id: string; leftAt?: string; reason?: string }) =>
      data(client.POST('/stakeholders/{id}/leave', { params: { path: { id } }, body: { leftAt, reason } })),
    onSuccess: invalidate,
  });
}
