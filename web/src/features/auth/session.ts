/** Who is signed in, and signing in and out. */
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { Role } from '../../domain/labels.ts';
import { api } from '../../lib/api.ts';

export type Me = { id: string; email: string; name: string; role: Role };

export const meQueryOptions = queryOptions({
  queryKey: ['me'],
  queryFn: () => api<Me>('/auth/me', { skipAuthRedirect: true }),
  staleTime: 5 * 60_000,
  retry: false,
});

/** Only used below the authenticated layout, whose beforeLoad has already loaded the user. */
export const useMe = () => useSuspenseQuery(meQueryOptions).data;

type SignInResult = { user: Me; expiresAt: string };

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api<SignInResult>('/auth/sign-in', { method: 'POST', body: input, skipAuthRedirect: true }),
    onSuccess: (result) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryOptions.queryKey, result.user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/auth/sign-out', { method: 'POST', skipAuthRedirect: true }),
    onSettled: () => queryClient.clear(),
  });
}

/** A redirect target must stay inside the app. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/sign-in')) return '/';
  return target;
}
