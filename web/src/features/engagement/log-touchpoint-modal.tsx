/** Logs a call, meeting, e-mail, QBR… with who took part. Notes are internal and never count as engagement. */
import { Alert, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { type FormEvent, useState } from 'react';
import { personaLabel, TOUCHPOINT_KIND_LABELS, TOUCHPOINT_KINDS, type TouchpointKind } from '../../domain/labels.ts';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import { IconAlert, IconInfo } from '../../ui/icons.tsx';
import { useUserOptions } from '../admin/users-api.ts';
import type { Me } from '../auth/session.ts';
import type { Stakeholder } from '../stakeholders/stakeholders-api.ts';
import { useLogTouchpoint } from './touchpoints-api.ts';

type Props = { opened: boolean; onClose: () => void; accountId: string; stakeholders: Stakeholder[]; me: Me };

export function LogTouchpointModal({ opened, onClose, ...rest }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Log touchpoint" size="lg">
      {opened ? <LogTouchpointForm onDone={onClose} {...rest} /> : null}
    </Modal>
  );
}

const FORMAT = 'YYYY-MM-DD HH:mm:ss';

function LogTouchpointForm({ accountId, stakeholders, me, onDone }: Omit<Props, 'opened' | 'onClose'> & { onDone: () => void }) {
  const [kind, setKind] = useState<TouchpointKind>('call');
  const [occurredAt, setOccurredAt] = useState<string | null>(() => dayjs().second(0).format(FORMAT));
  const [stakeholderIds, setStakeholderIds] = useState<string[]>([]);
  const [userIds, setUserIds] = useState<string[]>([me.id]);
  const [summary, setSummary] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const log = useLogTouchpoint();
  const users = useUserOptions((u) => !u.disabled || userIds.includes(u.id));
  const serverFields = fieldErrorsOf(log.error);
  const errors = { ...serverFields, ...missing };
  const isNote = kind === 'note';

  const stakeholderOptions = stakeholders
    .filter((s) => s.status === 'active')
    .map((s) => ({
      value: s.id,
      label: s.personas.length ? `${s.person.fullName} — ${s.personas.map(personaLabel).join(', ')}` : s.person.fullName,
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!occurredAt) problems.occurredAt = 'Choose when it happened';
    setMissing(problems);
    if (!occurredAt) return;
    log.mutate(
      {
        accountId,
        kind,
        occurredAt: dayjs(occurredAt).toISOString(),
        summary: summary.trim(),
        stakeholderIds,
        userIds,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Touchpoint logged', message: TOUCHPOINT_KIND_LABELS[kind] });
          onDone();
        },
      },
    );
  };

  const generalError = log.error && Object.keys(serverFields).length === 0 ? errorMessage(log.error) : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {generalError ? (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {generalError}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Select
            label="Kind"
            required
            data-autofocus
            allowDeselect={false}
            data={TOUCHPOINT_KINDS.map((k) => ({ value: k, label: TOUCHPOINT_KIND_LABELS[k] }))}
            value={kind}
            onChange={(v) => v && setKind(v as TouchpointKind)}
            error={errors.kind}
          />
          <DateTimePicker
            label="When"
            required
            valueFormat="D MMM YYYY, HH:mm"
            value={occurredAt}
            onChange={setOccurredAt}
            error={errors.occurredAt}
            popoverProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        {isNote ? (
          <Alert color="gray" variant="light" icon={<IconInfo />}>
            Internal notes are for your team only. They never count as engagement with a stakeholder.
          </Alert>
        ) : null}
        <MultiSelect
          label="Stakeholders who took part"
          placeholder={stakeholderOptions.length ? 'Choose stakeholders' : 'This account has no active stakeholders yet'}
          searchable
          clearable
          data={stakeholderOptions}
          value={stakeholderIds}
          onChange={setStakeholderIds}
          error={errors.stakeholderIds}
          nothingFoundMessage="No matching stakeholder"
          disabled={stakeholderOptions.length === 0}
        />
        <MultiSelect
          label="From our team"
          searchable
          data={users.options}
          value={userIds}
          onChange={setUserIds}
          error={errors.userIds}
          nothingFoundMessage="No matching user"
        />
        <Textarea
          label="Summary"
          placeholder={isNote ? 'What the team should know' : 'What was discussed, decisions, next steps'}
          autosize
          minRows={4}
          maxRows={12}
          maxLength={5000}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={errors.summary}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={log.isPending}>
            {isNote ? 'Save note' : 'Log touchpoint'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
