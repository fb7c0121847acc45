/** Touchpoints of an account, newest first, loaded a page at a time. */
import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schema } from '../../api/client.ts';
import type { TouchpointKind } from '../../domain/labels.ts';

export type Touchpoint = Schema<'Touchpoint'>;
export type TouchpointPage = Schema<'TouchpointPage'>;
export type TouchpointInput = Schema<'TouchpointInput'>;

const PAGE_SIZE = 20;

export const touchpointsQuery = (accountId: string, kind: TouchpointKind | null) =>
  infiniteQueryOptions({
    queryKey: ['touchpoints', accountId, kind ?? 'all'],
    queryFn: ({ pageParam }) =>
      data(
        client.GET('/accounts/{id}/touchpoints', {
          params: { path: { id: accountId }, query: { kind: kind ?? undefined, limit: PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

function useInvalidateEngagement() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['touchpoints'] }),
      queryClient.invalidateQueries({ queryKey: ['stakeholders'] }),
      queryClient.invalidateQueries({ queryKey: ['accounts', 'list'] }),
      // Gaps follow stakeholders and touchpoints: the Coverage tab and heat map must recompute.
      queryClient.invalidateQueries({ queryKey: ['coverage'] }),
    ]);
}

export function useLogTouchpoint() {
  const invalidate = useInvalidateEngagement();
  return useMutation({
    mutationFn: (input: TouchpointInput) => data(client.POST('/touchpoints', { body: input })),
    onSuccess: invalidate,
  });
}

export function useDeleteTouchpoint() {
  const invalidate = useInvalidateEngagement();
  return useMutation({
    mutationFn: (id: string) => data(client.DELETE('/touchpoints/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}
