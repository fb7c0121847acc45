/** Assessments over the REST API: questionnaires, programs and their preview, waves, the outbox, results, tasks, settings, past answers. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LifecycleStage, Persona, Sentiment, Tier } from '../../domain/labels.ts';
import { ApiError, api, type Problem, withQuery } from '../../lib/api.ts';

// Questionnaires

export type QuestionKind = 'nps' | 'scale5' | 'text';
export type Question = { id: string; kind: QuestionKind; prompt: string; required: boolean; lowLabel?: string; highLabel?: string };
export type Questionnaire = {
  id: string;
  name: string;
  isDefault: boolean;
  version: number;
  versionId: string;
  questions: Question[];
  updatedAt: string;
};
export type QuestionnaireVersion = { id: string; version: number; createdAt: string; questionCount: number; responseCount: number };
export type QuestionnaireDetail = Questionnaire & { versions: QuestionnaireVersion[] };
export type QuestionnaireInput = { name: string; questions: Question[] };

// Programs

export type TriggerKind = 'every' | 'after_stage' | 'before_renewal';
export type Trigger =
  | { kind: 'every'; days: number }
  | { kind: 'after_stage'; stage: LifecycleStage; days: number }
  | { kind: 'before_renewal'; days: number };

export type ProgramInput = {
  name: string;
  questionnaireId: string;
  stages: LifecycleStage[];
  personas: Persona[];
  segmentIds: string[];
  trigger: Trigger;
  reminderDays: number[];
  escalateAfterDays: number | null;
  responseWindowDays: number;
  active: boolean;
};

export type WaveSummary = { id: string; launchedAt: string; invited: number; responded: number; responseRate: number | null };

export type Program = ProgramInput & { id: string; questionnaireName: string; createdAt: string; lastWave: WaveSummary | null };

export const EXCLUSION_REASONS = ['left', 'no_email', 'stage', 'persona', 'segment', 'not_due', 'fatigue', 'duplicate_person'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export type PreviewRow = {
  stakeholderId: string;
  name: string;
  email: string | null;
  personas: Persona[];
  accountId: string;
  accountName: string;
  why: string;
};
export type Preview = {
  asOf: string;
  included: PreviewRow[];
  excluded: (PreviewRow & { reason: ExclusionReason })[];
  counts: { included: number; excluded: Record<string, number> };
};

// Waves

export type Wave = {
  id: string;
  programId: string;
  programName: string;
  questionnaireName: string;
  launchedAt: string;
  closesAt: string;
  status: 'open' | 'closed';
  invited: number;
  sent: number;
  responded: number;
  responseRate: number | null;
};
export type InvitationStatus = 'scheduled' | 'sent' | 'answered' | 'silent' | 'failed';
export type Invitation = {
  id: string;
  stakeholderId: string;
  stakeholderName: string;
  accountId: string;
  accountName: string;
  email: string;
  status: InvitationStatus;
  sentAt: string | null;
  remindersSent: number;
  respondedAt: string | null;
  score: number | null;
};
export type WaveDetail = Wave & { invitations: Invitation[] };

// Outbox

export type MessageStatus = 'scheduled' | 'sending' | 'sent' | 'kept' | 'failed' | 'uncertain' | 'cancelled';
export type OutboxMessage = {
  id: string;
  kind: 'invitation' | 'reminder';
  to: string;
  subject: string;
  text: string;
  link: string;
  status: MessageStatus;
  sendAfter: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  accountName: string;
  stakeholderName: string;
  waveId: string;
};
export type OutboxPage = { items: OutboxMessage[]; nextCursor: string | null; transport: 'smtp' | 'outbox' };

// Results

export const ROLL_UP_METHODS = ['all_responses', 'mean_per_stakeholder', 'role_weighted', 'waterfall'] as const;
export type RollUpMethod = (typeof ROLL_UP_METHODS)[number];

export type Participation = {
  invited: number;
  responded: number;
  responseRate: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  nonResponders: number;
};
export type NpsCell = { nps: number | null; responses: number; promoters: number; passives: number; detractors: number };

export type Results = {
  method: RollUpMethod;
  overall: NpsCell & Participation & { scaleAbove35: { share: number | null; count: number } };
  byPersona: ({ persona: Persona } & NpsCell & Participation)[];
  bySegment: ({ segmentId: string; segmentName: string } & NpsCell & Participation)[];
  byAccount: ({
    accountId: string;
    accountName: string;
    tier: Tier;
    ownerName: string | null;
    basis: string;
    silent: boolean;
  } & NpsCell &
    Participation)[];
  byCsm: ({ userId: string | null; name: string } & Participation)[];
  byWave: ({ waveId: string; programName: string; launchedAt: string } & NpsCell & Participation)[];
  themes: { theme: string; count: number; promoters: number; passives: number; detractors: number; examples: string[] }[];
};

export type ResultsParams = {
  programId?: string;
  waveId?: string;
  segmentId?: string;
  persona?: string;
  method?: RollUpMethod;
};

// One account

export type ScoreGroup = 'promoter' | 'passive' | 'detractor';
export type AccountResponse = {
  id: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  personas: Persona[];
  score: number | null;
  group: ScoreGroup | null;
  answers: { questionId: string; prompt: string; kind: string; value: number | string }[];
  respondedAt: string;
  source: 'link' | 'import';
  waveId: string | null;
  measuredSentiment: Sentiment | null;
  assessedSentiment: Sentiment | null;
};
export type AccountAssessments = {
  responses: AccountResponse[];
  invitations: Invitation[];
  nps: NpsCell & { basis: string };
  participation: Participation;
  silent: boolean;
};

// Tasks

export type TaskKind = 'promoter_follow_up' | 'passive_follow_up' | 'detractor_follow_up' | 'silent_escalation';
export type Task = {
  id: string;
  kind: TaskKind;
  title: string;
  accountId: string;
  accountName: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  dueDate: string;
  status: 'open' | 'done';
  createdAt: string;
  responseId: string | null;
  score: number | null;
};
export type TasksParams = { owner?: 'me' | 'all'; status?: 'open' | 'done'; accountId?: string };

// Settings

export type SentimentBands = { supportive: number; neutral: number; resistant: number };
export type AssessmentSettings = { fatigueDays: number; sentimentBands: SentimentBands; productName: string };

// Keys and queries. Anything a launch, a response or a resend changes sits under one prefix.

export const assessmentKeys = {
  all: ['assessments'] as const,
  questionnaires: ['assessments', 'questionnaires'] as const,
  questionnaire: (id: string) => ['assessments', 'questionnaires', id] as const,
  programs: ['assessments', 'programs'] as const,
  preview: (id: string) => ['assessments', 'preview', id] as const,
  waves: (programId?: string) => ['assessments', 'waves', programId ?? 'all'] as const,
  wave: (id: string) => ['assessments', 'wave', id] as const,
  outbox: (params: Record<string, unknown>) => ['assessments', 'outbox', params] as const,
  results: (params: ResultsParams) => ['assessments', 'results', params] as const,
  account: (accountId: string) => ['assessments', 'account', accountId] as const,
  tasks: (params: TasksParams) => ['assessments', 'tasks', params] as const,
  settings: ['assessments', 'settings'] as const,
};

export const questionnairesQuery = queryOptions({
  queryKey: assessmentKeys.questionnaires,
  queryFn: () => api<{ items: Questionnaire[] }>('/questionnaires').then((r) => r.items),
});

export const questionnaireQuery = (id: string) =>
  queryOptions({ queryKey: assessmentKeys.questionnaire(id), queryFn: () => api<QuestionnaireDetail>(`/questionnaires/${id}`) });

export const programsQuery = queryOptions({
  queryKey: assessmentKeys.programs,
  queryFn: () => api<{ items: Program[] }>('/assessment-programs').then((r) => r.items),
});

export const previewQuery = (programId: string) =>
  queryOptions({
    queryKey: assessmentKeys.preview(programId),
    queryFn: () => api<Preview>(`/assessment-programs/${programId}/preview`),
    staleTime: 0,
  });

export const wavesQuery = (programId?: string) =>
  queryOptions({
    queryKey: assessmentKeys.waves(programId),
    queryFn: () => api<{ items: Wave[] }>(withQuery('/assessment-waves', { programId })).then((r) => r.items),
  });

export const waveQuery = (id: string) =>
  queryOptions({ queryKey: assessmentKeys.wave(id), queryFn: () => api<WaveDetail>(`/assessment-waves/${id}`) });

export type OutboxParams = { status?: MessageStatus; waveId?: string; cursor?: string; limit?: number };

export const outboxQuery = (params: OutboxParams) =>
  queryOptions({
    queryKey: assessmentKeys.outbox(params),
    queryFn: () => api<OutboxPage>(withQuery('/outbox', params)),
    placeholderData: keepPreviousData,
  });

export const resultsQuery = (params: ResultsParams) =>
  queryOptions({
    queryKey: assessmentKeys.results(params),
    queryFn: () => api<Results>(withQuery('/assessment-results', params)),
    placeholderData: keepPreviousData,
  });

export const accountAssessmentsQuery = (accountId: string) =>
  queryOptions({
    queryKey: assessmentKeys.account(accountId),
    queryFn: () => api<AccountAssessments>(`/accounts/${accountId}/assessments`),
  });

export const tasksQuery = (params: TasksParams) =>
  queryOptions({
    queryKey: assessmentKeys.tasks(params),
    queryFn: () => api<{ items: Task[] }>(withQuery('/tasks', params)).then((r) => r.items),
    placeholderData: keepPreviousData,
  });

export const settingsQuery = queryOptions({
  queryKey: assessmentKeys.settings,
  queryFn: () => api<AssessmentSettings>('/assessment-settings'),
});

// Mutations

function useInvalidatingMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }) });
}

export const useSaveQuestionnaire = () =>
  useInvalidatingMutation(({ id, input }: { id?: string; input: QuestionnaireInput }) =>
    id
      ? api<Questionnaire>(`/questionnaires/${id}`, { method: 'PUT', body: input })
      : api<Questionnaire>('/questionnaires', { method: 'POST', body: input }),
  );

export const useSaveProgram = () =>
  useInvalidatingMutation(({ id, input }: { id?: string; input: ProgramInput }) =>
    id
      ? api<Program>(`/assessment-programs/${id}`, { method: 'PUT', body: input })
      : api<Program>('/assessment-programs', { method: 'POST', body: input }),
  );

export const useLaunchProgram = () =>
  useInvalidatingMutation((programId: string) => api<Wave>(`/assessment-programs/${programId}/launch`, { method: 'POST' }));

export const useCloseWave = () =>
  useInvalidatingMutation((waveId: string) => api<Wave>(`/assessment-waves/${waveId}/close`, { method: 'POST' }));

export const useResendMessage = () =>
  useInvalidatingMutation((messageId: string) => api<OutboxMessage>(`/outbox/${messageId}/resend`, { method: 'POST' }));

export function useSetTaskStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: 'open' | 'done' }) =>
      api<Task>(`/tasks/${id}`, { method: 'PATCH', body: { status } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
  });
}

export const useSaveSettings = () =>
  useInvalidatingMutation((input: AssessmentSettings) => api<AssessmentSettings>('/assessment-settings', { method: 'PUT', body: input }));

// Past answers (a CSV exported from another tool)

export type PastAnswerDateFormat = 'iso' | 'us' | 'eu';
export const PAST_ANSWER_FIELDS = ['date', 'score', 'text', 'email', 'externalId', 'label'] as const;
export type PastAnswerField = (typeof PAST_ANSWER_FIELDS)[number];
export type PastAnswerColumns = Partial<Record<PastAnswerField, string>>;

export type PastAnswerIssue = { row: number; column: string; value: string; reason: string };
export type PastAnswerReport = {
  status: 'imported' | 'dry_run' | 'rejected';
  rows: number;
  imported: number;
  /** Already imported before: left as they were. */
  skipped: number;
  rejected: number;
  columns: PastAnswerColumns;
  errors: PastAnswerIssue[];
  nps: NpsCell;
};

