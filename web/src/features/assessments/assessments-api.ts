/** Assessments over the REST API: questionnaires, programs and their preview, waves, the outbox, results, tasks, settings, past answers. */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, data, type QueryOf, type ResponseOf, type Schema } from '../../api/client.ts';

// Questionnaires

export type Question = Schema<'Question'>;
export type QuestionKind = Question['kind'];
export type Questionnaire = Schema<'Questionnaire'>;
export type QuestionnaireDetail = Schema<'QuestionnaireDetail'>;
export type QuestionnaireVersion = QuestionnaireDetail['versions'][number];
export type QuestionnaireInput = Schema<'QuestionnaireInput'>;

// Programs

export type Trigger = Schema<'ProgramTrigger'>;
export type TriggerKind = Trigger['kind'];
export type Program = Schema<'Program'>;
/** A complete program as the form edits it; the API fills in any field left out. */
export type ProgramInput = Omit<Program, 'id' | 'questionnaireName' | 'createdAt' | 'lastWave'>;
export type WaveSummary = NonNullable<Program['lastWave']>;

export type Preview = Schema<'ProgramPreview'>;
export type PreviewRow = Preview['included'][number];
export type ExclusionReason = Preview['excluded'][number]['reason'];
export const EXCLUSION_REASONS = [
  'left',
  'no_email',
  'stage',
  'persona',
  'segment',
  'not_due',
  'fatigue',
  'duplicate_person',
] as const satisfies readonly ExclusionReason[];

// Waves

export type Wave = Schema<'Wave'>;
export type Invitation = Schema<'Invitation'>;
export type InvitationStatus = Invitation['status'];
export type WaveDetail = ResponseOf<'/assessment-waves/{id}', 'get'>;

// Outbox

export type OutboxMessage = Schema<'OutboxMessage'>;
export type MessageStatus = OutboxMessage['status'];
export type OutboxPage = ResponseOf<'/outbox', 'get'>;

// Results

export type Results = Schema<'AssessmentResults'>;
export type RollUpMethod = Results['method'];
export const ROLL_UP_METHODS = [
  'all_responses',
  'mean_per_stakeholder',
  'role_weighted',
  'waterfall',
] as const satisfies readonly RollUpMethod[];

export type Participation = Results['byCsm'][number] extends infer R ? Omit<R, 'userId' | 'name'> : never;
export type NpsCell = Schema<'PastResponseImport'>['nps'];

export type ResultsParams = QueryOf<'/assessment-results', 'get'>;

// One account

export type AccountAssessments = Schema<'AccountAssessments'>;
export type AccountResponse = AccountAssessments['responses'][number];
export type ScoreGroup = NonNullable<AccountResponse['group']>;

// Tasks

export type Task = Schema<'Task'>;
export type TaskKind = Task['kind'];
export type TasksParams = QueryOf<'/tasks', 'get'>;

// Settings

export type AssessmentSettings = Schema<'AssessmentSettings'>;
export type SentimentBands = AssessmentSettings['sentimentBands'];

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
  queryFn: () => data(client.GET('/questionnaires')).then((r) => r.items),
});

export const questionnaireQuery = (id: string) =>
  queryOptions({
    queryKey: assessmentKeys.questionnaire(id),
    queryFn: () => data(client.GET('/questionnaires/{id}', { params: { path: { id } } })),
  });

export const programsQuery = queryOptions({
  queryKey: assessmentKeys.programs,
  queryFn: () => data(client.GET('/assessment-programs')).then((r) => r.items),
});

export const previewQuery = (programId: string) =>
  queryOptions({
    queryKey: assessmentKeys.preview(programId),
    queryFn: () => data(client.GET('/assessment-programs/{id}/preview', { params: { path: { id: programId } } })),
    staleTime: 0,
  });

export const wavesQuery = (programId?: string) =>
  queryOptions({
    queryKey: assessmentKeys.waves(programId),
    queryFn: () => data(client.GET('/assessment-waves', { params: { query: { programId } } })).then((r) => r.items),
  });

export const waveQuery = (id: string) =>
  queryOptions({
    queryKey: assessmentKeys.wave(id),
    queryFn: () => data(client.GET('/assessment-waves/{id}', { params: { path: { id } } })),
  });

export type OutboxParams = QueryOf<'/outbox', 'get'>;

