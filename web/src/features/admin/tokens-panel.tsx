/** API tokens: list, create (shown once), revoke. */
import { Badge, Button, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { daysAgo, formatDate, formatDateTime } from '../../lib/format.ts';
import { ConfirmModal } from '../../ui/confirm-modal.tsx';
import { IconKey, IconPlus } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { CreateTokenModal } from './create-token-modal.tsx';
import { type ApiToken, tokensQuery, useRevokeToken } from './tokens-api.ts';

export function TokensPanel() {
  const tokens = useQuery(tokensQuery);
  const revoke = useRevokeToken();
  const [creating, createModal] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const sorted = [...(tokens.data ?? [])].sort(
    (a, b) => Number(Boolean(a.revokedAt)) - Number(Boolean(b.revokedAt)) || b.createdAt.localeCompare(a.createdAt),
  );

  const createButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
      Create token
    </Button>
  );

  return (
    <>
      <Group justify="space-between" mb="md">
        <Text size="sm" c="dimmed">
          Tokens let scripts and integrations use the REST API as a user.
        </Text>
        {createButton}
      </Group>
      <Paper p={0} style={{ overflow: 'hidden' }}>
        {tokens.isPending ? (
          <div style={{ padding: 16 }}>
            <LoadingBlock rows={3} label="Loading tokens" />
          </div>
        ) : tokens.isError ? (
          <div style={{ padding: 16 }}>
            <ErrorAlert error={tokens.error} onRetry={() => tokens.refetch()} />
          </div>
        ) : sorted.length === 0 ? (
          <Empty icon={<IconKey />} title="No API tokens" description="Create one for an integration or script." />
        ) : (
          <Table.ScrollContainer minWidth={640} type="native">
            <Table data-testid="tokens-table">
              <Table.Thead className="rp-table-head">
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>User</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((t) => (
                  <Table.Tr key={t.id} style={t.revokedAt ? { opacity: 0.6 } : undefined}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {t.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t.userEmail}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(t.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        c={t.lastUsedAt ? undefined : 'dimmed'}
                        title={t.lastUsedAt ? formatDateTime(t.lastUsedAt) : undefined}
                      >
                        {t.lastUsedAt ? daysAgo(t.lastUsedAt) : 'Never'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {t.revokedAt ? (
                        <Badge color="gray" variant="light" radius="sm" title={`Revoked ${formatDateTime(t.revokedAt)}`}>
                          Revoked
                        </Badge>
                      ) : (
                        <Badge color="teal" variant="light" radius="sm">
                          Active
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>
                      {t.revokedAt ? null : (
                        <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(t)} aria-label={`Revoke token ${t.name}`}>
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <CreateTokenModal opened={creating} onClose={createModal.close} />
      <ConfirmModal
        opened={Boolean(revoking)}
        onClose={() => {
          revoke.reset();
          setRevoking(null);
        }}
        title="Revoke API token"
        message={revoking ? `Revoke “${revoking.name}”? Anything using it stops working at once.` : ''}
        confirmLabel="Revoke token"
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', title: 'Token revoked', message: revoking.name });
              setRevoking(null);
            },
          })
        }
      />
    </>
  );
}
