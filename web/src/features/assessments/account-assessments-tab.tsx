/** An account's Assessments tab: NPS beside participation, open follow-ups, the answers (measured beside assessed sentiment), the latest invitations. */
import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { labelOf, SENTIMENT_LABELS } from '../../domain/labels.ts';
import { formatDate } from '../../lib/format.ts';
import { IconAssessment, IconCheck } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import type { Account } from '../accounts/accounts-api.ts';
import { canWriteAccount } from '../auth/permissions.ts';
import { useMe } from '../auth/session.ts';
import { CoverageSection } from '../coverage/coverage-section.tsx';
import { PersonaBadges, SentimentBadge } from '../stakeholders/stakeholder-badges.tsx';
import { TaskList } from './answers/task-list.tsx';
import { plural } from './assessment-labels.ts';
import { GroupsBar, NpsWithRate, ScoreGroupBadge, SilentBadge } from './assessment-parts.tsx';
import {
  type AccountAssessments,
  type AccountResponse,
  accountAssessmentsQuery,
  type Participation,
  settingsQuery,
  tasksQuery,
} from './assessments-api.ts';
import { InvitationsTable } from './programs/wave-page.tsx';

export function AccountAssessmentsTab({ account }: { account: Account }) {
  const me = useMe();
  const data = useQuery(accountAssessmentsQuery(account.id));
  const tasks = useQuery(tasksQuery({ owner: 'all', status: 'open', accountId: account.id }));
  const productName = useQuery(settingsQuery).data?.productName;
  // Prompts are stored with their placeholders; show them as the stakeholder read them.
  const fill = (prompt: string) => prompt.replaceAll('{product}', productName || 'the product').replaceAll('{company}', account.name);
  const writable = canWriteAccount(me, account);

  if (data.isPending) return <LoadingBlock rows={5} label="Loading assessments" />;
  if (data.isError) return <ErrorAlert error={data.error} title="Could not load the assessments" onRetry={() => data.refetch()} />;
  const { nps, participation, responses, invitations, silent } = data.data;
  const nothing = responses.length === 0 && invitations.length === 0;

  return (
    <Stack gap="md" data-testid="account-assessments">
      <Paper p="md" data-testid="account-nps">
        {nothing ? (
          <Empty
            icon={<IconAssessment />}
            title="Not assessed yet"
            description="No stakeholder of this account has been invited to an assessment, and no past answers were imported."
          />
        ) : (
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <div>
                <Group gap="sm">
                  <NpsWithRate cell={{ ...participation, nps: nps.nps }} size="lg" />
                  {silent ? <SilentBadge /> : null}
                </Group>
                <Text size="xs" c="dimmed">
                  Basis: {nps.basis}
                </Text>
              </div>
            </Group>
            <GroupsBar counts={barCounts(nps, participation)} size="md" />
          </Stack>
        )}
      </Paper>

      <CoverageSection
        title="Open follow-ups"
        description="Created by every answer, and by silence after the last reminder"
        testId="account-assessment-tasks"
      >
        {tasks.isPending ? (
          <div style={{ padding: '0 16px 16px' }}>
            <LoadingBlock rows={2} label="Loading follow-up tasks" />
          </div>
        ) : tasks.isError ? (
          <div style={{ padding: '0 16px 16px' }}>
            <ErrorAlert error={tasks.error} title="Could not load the follow-up tasks" onRetry={() => tasks.refetch()} />
          </div>
        ) : tasks.data.length === 0 ? (
          <Group gap="xs" px="md" pb="md" c="teal.8">
            <IconCheck size={18} />
            <Text size="sm">No open follow-ups.</Text>
          </Group>
        ) : (
          <TaskList tasks={tasks.data} showAccount={false} showOwner canChange={() => writable} />
        )}
      </CoverageSection>

      <CoverageSection
        title="Responses"
        description={responses.length ? `${plural(responses.length, 'response')}, newest first` : undefined}
        testId="account-responses"
      >
        {responses.length === 0 ? (
          <Text size="sm" c="dimmed" px="md" pb="md">
            No answers yet.
          </Text>
        ) : (
          <Stack gap={0}>
            {[...responses]
              .sort((a, b) => b.respondedAt.localeCompare(a.respondedAt))
              .map((r) => (
                <ResponseItem key={r.id} response={r} fill={fill} />
              ))}
          </Stack>
        )}
      </CoverageSection>

      <CoverageSection
        title="Latest invitations"
        description="The stakeholders asked in the account’s latest wave"
        testId="account-invitations"
      >
        {invitations.length === 0 ? (
          <Text size="sm" c="dimmed" px="md" pb="md">
            Nobody in this account has been invited yet.
          </Text>
        ) : (
          <InvitationsTable invitations={invitations} showAccount={false} />
        )}
      </CoverageSection>
    </Stack>
  );
}

