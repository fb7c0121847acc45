/** Add a stakeholder (an existing person or a new one) or edit one, with persona suggestions from the title. */
import { Alert, Button, Chip, Divider, Group, Input, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import {
  KEY_TO_SUCCESS,
  KEY_TO_SUCCESS_LABELS,
  type KeyToSuccess,
  PERSONA_LABELS,
  PERSONAS,
  SENTIMENT_LABELS,
  SENTIMENTS,
  type Sentiment,
} from '../../domain/labels.ts';
import { errorMessage, fieldErrorsOf } from '../../lib/api.ts';
import { IconAlert } from '../../ui/icons.tsx';
import { LabeledSegmented } from '../../ui/labeled-segmented.tsx';
import { ScaleInput } from '../../ui/scale-input.tsx';
import { PersonPicker } from './person-picker.tsx';
import { PersonaSuggestion } from './persona-suggestion.tsx';
import { SENTIMENT_COLORS } from './stakeholder-badges.tsx';
import { checkDraft, draftOf, type PersonDraft, type StakeholderDraft, titleOf } from './stakeholder-form-state.ts';
import type { Stakeholder } from './stakeholders-api.ts';

type Props = {
  opened: boolean;
  onClose: () => void;
  stakeholder?: Stakeholder;
  /** People already in this account, so the picker does not offer them twice. */
  existingPersonIds: string[];
  submitting: boolean;
  error: unknown;
  onSubmit: (draft: StakeholderDraft) => void;
};

export function StakeholderFormModal({ opened, onClose, stakeholder, ...rest }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={stakeholder ? `Edit ${stakeholder.person.fullName}` : 'Add stakeholder'}>
      {opened ? <StakeholderForm key={stakeholder?.id ?? 'new'} stakeholder={stakeholder} onCancel={onClose} {...rest} /> : null}
    </Modal>
  );
}

function StakeholderForm({
  stakeholder,
  existingPersonIds,
  submitting,
  error,
  onSubmit,
  onCancel,
}: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const editing = Boolean(stakeholder);
  const [draft, setDraft] = useState<StakeholderDraft>(() => draftOf(stakeholder));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const personasLabelId = useId();
  const serverFields = fieldErrorsOf(error);
  const errors = { ...serverFields, ...problems };
  const set = <K extends keyof StakeholderDraft>(key: K, value: StakeholderDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setPerson = (key: keyof PersonDraft, value: string) => setDraft((d) => ({ ...d, person: { ...d.person, [key]: value } }));
  const sentimentChanged = draft.sentiment !== (stakeholder?.assessedSentiment ?? null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkDraft(draft, editing);
    setProblems(found);
    if (Object.keys(found).length === 0) onSubmit(draft);
  };

  const generalError = error && Object.keys(serverFields).length === 0 ? errorMessage(error) : null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {generalError ? (
          <Alert color="red" variant="light" icon={<IconAlert />} role="alert">
            {generalError}
          </Alert>
        ) : null}

        {editing ? null : (
          <LabeledSegmented
            label="Who"
            value={draft.mode}
            onChange={(v) => set('mode', v as StakeholderDraft['mode'])}
            data={[
              { value: 'new', label: 'New person' },
              { value: 'existing', label: 'Existing person' },
            ]}
          />
        )}

        {draft.mode === 'existing' && !editing ? (
          <PersonPicker
            value={draft.existing}
            onChange={(p) => set('existing', p)}
            error={errors.personId ?? errors.person}
            excludeIds={existingPersonIds}
          />
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <TextInput
                label="First name"
                required
                data-autofocus
                value={draft.person.firstName}
                onChange={(e) => setPerson('firstName', e.currentTarget.value)}
                error={errors['person.firstName']}
              />
              <TextInput
                label="Last name"
                required
                value={draft.person.lastName}
                onChange={(e) => setPerson('lastName', e.currentTarget.value)}
                error={errors['person.lastName']}
              />
              <TextInput
                label="E-mail"
                type="email"
                value={draft.person.email}
                onChange={(e) => setPerson('email', e.currentTarget.value)}
                error={errors['person.email']}
              />
              <TextInput
                label="Phone"
                type="tel"
                value={draft.person.phone}
                onChange={(e) => setPerson('phone', e.currentTarget.value)}
                error={errors['person.phone']}
              />
            </SimpleGrid>
            <TextInput
              label="Job title"
              description="Used to suggest personas"
              value={draft.person.title}
              onChange={(e) => setPerson('title', e.currentTarget.value)}
              error={errors['person.title']}
            />
            <Text size="xs" c="dimmed">
              {editing
                ? 'Name, title and contact details belong to the person and change in every account they are part of.'
                : 'If someone with this e-mail already exists, they are reused: one person can be a stakeholder in several accounts.'}
            </Text>
          </>
        )}

        <Divider label="Role in this account" labelPosition="left" />

        <Input.Wrapper
          label="Personas"
          labelElement="div"
          labelProps={{ id: personasLabelId }}
          error={errors.personas}
          description="Select every role this person plays here"
        >
          <Stack gap="xs" mt={6}>
            <Chip.Group multiple value={draft.personas} onChange={(v) => set('personas', v)}>
              <Group gap={6} role="group" aria-labelledby={personasLabelId}>
                {PERSONAS.map((p) => (
                  <Chip key={p} value={p} size="sm" variant="outline">
                    {PERSONA_LABELS[p]}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <PersonaSuggestion title={titleOf(draft)} selected={draft.personas} onApply={(personas) => set('personas', personas)} />
          </Stack>
        </Input.Wrapper>

        <LabeledSegmented
          label="Key to success"
          description="How much the account's success depends on this person"
          value={draft.keyToSuccess}
          onChange={(v) => set('keyToSuccess', v as KeyToSuccess)}
          data={KEY_TO_SUCCESS.map((k) => ({ value: k, label: KEY_TO_SUCCESS_LABELS[k] }))}
          error={errors.keyToSuccess}
        />

        <LabeledSegmented
          label="Assessed sentiment"
          description="What you believe this person feels about us"
          value={draft.sentiment ?? ''}
          onChange={(v) => set('sentiment', (v || null) as Sentiment | null)}
          data={[{ value: '', label: 'Not assessed' }, ...SENTIMENTS.map((s) => ({ value: s, label: SENTIMENT_LABELS[s] }))]}
          color={draft.sentiment ? SENTIMENT_COLORS[draft.sentiment] : 'gray'}
          error={errors.assessedSentiment}
        />
        {draft.sentiment && (sentimentChanged || !editing) ? (
          <Textarea
            label="Why this sentiment?"
            description="Kept in the stakeholder's history with your name and the date"
            autosize
            minRows={2}
            maxLength={1000}
            value={draft.sentimentReason}
            onChange={(e) => set('sentimentReason', e.currentTarget.value)}
            error={errors.sentimentReason}
          />
        ) : null}

        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <ScaleInput
            label="Relationship strength"
            value={draft.relationshipStrength}
            onChange={(v) => set('relationshipStrength', v)}
            error={errors.relationshipStrength}
          />
          <ScaleInput
            label="Personal rapport"
            value={draft.personalRapport}
            onChange={(v) => set('personalRapport', v)}
            error={errors.personalRapport}
          />
        </SimpleGrid>

        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={submitting}>
            {editing ? 'Save changes' : 'Add stakeholder'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
