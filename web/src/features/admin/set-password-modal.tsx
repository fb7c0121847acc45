import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import { type User, useUpdateUser } from './users-api.ts';

export function SetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  return (
    <Modal opened={Boolean(user)} onClose={onClose} title="Set a new password">
      {user ? <SetPasswordForm key={user.id} user={user} onDone={onClose} /> : null}
    </Modal>
  );
}

function SetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const [password, setPassword] = useState('');
  const update = useUpdateUser();
  const fields = fieldErrorsOf(update.error);
  const tooShort = password.length > 0 && password.length < 10;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < 10) return;
    update.mutate(
      { id: user.id, patch: { password } },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Password changed', message: user.email });
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          For <b>{user.name || user.email}</b>. Tell them the new password through a safe channel.
        </Text>
        {update.isError && !fields.password ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        <PasswordInput
          label="New password"
          required
          data-autofocus
          autoComplete="new-password"
          description="At least 10 characters"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fields.password ?? (tooShort ? 'Use at least 10 characters' : undefined)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={password.length < 10}>
            Set password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
