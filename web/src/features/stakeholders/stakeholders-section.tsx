/** The Stakeholders tab: who they are, how they feel, how strong the relationship is, and who has left. */
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { IconPlus, IconUsers } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import type { Account } from '../accounts/accounts-api.ts';
import { canWriteAccount } from '../auth/permissions.ts';
import { useMe } from '../auth/session.ts';
import { HistoryDrawer } from './history-drawer.tsx';
import { LeaveModal } from './leave-modal.tsx';
import { StakeholderFormModal } from './stakeholder-form-modal.tsx';
import { type StakeholderDraft, toInput, toPatch } from './stakeholder-form-state.ts';
import { accountStakeholdersQuery, type Stakeholder, useCreateStakeholder, useUpdateStakeholder } from './stakeholders-api.ts';
import { StakeholdersTable } from './stakeholders-table.tsx';

export function StakeholdersSection({ account }: { account: Account }) {
  const me = useMe();
  const writable = canWriteAccount(me, account);
  const list = useQuery(accountStakeholdersQuery(account.id));
  const [adding, addModal] = useDisclosure(false);
  const [editing, setEditing] = useState<Stakeholder | null>(null);
  const [leaving, setLeaving] = useState<Stakeholder | null>(null);
  const [viewingHistory, setViewingHistory] = useState<Stakeholder | null>(null);
  const create = useCreateStakeholder();
  const update = useUpdateStakeholder();

  const openAdd = () => {
    create.reset();
    addModal.open();
  };
  const openEdit = (s: Stakeholder) => {
    update.reset();
    setEditing(s);
  };

  const submit = (draft: StakeholderDraft) => {
    if (editing) {
      const patch = toPatch(editing, draft);
      if (Object.keys(patch).length === 0) return setEditing(null);
      update.mutate(
        { id: editing.id, patch },
        {
          onSuccess: (s) => {
            setEditing(null);
            notifications.show({ color: 'teal', title: 'Stakeholder saved', message: s.person.fullName });
          },
        },
      );
    } else {
      create.mutate(toInput(account.id, draft), {
        onSuccess: (s) => {
          addModal.close();
          notifications.show({ color: 'teal', title: 'Stakeholder added', message: s.person.fullName });
        },
      });
    }
  };

  const addButton = (testId?: string) =>
    writable ? (
      <Button leftSection={<IconPlus size={16} />} onClick={openAdd} data-testid={testId}>
        Add stakeholder
      </Button>
    ) : null;

  const active = list.data?.filter((s) => s.status === 'active') ?? [];
  const left = list.data?.filter((s) => s.status === 'left') ?? [];
  const tableProps = { writable, onEdit: openEdit, onHistory: setViewingHistory, onLeave: setLeaving };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <div>
          <Title order={2} size="h4">
            Stakeholders
          </Title>
          <Text size="sm" c="dimmed">
            The people who decide, pay, sponsor, champion and use — and how each of them feels.
          </Text>
        </div>
        {addButton('add-stakeholder')}
      </Group>

      {list.isPending ? (
        <LoadingBlock rows={4} label="Loading stakeholders" />
      ) : list.isError ? (
        <ErrorAlert error={list.error} title="Could not load stakeholders" onRetry={() => list.refetch()} />
      ) : (
        <>
          <Paper p={0} style={{ overflow: 'hidden' }}>
            {active.length === 0 ? (
              <Empty
                icon={<IconUsers />}
                title="No active stakeholders"
                description="Map the decision makers, budget holder, executive sponsor, champions and day-to-day users of this account."
                action={addButton()}
              />
            ) : (
              <StakeholdersTable items={active} variant="active" {...tableProps} />
            )}
          </Paper>
          {left.length > 0 ? (
            <Stack gap="xs" mt="sm">
              <Title order={3} size="h5" c="dimmed">
                Left the account ({left.length})
              </Title>
              <Paper p={0} style={{ overflow: 'hidden' }}>
                <StakeholdersTable items={left} variant="left" {...tableProps} />
              </Paper>
            </Stack>
          ) : null}
        </>
      )}

      <StakeholderFormModal
        opened={adding || Boolean(editing)}
        onClose={() => {
          addModal.close();
          setEditing(null);
        }}
        stakeholder={editing ?? undefined}
        existingPersonIds={active.map((s) => s.personId)}
        submitting={create.isPending || update.isPending}
        error={editing ? update.error : create.error}
        onSubmit={submit}
      />
      <LeaveModal stakeholder={leaving} onClose={() => setLeaving(null)} />
      <HistoryDrawer stakeholder={viewingHistory} onClose={() => setViewingHistory(null)} />
    </Stack>
  );
}
