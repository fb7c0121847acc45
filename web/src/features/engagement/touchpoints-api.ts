/** Touchpoints of an account, newest first, loaded a page at a time. */
import { infiniteQueryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TouchpointKind } from '../../domain/labels.ts';
import { api, withQuery } from '../../lib/api.ts';

export type Touchpoint = {
  id: string;
  accountId: string;
  kind: TouchpointKind;
  occurredAt: string;
  summary: string;
  createdBy: string | null;
  createdByName: string | null;
  stakeholders: { id: string; fullName: string; personas: string[] }[];
  internalParticipants: { id: string; name: string }[];
};

export type TouchpointPage = { items: Touchpoint[]; nextCursor: string | null; total: number };

export type TouchpointInput = {
  accountId: string;
  kind: TouchpointKind;
  occurredAt: string;
  summary: string;
  stakeholderIds: string[];
  userIds: string[];
};

const PAGE_SIZE = 20;

export const touchpointsQuery = (accountId: string, kind: string | null) =>
  infiniteQueryOptions({
    queryKey: ['touchpoints', accountId, kind ?? 'all'],
    queryFn: ({ pageParam }) =>
      api<TouchpointPage>(
        withQuery(`/accounts/${accountId}/touchpoints`, { kind: kind ?? undefined, limit: PAGE_SIZE, cursor: pageParam }),
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
    mutationFn: (input: TouchpointInput) => api<Touchpoint>('/touchpoints', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useDeleteTouchpoint() {
  const invalidate = useInvalidateEngagement();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/touchpoints/${id}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
