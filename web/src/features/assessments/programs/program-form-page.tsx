/** Create or edit a program: targeting (stages × personas × segments), trigger, reminders, escalation, response window. */
import { DECISION_MAKER_PERSONAS, INFLUENCING_USER_PERSONAS } from '@domain/personas.ts';
import {
  Alert,
  Anchor,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import {
  LIFECYCLE_STAGES,
  type LifecycleStage,
  optionsOf,
  PERSONA_LABELS,
  PERSONAS,
  type Persona,
  STAGE_LABELS,
} from '../../../domain/labels.ts';
import { errorMessage, fieldErrorsOf } from '../../../lib/api.ts';
import { IconArrowLeft } from '../../../ui/icons.tsx';
import { LabeledSegmented } from '../../../ui/labeled-segmented.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { segmentsQuery } from '../../coverage/coverage-api.ts';
import { reminderText, TRIGGER_KIND_LABELS, targetingText, triggerText } from '../assessment-labels.ts';
import {
  type Program,
  type ProgramInput,
  programsQuery,
  type Questionnaire,
  questionnairesQuery,
  type Trigger,
  type TriggerKind,
  useSaveProgram,
} from '../assessments-api.ts';
import { useSegmentName } from './programs-page.tsx';

type Draft = {
  name: string;
  questionnaireId: string | null;
  stages: LifecycleStage[];
  personas: Persona[];
  segmentIds: string[];
  triggerKind: TriggerKind;
  triggerDays: number | '';
  triggerStage: LifecycleStage;
  reminders: string;
  escalate: boolean;
  escalateAfterDays: number | '';
  responseWindowDays: number | '';
  active: boolean;
};

const DEFAULT_DAYS: Record<TriggerKind, number> = { every: 180, after_stage: 30, before_renewal: 120 };

function draftOf(program: Program | undefined, questionnaires: Questionnaire[]): Draft {
  if (!program) {
    return {
      name: '',
      questionnaireId: (questionnaires.find((q) => q.isDefault) ?? questionnaires[0])?.id ?? null,
      stages: [],
      personas: [],
      segmentIds: [],
      triggerKind: 'every',
      triggerDays: 180,
      triggerStage: 'adoption',
      reminders: '5, 10',
      escalate: true,
      escalateAfterDays: 5,
      responseWindowDays: 30,
      active: false,
    };
  }
  return {
    name: program.name,
    questionnaireId: program.questionnaireId,
    stages: program.stages,
    personas: program.personas,
    segmentIds: program.segmentIds,
    triggerKind: program.trigger.kind,
    triggerDays: program.trigger.days,
    triggerStage: program.trigger.kind === 'after_stage' ? program.trigger.stage : 'adoption',
    reminders: program.reminderDays.join(', '),
    escalate: program.escalateAfterDays != null,
    escalateAfterDays: program.escalateAfterDays ?? 5,
    responseWindowDays: program.responseWindowDays,
    active: program.active,
  };
}

/** "5, 10" → [5, 10]; null when something is not a positive whole number. */
function parseReminders(text: string): number[] | null {
  const parts = text
    .split(/[,\s;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const days = parts.map(Number);
  if (days.some((d) => !Number.isInteger(d) || d <= 0)) return null;
  return [...new Set(days)].sort((a, b) => a - b);
}

function triggerOf(d: Draft): Trigger {
  const days = d.triggerDays === '' ? 0 : d.triggerDays;
  if (d.triggerKind === 'after_stage') return { kind: 'after_stage', stage: d.triggerStage, days };
  return { kind: d.triggerKind, days };
}

type Validated = { input: ProgramInput; errors: Record<string, string> };

function validate(d: Draft): Validated {
  const errors: Record<string, string> = {};
  if (!d.name.trim()) errors.name = 'Give the program a name';
  if (!d.questionnaireId) errors.questionnaireId = 'Choose a questionnaire';
  if (d.triggerDays === '' || d.triggerDays < (d.triggerKind === 'every' ? 1 : 0)) errors.trigger = 'Enter a number of days';
  const reminders = parseReminders(d.reminders);
  if (!reminders) errors.reminderDays = 'Whole days separated by commas, e.g. 5, 10';
  if (d.escalate && (d.escalateAfterDays === '' || d.escalateAfterDays < 0)) errors.escalateAfterDays = 'Enter a number of days';
  if (d.responseWindowDays === '' || d.responseWindowDays < 1) errors.responseWindowDays = 'Enter a number of days';
  return {
    errors,
    input: {
      name: d.name.trim(),
      questionnaireId: d.questionnaireId ?? '',
      stages: d.stages,
      personas: d.personas,
      segmentIds: d.segmentIds,
      trigger: triggerOf(d),
      reminderDays: reminders ?? [],
      escalateAfterDays: d.escalate && d.escalateAfterDays !== '' ? d.escalateAfterDays : null,
      responseWindowDays: d.responseWindowDays === '' ? 30 : d.responseWindowDays,
      active: d.active,
    },
  };
}

export function ProgramFormPage() {
  const { programId } = useParams({ strict: false });
  const programs = useQuery(programsQuery);
  const questionnaires = useQuery(questionnairesQuery);
  const title = programId ? 'Edit program' : 'New program';

  if (programs.isPending || questionnaires.isPending) return <LoadingBlock label="Loading the program" />;
  if (programs.isError || questionnaires.isError) {
    return (
      <ErrorAlert
        error={programs.error ?? questionnaires.error}
        title="Could not load the program"
        onRetry={() => {
          void programs.refetch();
          void questionnaires.refetch();
        }}
      />
    );
  }
  const program = programId ? programs.data.find((p) => p.id === programId) : undefined;
  if (programId && !program) return <ErrorAlert error={new Error('This program does not exist (any more).')} title="Program not found" />;
  return <ProgramForm key={program?.id ?? 'new'} title={title} program={program} questionnaires={questionnaires.data} />;
}

function ProgramForm({ title, program, questionnaires }: { title: string; program?: Program; questionnaires: Questionnaire[] }) {
  const [draft, setDraft] = useState(() => draftOf(program, questionnaires));
  const [showErrors, setShowErrors] = useState(false);
  const segments = useQuery(segmentsQuery);
  const segmentName = useSegmentName();
  const save = useSaveProgram();
  const navigate = useNavigate();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const { input, errors } = validate(draft);
  const server = fieldErrorsOf(save.error);
  const err = (key: string, ...serverKeys: string[]) =>
    (showErrors ? errors[key] : undefined) ?? [key, ...serverKeys].map((k) => server[k]).find(Boolean);

  const submit = () => {
    setShowErrors(true);
    if (Object.keys(errors).length > 0) return;
    save.mutate(
      { id: program?.id, input },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', title: program ? 'Program saved' : 'Program created', message: saved.name });
          void navigate({ to: '/assessments/programs/$programId/preview', params: { programId: saved.id } });
        },
      },
    );
  };

  const setPersonaGroup = (group: readonly Persona[]) => set('personas', [...group]);

  return (
    <>
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/assessments/programs" />}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> All programs
        </Group>
      </Anchor>
      <PageHeader title={title} description="Saving shows a preview of exactly who would be invited, before anything is sent." />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
        aria-label={title}
      >
        <Stack gap="md">
          <FormSection title="Program">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Name"
                placeholder="e.g. Strategic decision makers, twice a year"
                required
                value={draft.name}
                onChange={(e) => set('name', e.currentTarget.value)}
                error={err('name')}
              />
              <Select
                label="Questionnaire"
                required
                data={questionnaires.map((q) => ({ value: q.id, label: `${q.name} (version ${q.version})` }))}
                value={draft.questionnaireId}
                onChange={(v) => set('questionnaireId', v)}
                allowDeselect={false}
                error={err('questionnaireId')}
                description={
                  <>
                    Edit questions under{' '}
                    <Anchor size="xs" renderRoot={(props) => <Link {...props} to="/assessments/questionnaires" />}>
                      Questionnaires
                    </Anchor>
                  </>
                }
              />
            </SimpleGrid>
          </FormSection>

          <FormSection
            title="Who is asked"
            description="Leave a list empty to include everyone. Only active stakeholders with an e-mail address are invited."
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <MultiSelect
                label="Lifecycle stages"
                placeholder={draft.stages.length ? undefined : 'Any stage'}
                data={optionsOf(LIFECYCLE_STAGES, STAGE_LABELS)}
                value={draft.stages}
                onChange={(v) => set('stages', v as LifecycleStage[])}
                clearable
                error={err('stages')}
              />
              <div>
                <MultiSelect
                  label="Personas"
                  placeholder={draft.personas.length ? undefined : 'Any persona'}
                  data={optionsOf(PERSONAS, PERSONA_LABELS)}
                  value={draft.personas}
                  onChange={(v) => set('personas', v as Persona[])}
                  clearable
                  error={err('personas')}
                />
                <Group gap={4} mt={4}>
                  <Button size="compact-xs" variant="subtle" onClick={() => setPersonaGroup(DECISION_MAKER_PERSONAS)}>
                    Decision makers
                  </Button>
                  <Button size="compact-xs" variant="subtle" onClick={() => setPersonaGroup(INFLUENCING_USER_PERSONAS)}>
                    Influencing users
                  </Button>
                </Group>
              </div>
              <MultiSelect
                label="Segments"
                placeholder={draft.segmentIds.length ? undefined : 'Any segment'}
                data={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                value={draft.segmentIds}
                onChange={(v) => set('segmentIds', v)}
                clearable
                error={err('segmentIds') ?? (segments.isError ? 'Could not load the segments' : undefined)}
              />
            </SimpleGrid>
          </FormSection>

          <FormSection title="When">
            <Stack gap="md">
              <LabeledSegmented
                label="Trigger"
                value={draft.triggerKind}
                onChange={(v) => {
                  const kind = v as TriggerKind;
                  setDraft((d) => ({ ...d, triggerKind: kind, triggerDays: DEFAULT_DAYS[kind] }));
                }}
                data={(['every', 'after_stage', 'before_renewal'] as const).map((k) => ({ value: k, label: TRIGGER_KIND_LABELS[k] }))}
              />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                <NumberInput
                  label={
                    draft.triggerKind === 'every'
                      ? 'Ask every (days)'
                      : draft.triggerKind === 'after_stage'
                        ? 'Days after entering the stage'
                        : 'Days before the renewal date'
                  }
                  min={0}
                  allowDecimal={false}
                  value={draft.triggerDays}
                  onChange={(v) => set('triggerDays', v === '' ? '' : Number(v))}
                  error={err('trigger', 'trigger.days')}
                />
                {draft.triggerKind === 'after_stage' ? (
                  <Select
                    label="Stage"
                    data={optionsOf(LIFECYCLE_STAGES, STAGE_LABELS)}
                    value={draft.triggerStage}
                    onChange={(v) => v && set('triggerStage', v as LifecycleStage)}
                    allowDeselect={false}
                    error={server['trigger.stage']}
                  />
                ) : null}
              </SimpleGrid>
            </Stack>
          </FormSection>

          <FormSection title="Reminders and escalation">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                label="Reminders (days after the invitation)"
                description="Separated by commas; empty for no reminders"
                placeholder="5, 10"
                value={draft.reminders}
                onChange={(e) => set('reminders', e.currentTarget.value)}
                error={err('reminderDays')}
              />
              <Stack gap={6}>
                <Switch
                  label="Escalate silence to the CSM"
                  description="A task when the stakeholder is still silent after the last reminder"
                  checked={draft.escalate}
                  onChange={(e) => set('escalate', e.currentTarget.checked)}
                />
                {draft.escalate ? (
                  <NumberInput
                    label="Escalate after (days after the last reminder)"
                    min={0}
                    allowDecimal={false}
                    value={draft.escalateAfterDays}
                    onChange={(v) => set('escalateAfterDays', v === '' ? '' : Number(v))}
                    error={err('escalateAfterDays')}
                  />
                ) : null}
              </Stack>
              <NumberInput
                label="Response window (days)"
                description="The wave closes after this; answers can be changed until then"
                min={1}
                allowDecimal={false}
                value={draft.responseWindowDays}
                onChange={(v) => set('responseWindowDays', v === '' ? '' : Number(v))}
                error={err('responseWindowDays')}
              />
            </SimpleGrid>
          </FormSection>

          <Paper p="md">
            <Stack gap="sm">
              <Switch
                label="Active"
                description="An active program launches a wave by itself every night for whoever is due. Leave it off to launch by hand."
                checked={draft.active}
                onChange={(e) => set('active', e.currentTarget.checked)}
              />
              <Text size="sm" data-testid="program-summary">
                <Text span fw={600}>
                  In short:
                </Text>{' '}
                {targetingText(input, segmentName)} · {triggerText(input.trigger).toLowerCase()} ·{' '}
                {reminderText(input.reminderDays, input.escalateAfterDays).toLowerCase()} · the wave closes after {input.responseWindowDays}{' '}
                days.
              </Text>
            </Stack>
          </Paper>

          {save.isError && Object.keys(server).length === 0 ? (
            <Alert color="red" variant="light" role="alert" title="Could not save the program">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/assessments/programs">
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {program ? 'Save and preview' : 'Create and preview'}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Paper p="md" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
      <Title order={2} size="h5" component="legend" style={{ float: 'left', width: '100%', padding: 0 }}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" style={{ clear: 'both' }}>
          {description}
        </Text>
      ) : null}
      <div style={{ clear: 'both', paddingTop: 12 }}>{children}</div>
    </Paper>
  );
}
