/** Build a questionnaire: add, reorder and remove questions. Saving makes a new version; answers keep the version they were given against. */
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../../lib/api.ts';
import { formatDate } from '../../../lib/format.ts';
import { IconArrowLeft, IconChevronDown, IconChevronUp, IconInfo, IconPlus, IconTrash } from '../../../ui/icons.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { QUESTION_KIND_LABELS } from '../assessment-labels.ts';
import {
  type Question,
  type QuestionKind,
  type QuestionnaireDetail,
  questionnaireQuery,
  useSaveQuestionnaire,
} from '../assessments-api.ts';

const newId = () => `q_${Math.random().toString(36).slice(2, 10)}`;

const TEMPLATES: Record<QuestionKind, () => Question> = {
  nps: () => ({ id: newId(), kind: 'nps', prompt: 'How likely are you to recommend {product} to a colleague?', required: true }),
  scale5: () => ({ id: newId(), kind: 'scale5', prompt: '', required: false, lowLabel: 'Very poor', highLabel: 'Excellent' }),
  text: () => ({ id: newId(), kind: 'text', prompt: '', required: false }),
};

const STARTER: () => Question[] = () => [TEMPLATES.nps(), { ...TEMPLATES.text(), prompt: 'What is the main reason for your score?' }];

export function QuestionnaireBuilderPage() {
  const { questionnaireId } = useParams({ strict: false });
  const detail = useQuery({ ...questionnaireQuery(questionnaireId ?? ''), enabled: Boolean(questionnaireId) });
  if (questionnaireId && detail.isPending) return <LoadingBlock label="Loading the questionnaire" />;
  if (questionnaireId && detail.isError) {
    return <ErrorAlert error={detail.error} title="Could not load the questionnaire" onRetry={() => detail.refetch()} />;
  }
  return <Builder key={detail.data ? `${detail.data.id}-${detail.data.version}` : 'new'} questionnaire={detail.data} />;
}

