import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, type Schema } from '../../api/client.ts';

export type ApiToken = Schema<'ApiToken'>;
export type CreatedToken = Schema<'CreatedApiToken'>;

export const tokensQuery = queryOptions({
  queryKey: ['tokens'],
  queryFn: () => data(client.GET('/tokens')).then((r) => r.items),
});

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string }) => data(client.POST('/tokens', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => data(client.DELETE('/tokens/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQuery.queryKey }),
  });
}
