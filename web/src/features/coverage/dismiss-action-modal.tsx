/** Dismissing an action needs a reason: the plan remembers why a gap was left open. */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import type { RelationshipAction } from './coverage-api.ts';

type Props = {
  action: RelationshipAction | null;
  onClose: () => void;
  onDismiss: (reason: string) => void;
  pending: boolean;
  error: unknown;
};

export function DismissActionModal({ action, onClose, onDismiss, pending, error }: Props) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const serverError = fieldErrorsOf(error).reason;
  const missing = touched && !reason.trim();
  const close = () => {
    setReason('');
    setTouched(false);
    onClose();
  };
  return (
    <Modal opened={action != null} onClose={close} title="Dismiss this action">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (reason.trim()) onDismiss(reason.trim());
        }}
      >
        <Stack gap="md">
          <Text size="sm" fw={600}>
            {action?.title}
          </Text>
          <Text size="sm" c="dimmed">
            A dismissed action stays dismissed, even when coverage is recomputed. Say why, so your leader and the next CSM understand.
          </Text>
          <Textarea
            label="Reason"
            withAsterisk
            autosize
            minRows={3}
            maxLength={1000}
            placeholder="e.g. The sponsor role is covered by the COO until the new VP starts in January"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            onBlur={() => setTouched(true)}
            error={missing ? 'Say why the action is dismissed' : serverError}
            data-autofocus
          />
          {error && !serverError ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={pending}>
              Dismiss action
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
