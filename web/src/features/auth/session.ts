/** Who is signed in, and signing in and out. */
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { type BodyOf, client, data, type Schema } from '../../api/client.ts';

export type Me = Schema<'Me'>;

export const meQueryOptions = queryOptions({
  queryKey: ['me'],
  queryFn: () => data(client.GET('/auth/me')),
  staleTime: 5 * 60_000,
  retry: false,
});

/** Only used below the authenticated layout, whose beforeLoad has already loaded the user. */
export const useMe = () => useSuspenseQuery(meQueryOptions).data;

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/auth/sign-in', 'post'>) => data(client.POST('/auth/sign-in', { body: input })),
    onSuccess: (result) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions.queryKey, result.user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => data(client.POST('/auth/sign-out')),
    onSettled: () => queryClient.clear(),
  });
}

/** A redirect target must stay inside the app. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/sign-in')) return '/';
  return target;
}
