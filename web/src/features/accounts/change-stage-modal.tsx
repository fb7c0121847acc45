/** Moves an account to another lifecycle stage, with an optional note kept in the stage history. */
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { LIFECYCLE_STAGES, type LifecycleStage, STAGE_LABELS } from '../../domain/labels.ts';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import { IconAlert } from '../../ui/icons.tsx';
import { StageBadge } from './account-badges.tsx';
import { type Account, useUpdateAccount } from './accounts-api.ts';

export function ChangeStageModal({ account, opened, onClose }: { account: Account; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Change lifecycle stage">
      {opened ? <ChangeStageForm account={account} onDone={onClose} /> : null}
    </Modal>
  );
}

function ChangeStageForm({ account, onDone }: { account: Account; onDone: () => void }) {
  const [stage, setStage] = useState<LifecycleStage | null>(null);
  const [note, setNote] = useState('');
  const update = useUpdateAccount(account.id);
  const fields = fieldErrorsOf(update.error);
  const options = LIFECYCLE_STAGES.filter((s) => s !== account.lifecycleStage).map((s) => ({ value: s, label: STAGE_LABELS[s] }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!stage) return;
    update.mutate(
      { lifecycleStage: stage, stageNote: note.trim() || undefined },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Stage changed', message: `${account.name} is now in ${STAGE_LABELS[stage]}` });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {update.isError && !fields.lifecycleStage && !fields.stageNote ? (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Current stage
          </Text>
          <StageBadge stage={account.lifecycleStage} />
        </Group>
        <Select
          label="New stage"
          required
          data-autofocus
          placeholder="Choose a stage"
          data={options}
          value={stage}
          onChange={(v) => setStage(v as LifecycleStage | null)}
          error={fields.lifecycleStage}
        />
        <Textarea
          label="Note"
          description="Optional: why the stage changed. Kept in the stage history."
          autosize
          minRows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fields.stageNote}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={!stage} loading={update.isPending}>
            Change stage
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
