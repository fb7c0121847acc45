/** Invites a user with a role; when no password is given the server generates one, shown here once. */
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { optionsOf, ROLE_LABELS, ROLES, type Role } from '../../domain/labels.ts';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import { IconAlert } from '../../ui/icons.tsx';
import { SecretOnce } from '../../ui/secret-once.tsx';
import { useCreateUser } from './users-api.ts';

const ROLE_HELP: Record<Role, string> = {
  admin: 'Manages users, roles and API tokens; writes everything',
  leader: 'Sees and changes every account',
  csm: 'Changes the accounts they own; reads the rest',
  viewer: 'Reads everything, changes nothing',
};

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add user">
      {opened ? <CreateUserForm onDone={onClose} /> : null}
    </Modal>
  );
}

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('csm');
  const [password, setPassword] = useState('');
  const create = useCreateUser();
  const fields = fieldErrorsOf(create.error);

  if (create.data) {
    return (
      <Stack gap="md">
        <Text size="sm">
          <b>{create.data.user.name || create.data.user.email}</b> can now sign in as {ROLE_LABELS[create.data.user.role]} with{' '}
          <b>{create.data.user.email}</b>.
        </Text>
        <SecretOnce
          label="Password"
          value={create.data.password}
          hint="This password is shown only once. Give it to the user through a safe channel."
        />
        <Group justify="flex-end">
          <Button onClick={onDone} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ email: email.trim(), name: name.trim() || undefined, role, password: password || undefined });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.isError && Object.keys(fields).length === 0 ? (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <TextInput
          label="E-mail"
          type="email"
          required
          data-autofocus
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={fields.email}
        />
        <TextInput label="Name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} />
        <Select
          label="Role"
          required
          allowDeselect={false}
          data={optionsOf(ROLES, ROLE_LABELS)}
          value={role}
          onChange={(v) => v && setRole(v as Role)}
          description={ROLE_HELP[role]}
          error={fields.role}
        />
        <PasswordInput
          label="Password"
          description="Leave empty to generate a strong one (shown once). At least 10 characters."
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fields.password}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!email.trim()}>
            Add user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