/**
 * Participation counts invited stakeholders only. When the account also has answers from outside a
 * wave (imported past answers), the bar shows every answer's group beside the invited who did not answer.
 */
function barCounts(nps: AccountAssessments['nps'], participation: Participation) {
  if (nps.responses <= participation.responded) return participation;
  return { promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors, nonResponders: participation.nonResponders };
}

/** Imported answers have no questionnaire: their answers carry only a key. */
const IMPORTED_PROMPTS: Record<string, string> = { nps: 'Score (0–10)', comment: 'Comment' };
const promptOf = (a: AccountResponse['answers'][number]) =>
  a.prompt === a.questionId ? (IMPORTED_PROMPTS[a.questionId] ?? a.prompt) : a.prompt;

function ResponseItem({ response: r, fill }: { response: AccountResponse; fill: (prompt: string) => string }) {
  const disagrees = Boolean(r.measuredSentiment && r.assessedSentiment && r.measuredSentiment !== r.assessedSentiment);
  return (
    <article
      style={{ padding: '12px 16px', borderTop: '1px solid var(--mantine-color-gray-2)' }}
      aria-label={`Response from ${r.stakeholderName ?? 'an unknown stakeholder'}`}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap={8}>
            <Text size="sm" fw={600}>
              {r.stakeholderName ?? 'Unmatched respondent'}
            </Text>
            <ScoreGroupBadge group={r.group} score={r.score} />
            <PersonaBadges personas={r.personas} size="xs" />
          </Group>
          <Text size="xs" c="dimmed">
            {formatDate(r.respondedAt)} · {r.source === 'import' ? 'imported' : 'answered on their personal link'}
          </Text>
        </Stack>
        {r.stakeholderId ? (
          <Group gap="sm" wrap="wrap" data-testid="sentiment-compare">
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed">
                Measured
              </Text>
              <SentimentBadge sentiment={r.measuredSentiment} />
            </Group>
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed">
                CSM assessed
              </Text>
              <SentimentBadge sentiment={r.assessedSentiment} />
            </Group>
            {disagrees ? (
              <Tooltip
                label={`The stakeholder’s own answer says ${labelOf(SENTIMENT_LABELS, r.measuredSentiment).toLowerCase()}; the CSM assessed ${labelOf(SENTIMENT_LABELS, r.assessedSentiment).toLowerCase()}. Worth a conversation.`}
                multiline
                maw={300}
                withArrow
              >
                <Badge color="red" variant="outline" radius="sm" size="sm">
                  Disagrees
                </Badge>
              </Tooltip>
            ) : null}
          </Group>
        ) : null}
      </Group>
      <Stack gap={6} mt="sm" component="dl" style={{ margin: '8px 0 0' }}>
        {r.answers.map((a) => (
          <div key={a.questionId}>
            <Text size="xs" c="dimmed" component="dt">
              {fill(promptOf(a))}
            </Text>
            <Text size="sm" component="dd" m={0} fw={typeof a.value === 'number' ? 600 : undefined} className="rp-summary">
              {a.value === '' ? (
                <Text span c="dimmed" size="sm">
                  (no answer)
                </Text>
              ) : (
                String(a.value)
              )}
            </Text>
          </div>
        ))}
      </Stack>
    </article>
  );
}