function Builder({ questionnaire }: { questionnaire?: QuestionnaireDetail }) {
  const [name, setName] = useState(questionnaire?.name ?? '');
  const [questions, setQuestions] = useState<Question[]>(() => questionnaire?.questions ?? STARTER());
  const [showErrors, setShowErrors] = useState(false);
  const save = useSaveQuestionnaire();
  const navigate = useNavigate();
  const server = fieldErrorsOf(save.error);

  const changed = !questionnaire || JSON.stringify(questions) !== JSON.stringify(questionnaire.questions);
  const dirty = changed || name !== questionnaire?.name;
  const problems = {
    name: name.trim() ? undefined : 'Give the questionnaire a name',
    empty: questions.length === 0 ? 'Add at least one question' : undefined,
    prompts: questions.some((q) => !q.prompt.trim()) ? 'Every question needs a prompt' : undefined,
  };

  const update = (i: number, patch: Partial<Question>) => setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const move = (i: number, by: -1 | 1) =>
    setQuestions((qs) => {
      const next = [...qs];
      const [item] = next.splice(i, 1);
      if (item) next.splice(i + by, 0, item);
      return next;
    });
  const remove = (i: number) => setQuestions((qs) => qs.filter((_, j) => j !== i));
  const add = (kind: QuestionKind) => setQuestions((qs) => [...qs, TEMPLATES[kind]()]);

  const submit = () => {
    setShowErrors(true);
    if (problems.name || problems.empty || problems.prompts) return;
    const clean = questions.map((q) =>
      q.kind === 'scale5' ? { ...q, prompt: q.prompt.trim() } : { id: q.id, kind: q.kind, prompt: q.prompt.trim(), required: q.required },
    );
    save.mutate(
      { id: questionnaire?.id, input: { name: name.trim(), questions: clean } },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            title: 'Questionnaire saved',
            message: `${saved.name} is now at version ${saved.version}.`,
          });
          void navigate({ to: '/assessments/questionnaires/$questionnaireId', params: { questionnaireId: saved.id } });
        },
      },
    );
  };

  const nextVersion = questionnaire ? questionnaire.version + 1 : 1;

  return (
    <>
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/assessments/questionnaires" />}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> All questionnaires
        </Group>
      </Anchor>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {questionnaire ? questionnaire.name : 'New questionnaire'}
            {questionnaire ? (
              <Badge variant="light" radius="sm" data-testid="questionnaire-version">
                Version {questionnaire.version}
              </Badge>
            ) : null}
          </Group>
        }
        description="Questions stakeholders answer on their personal link. {product} becomes your product name, {company} the account’s name."
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
        aria-label="Questionnaire"
      >
        <Stack gap="md" maw={900}>
          <Alert color="indigo" variant="light" icon={<IconInfo />}>
            {questionnaire
              ? `Saving changed questions creates version ${nextVersion}. Answers already given stay with the version they were given against — they never change. New invitations use the new version.`
              : 'Saving creates version 1. Later changes create new versions; answers already given never change.'}
          </Alert>
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={(showErrors && problems.name) || server.name}
            maw={480}
          />
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Questions">
            {questions.map((q, i) => (
              <Paper key={q.id} p="md" component="li" className="rp-asm-question">
                <Group justify="space-between" mb="xs" wrap="nowrap">
                  <Title order={2} size="h6">
                    Question {i + 1}
                  </Title>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label="Move up">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        disabled={i === 0}
                        onClick={() => move(i, -1)}
                        aria-label={`Move question ${i + 1} up`}
                      >
                        <IconChevronUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Move down">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        disabled={i === questions.length - 1}
                        onClick={() => move(i, 1)}
                        aria-label={`Move question ${i + 1} down`}
                      >
                        <IconChevronDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Remove">
                      <ActionIcon variant="subtle" color="red" onClick={() => remove(i)} aria-label={`Remove question ${i + 1}`}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
                <Stack gap="sm">
                  <Group align="flex-start" gap="md" wrap="wrap">
                    <Select
                      label="Kind"
                      data={(Object.keys(QUESTION_KIND_LABELS) as QuestionKind[]).map((k) => ({
                        value: k,
                        label: QUESTION_KIND_LABELS[k],
                      }))}
                      value={q.kind}
                      allowDeselect={false}
                      onChange={(v) =>
                        v &&
                        update(
                          i,
                          v === 'scale5'
                            ? { kind: 'scale5', lowLabel: q.lowLabel ?? 'Very poor', highLabel: q.highLabel ?? 'Excellent' }
                            : { kind: v as QuestionKind },
                        )
                      }
                      w={180}
                    />
                    <Switch
                      label="Required"
                      checked={q.required}
                      onChange={(e) => update(i, { required: e.currentTarget.checked })}
                      mt={30}
                    />
                  </Group>
                  <Textarea
                    label="Prompt"
                    autosize
                    minRows={1}
                    value={q.prompt}
                    onChange={(e) => update(i, { prompt: e.currentTarget.value })}
                    error={showErrors && !q.prompt.trim() ? 'Write the question' : server[`questions.${i}.prompt`]}
                  />
                  {q.kind === 'scale5' ? (
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                      <TextInput
                        label="Label under 1"
                        value={q.lowLabel ?? ''}
                        onChange={(e) => update(i, { lowLabel: e.currentTarget.value })}
                      />
                      <TextInput
                        label="Label under 5"
                        value={q.highLabel ?? ''}
                        onChange={(e) => update(i, { highLabel: e.currentTarget.value })}
                      />
                    </SimpleGrid>
                  ) : null}
                  {q.kind === 'nps' ? (
                    <Text size="xs" c="dimmed">
                      Answered 0–10. 9–10 are promoters, 7–8 passives, 0–6 detractors; the answer also sets the stakeholder’s measured
                      sentiment.
                    </Text>
                  ) : null}
                </Stack>
              </Paper>
            ))}
          </Stack>
          {showErrors && problems.empty ? (
            <Text size="sm" c="red.7" role="alert">
              {problems.empty}
            </Text>
          ) : null}
          <Group gap="xs">
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => add('nps')}>
              Add NPS question
            </Button>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => add('scale5')}>
              Add 1–5 question
            </Button>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => add('text')}>
              Add text question
            </Button>
          </Group>
          {save.isError && Object.keys(server).length === 0 ? (
            <Alert color="red" variant="light" role="alert" title="Could not save">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/assessments/questionnaires">
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={!dirty}>
              {questionnaire ? (changed ? `Save as version ${nextVersion}` : 'Save name') : 'Create questionnaire'}
            </Button>
          </Group>
          {questionnaire?.versions?.length ? <Versions versions={questionnaire.versions} /> : null}
        </Stack>
      </form>
    </>
  );
}

function Versions({ versions }: { versions: QuestionnaireDetail['versions'] }) {
  return (
    <Paper p={0} style={{ overflow: 'hidden' }} component="section" aria-label="Versions">
      <Title order={2} size="h5" p="md" pb="xs">
        Versions
      </Title>
      <Table verticalSpacing={6}>
        <Table.Thead className="rp-table-head">
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Questions</Table.Th>
            <Table.Th>Answers given</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...versions]
            .sort((a, b) => b.version - a.version)
            .map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{v.version}</Table.Td>
                <Table.Td>{formatDate(v.createdAt)}</Table.Td>
                <Table.Td>{v.questionCount}</Table.Td>
                <Table.Td>{v.responseCount}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