export type PastAnswerOptions = {
  dateFormat: PastAnswerDateFormat;
  /** Account id for the rows that name no stakeholder. */
  account?: string;
  columns: PastAnswerColumns;
  skipInvalid: boolean;
  dryRun: boolean;
};

/** POST /assessment-responses/import as multipart; a dry run writes nothing. Errors arrive as problem+json, like everywhere else. */
export async function importPastAnswers(file: File, options: PastAnswerOptions): Promise<PastAnswerReport> {
  const query: Record<string, string | undefined> = {
    dateFormat: options.dateFormat,
    skipInvalid: String(options.skipInvalid),
    dryRun: String(options.dryRun),
    account: options.account,
  };
  for (const field of PAST_ANSWER_FIELDS) query[`${field}Column`] = options.columns[field]?.trim() || undefined;
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1${withQuery('/assessment-responses/import', query)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new ApiError({
      code: 'NETWORK',
      title: 'Network error',
      status: 0,
      detail: 'Rapport could not reach the server. Check your connection and try again.',
    });
  }
  if (response.ok) return (await response.json()) as PastAnswerReport;
  // A lapsed session: let the shared client notice it and send the user to sign in.
  if (response.status === 401) void api('/auth/me').catch(() => undefined);
  let problem: Partial<Problem> = {};
  try {
    problem = (await response.json()) as Partial<Problem>;
  } catch {
    // Not problem+json: fall back to the status line below.
  }
  const fallback = `The server answered ${response.status} ${response.statusText}`.trim();
  throw new ApiError({
    code: problem.code ?? `HTTP_${response.status}`,
    title: problem.title ?? (response.statusText || 'Request failed'),
    status: response.status,
    detail: problem.detail || problem.title || fallback,
    errors: problem.errors,
  });
}

/** A real import changes results, accounts and coverage: everything is read afresh afterwards. A dry run changes nothing. */
export function useImportPastAnswers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, options }: { file: File; options: PastAnswerOptions }) => importPastAnswers(file, options),
    onSuccess: (report) => {
      if (report.status === 'imported' && report.imported > 0) void queryClient.invalidateQueries();
    },
  });
}