export const outboxQuery = (params: OutboxParams) =>
  queryOptions({
    queryKey: assessmentKeys.outbox(params),
    queryFn: () => data(client.GET('/outbox', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const resultsQuery = (params: ResultsParams) =>
  queryOptions({
    queryKey: assessmentKeys.results(params),
    queryFn: () => data(client.GET('/assessment-results', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const accountAssessmentsQuery = (accountId: string) =>
  queryOptions({
    queryKey: assessmentKeys.account(accountId),
    queryFn: () => data(client.GET('/accounts/{id}/assessments', { params: { path: { id: accountId } } })),
  });

export const tasksQuery = (params: TasksParams) =>
  queryOptions({
    queryKey: assessmentKeys.tasks(params),
    queryFn: () => data(client.GET('/tasks', { params: { query: params } })).then((r) => r.items),
    placeholderData: keepPreviousData,
  });

export const settingsQuery = queryOptions({
  queryKey: assessmentKeys.settings,
  queryFn: () => data(client.GET('/assessment-settings')),
});

// Mutations

function useInvalidatingMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }) });
}

export const useSaveQuestionnaire = () =>
  useInvalidatingMutation(({ id, input }: { id?: string; input: QuestionnaireInput }) =>
    id
      ? data(client.PUT('/questionnaires/{id}', { params: { path: { id } }, body: input }))
      : data(client.POST('/questionnaires', { body: input })),
  );

export const useSaveProgram = () =>
  useInvalidatingMutation(({ id, input }: { id?: string; input: ProgramInput }) =>
    id
      ? data(client.PUT('/assessment-programs/{id}', { params: { path: { id } }, body: input }))
      : data(client.POST('/assessment-programs', { body: input })),
  );

export const useLaunchProgram = () =>
  useInvalidatingMutation((programId: string) =>
    data(client.POST('/assessment-programs/{id}/launch', { params: { path: { id: programId } } })),
  );

export const useCloseWave = () =>
  useInvalidatingMutation((waveId: string) => data(client.POST('/assessment-waves/{id}/close', { params: { path: { id: waveId } } })));

export const useResendMessage = () =>
  useInvalidatingMutation((messageId: string) => data(client.POST('/outbox/{id}/resend', { params: { path: { id: messageId } } })));

export function useSetTaskStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: Task['status'] }) =>
      data(client.PATCH('/tasks/{id}', { params: { path: { id } }, body: { status } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
  });
}

export const useSaveSettings = () =>
  useInvalidatingMutation((input: AssessmentSettings) => data(client.PUT('/assessment-settings', { body: input })));

// Past answers (a CSV exported from another tool)

type ImportQuery = QueryOf<'/assessment-responses/import', 'post'>;
export type PastAnswerDateFormat = NonNullable<ImportQuery['dateFormat']>;
export const PAST_ANSWER_FIELDS = ['date', 'score', 'text', 'email', 'externalId', 'label'] as const;
export type PastAnswerField = (typeof PAST_ANSWER_FIELDS)[number];
export type PastAnswerColumns = Partial<Record<PastAnswerField, string>>;

export type PastAnswerReport = Schema<'PastResponseImport'>;
export type PastAnswerIssue = PastAnswerReport['errors'][number];

export type PastAnswerOptions = {
  dateFormat: PastAnswerDateFormat;
  /** Account id for the rows that name no stakeholder. */
  account?: string;
  columns: PastAnswerColumns;
  skipInvalid: boolean;
  dryRun: boolean;
};

/** POST /assessment-responses/import as multipart; a dry run writes nothing. Errors arrive as problem+json, like everywhere else. */
export function importPastAnswers(file: File, options: PastAnswerOptions): Promise<PastAnswerReport> {
  const query: ImportQuery = {
    dateFormat: options.dateFormat,
    skipInvalid: options.skipInvalid ? 'true' : 'false',
    dryRun: options.dryRun ? 'true' : 'false',
    account: options.account,
  };
  for (const field of PAST_ANSWER_FIELDS) query[`${field}Column`] = options.columns[field]?.trim() || undefined;
  const form = new FormData();
  form.append('file', file, file.name);
  return data(
    client.POST('/assessment-responses/import', {
      params: { query },
      // The document types a binary part as a string (its name here); the serializer sends the file itself.
      body: { file: file.name },
      bodySerializer: () => form,
    }),
  );
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
