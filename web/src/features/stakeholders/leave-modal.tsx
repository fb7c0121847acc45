/** Marks a stakeholder as having left the account (a key stakeholder leaving raises a gap). */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import { todayIso } from '../../lib/format.ts';
import { IconAlert } from '../../ui/icons.tsx';
import { type Stakeholder, useMarkStakeholderLeft } from './stakeholders-api.ts';

export function LeaveModal({ stakeholder, onClose }: { stakeholder: Stakeholder | null; onClose: () => void }) {
  return (
    <Modal opened={Boolean(stakeholder)} onClose={onClose} title="Mark as left">
      {stakeholder ? <LeaveForm key={stakeholder.id} stakeholder={stakeholder} onDone={onClose} /> : null}
    </Modal>
  );
}

function LeaveForm({ stakeholder, onDone }: { stakeholder: Stakeholder; onDone: () => void }) {
  const [leftAt, setLeftAt] = useState<string | null>(todayIso());
  const [reason, setReason] = useState('');
  const leave = useMarkStakeholderLeft();
  const fields = fieldErrorsOf(leave.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    leave.mutate(
      { id: stakeholder.id, leftAt: leftAt ?? undefined, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Stakeholder marked as left', message: stakeholder.person.fullName });
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          <b>{stakeholder.person.fullName}</b> will move to “Left the account”. Their history and touchpoints are kept.
        </Text>
        {leave.isError && !fields.leftAt && !fields.reason ? (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errorMessage(leave.error)}
          </Alert>
        ) : null}
        <DateInput
          label="Left on"
          valueFormat="D MMM YYYY"
          maxDate={todayIso()}
          value={leftAt}
          onChange={setLeftAt}
          error={fields.leftAt}
          data-autofocus
        />
        <Textarea
          label="Reason"
          description="Optional, e.g. “moved to another company”"
          autosize
          minRows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fields.reason}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={leave.isPending}>
            Mark as left
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
