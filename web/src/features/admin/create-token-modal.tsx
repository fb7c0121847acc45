import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import { SecretOnce } from '../../ui/secret-once.tsx';
import { useCreateToken } from './tokens-api.ts';

export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Create API token" size="lg">
      {opened ? <CreateTokenForm onDone={onClose} /> : null}
    </Modal>
  );
}

function CreateTokenForm({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('');
  const create = useCreateToken();
  const fields = fieldErrorsOf(create.error);

  if (create.data) {
    return (
      <Stack gap="md">
        <SecretOnce
          label="API token"
          value={create.data.token}
          hint="This token is shown only once; Rapport keeps only a hash. Send it as “Authorization: Bearer <token>”."
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
    if (name.trim()) create.mutate({ name: name.trim() });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.isError && !fields.name ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error)}
          </Alert>
        ) : null}
        <TextInput
          label="Name"
          description="What uses it, e.g. “Salesforce nightly sync”"
          required
          data-autofocus
          maxLength={100}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields.name}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
