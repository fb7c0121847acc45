/** The top of an account page: identity, stage, money and dates, and the account-level actions. */
import {
  ActionIcon,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { labelOf, REGION_LABELS, SIZE_BAND_LABELS } from '../../domain/labels.ts';
import { formatInteger, formatMoney } from '../../lib/format.ts';
import { ConfirmModal } from '../../ui/confirm-modal.tsx';
import { IconDots, IconPencil, IconTrash } from '../../ui/icons.tsx';
import { canWriteAccount, canWriteAnyAccount, writeBlockedReason } from '../auth/permissions.ts';
import { useMe } from '../auth/session.ts';
import { RenewalText, StageBadge, TierBadge } from './account-badges.tsx';
import { AccountFormModal } from './account-form-modal.tsx';
import { type Account, useDeleteAccount, useUpdateAccount } from './accounts-api.ts';
import { ChangeStageModal } from './change-stage-modal.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <div style={{ marginTop: 2 }}>{typeof children === 'string' ? <Text size="sm">{children}</Text> : children}</div>
    </div>
  );
}

export function AccountHeader({ account }: { account: Account }) {
  const me = useMe();
  const navigate = useNavigate();
  const writable = canWriteAccount(me, account);
  const [editing, edit] = useDisclosure(false);
  const [changingStage, stageModal] = useDisclosure(false);
  const [deleting, deleteModal] = useDisclosure(false);
  const update = useUpdateAccount(account.id);
  const remove = useDeleteAccount(account.id);

  return (
    <Paper p="lg" mb="lg">
      <Breadcrumbs mb="xs" separator="›" fz="sm">
        <Anchor component={Link} to="/accounts" size="sm">
          Accounts
        </Anchor>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {account.name}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={8}>
          <Title order={1} size="h2">
            {account.name}
          </Title>
          <Group gap="xs">
            <TierBadge tier={account.tier} size="md" />
            <StageBadge stage={account.lifecycleStage} size="md" />
            {writable ? null : (
              <Tooltip label={writeBlockedReason(me)} withArrow>
                <Badge variant="default" size="md" radius="sm">
                  Read-only<VisuallyHidden>: {writeBlockedReason(me)}</VisuallyHidden>
                </Badge>
              </Tooltip>
            )}
          </Group>
        </Stack>
        {writable ? (
          <Group gap="xs">
            <Button variant="default" onClick={stageModal.open}>
              Change stage
            </Button>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} />}
              onClick={() => {
                update.reset();
                edit.open();
              }}
            >
              Edit
            </Button>
            {canWriteAnyAccount(me) ? (
              <Menu position="bottom-end" shadow="md">
                <Menu.Target>
                  <ActionIcon variant="default" size="lg" aria-label="More account actions">
                    <IconDots />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={deleteModal.open}>
                    Delete account
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="lg" verticalSpacing="md" mt="lg">
        <Fact label="ARR">
          <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatMoney(account.arr)}
          </Text>
        </Fact>
        <Fact label="Renewal">
          <RenewalText date={account.renewalDate} closed={account.lifecycleStage === 'churned' || account.lifecycleStage === 'renewed'} />
        </Fact>
        <Fact label="Owner">{account.ownerName ?? 'Unassigned'}</Fact>
        <Fact label="Region">{labelOf(REGION_LABELS, account.region)}</Fact>
        <Fact label="Size band">{labelOf(SIZE_BAND_LABELS, account.sizeBand)}</Fact>
        <Fact label="Industry">{account.industry || '—'}</Fact>
        <Fact label="Employees">{formatInteger(account.employees)}</Fact>
      </SimpleGrid>
      {account.salesforceId || account.hubspotId ? (
        <Text size="xs" c="dimmed" mt="md">
          {account.salesforceId ? `Salesforce ${account.salesforceId}` : ''}
          {account.salesforceId && account.hubspotId ? ' · ' : ''}
          {account.hubspotId ? `HubSpot ${account.hubspotId}` : ''}
        </Text>
      ) : null}

      <ChangeStageModal account={account} opened={changingStage} onClose={stageModal.close} />
      <AccountFormModal
        opened={editing}
        onClose={edit.close}
        me={me}
        account={account}
        submitting={update.isPending}
        error={update.error}
        onSubmit={(input) =>
          update.mutate(input, {
            onSuccess: () => {
              edit.close();
              notifications.show({ color: 'teal', title: 'Account saved', message: input.name });
            },
          })
        }
      />
      <ConfirmModal
        opened={deleting}
        onClose={deleteModal.close}
        title="Delete account"
        message={`Delete ${account.name}? Its stakeholders, touchpoints and history will no longer be shown.`}
        confirmLabel="Delete account"
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifications.show({ color: 'teal', title: 'Account deleted', message: account.name });
              navigate({ to: '/accounts' });
            },
          })
        }
      />
    </Paper>
  );
}
