/** Users (everyone may list them: owners, participants) and their administration. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type BodyOf, client, data, type Schema } from '../../api/client.ts';

export type User = Schema<'User'>;

export const usersQuery = queryOptions({
  queryKey: ['users'],
  queryFn: () => data(client.GET('/users')).then((r) => r.items),
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

export type NewUser = BodyOf<'/users', 'post'>;

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => data(client.POST('/users', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
}

export type UserPatch = BodyOf<'/users/{id}', 'patch'>;

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) =>
      data(client.PATCH('/users/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
}
