/** Users and their roles; admins add, disable/enable, change roles and reset passwords. */
import { ActionIcon, Badge, Button, Group, Menu, Paper, Select, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { optionsOf, ROLE_LABELS, ROLES, type Role } from '../../domain/labels.ts';
import { errorMessage } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { IconDots, IconKey, IconPlus, IconUsers } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { useMe } from '../auth/session.ts';
import { CreateUserModal } from './create-user-modal.tsx';
import { SetPasswordModal } from './set-password-modal.tsx';
import { type User, type UserPatch, useUpdateUser, useUsers } from './users-api.ts';

export function UsersPanel() {
  const me = useMe();
  const users = useUsers();
  const update = useUpdateUser();
  const [adding, addModal] = useDisclosure(false);
  const [resetting, setResetting] = useState<User | null>(null);

  const change = (user: User, patch: UserPatch, done: string) =>
    update.mutate(
      { id: user.id, patch },
      {
        onSuccess: () => notifications.show({ color: 'teal', title: done, message: user.name || user.email }),
        onError: (err) => notifications.show({ color: 'red', title: 'Could not change the user', message: errorMessage(err) }),
      },
    );

  const sorted = [...(users.data ?? [])].sort(
    (a, b) => Number(a.disabled) - Number(b.disabled) || (a.name || a.email).localeCompare(b.name || b.email),
  );

  return (
    <>
      <Group justify="space-between" mb="md">
        <Text size="sm" c="dimmed">
          {users.data
            ? `${users.data.filter((u) => !u.disabled).length} active, ${users.data.filter((u) => u.disabled).length} disabled`
            : ' '}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={addModal.open}>
          Add user
        </Button>
      </Group>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {users.isPending ? (
          <div style={{ padding: 16 }}>
            <LoadingBlock rows={5} label="Loading users" />
          </div>
        ) : users.isError ? (
          <div style={{ padding: 16 }}>
            <ErrorAlert error={users.error} onRetry={() => users.refetch()} />
          </div>
        ) : sorted.length === 0 ? (
          <Empty icon={<IconUsers />} title="No users" />
        ) : (
          <Table.ScrollContainer minWidth={640} type="native">
            <Table data-testid="users-table">
              <Table.Thead className="rp-table-head">
                <Table.Tr>
                  <Table.Th>User</Table.Th>
                  <Table.Th style={{ width: 180 }}>Role</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Added</Table.Th>
                  <Table.Th style={{ width: 48 }}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((u) => {
                  const self = u.id === me.id;
                  return (
                    <Table.Tr key={u.id} style={u.disabled ? { opacity: 0.6 } : undefined}>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {u.name || u.email}
                          {self ? (
                            <Text span size="xs" c="dimmed" fw={400}>
                              {' '}
                              (you)
                            </Text>
                          ) : null}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {u.email}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={`Role of ${u.name || u.email}`}
                          size="xs"
                          allowDeselect={false}
                          data={optionsOf(ROLES, ROLE_LABELS)}
                          value={u.role}
                          disabled={self || u.disabled}
                          onChange={(v) => v && v !== u.role && change(u, { role: v as Role }, `Role changed to ${ROLE_LABELS[v as Role]}`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        {u.disabled ? (
                          <Badge color="gray" variant="light" radius="sm">
                            Disabled
                          </Badge>
                        ) : (
                          <Badge color="teal" variant="light" radius="sm">
                            Active
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(u.createdAt)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Menu position="bottom-end" shadow="md">
                          <Menu.Target>
                            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${u.name || u.email}`}>
                              <IconDots />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setResetting(u)}>
                              Set new password…
                            </Menu.Item>
                            {self ? null : u.disabled ? (
                              <Menu.Item onClick={() => change(u, { disabled: false }, 'User enabled')}>Enable</Menu.Item>
                            ) : (
                              <Menu.Item color="red" onClick={() => change(u, { disabled: true }, 'User disabled')}>
                                Disable
                              </Menu.Item>
                            )}
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <CreateUserModal opened={adding} onClose={addModal.close} />
      <SetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
