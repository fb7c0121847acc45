/** Users (everyone may list them: owners, participants) and their administration. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../domain/labels.ts';
import { api } from '../../lib/api.ts';

export type User = { id: string; email: string; name: string; role: Role; disabled: boolean; createdAt: string };

export const usersQuery = queryOptions({
  queryKey: ['users'],
  queryFn: () => api<{ items: User[] }>('/users').then((r) => r.items),
  staleTime: 60_000,
});

export const useUsers = () => useQuery(usersQuery);

/** Users who can own accounts or take part in touchpoints, as select options. */
export function useUserOptions(filter: (u: User) => boolean = (u) => !u.disabled) {
  const users = useUsers();
  const options = (users.data ?? [])
    .filter(filter)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((u) => ({ value: u.id, label: u.name || u.email }));
  return { ...users, options };
}

export type NewUser = { email: string; name?: string; role: Role; password?: string };

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => api<{ user: User; password: string }>('/users', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
}

export type UserPatch = { name?: string; role?: Role; disabled?: boolean; password?: string };

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => api<User>(`/users/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
}
