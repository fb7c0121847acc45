import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/app-env.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, security } from '../../http/openapi-common.ts';
import { invalid } from '../../lib/errors.ts';
import { importPastResponses } from './answers/past-responses.service.ts';
import { listTasks, setTaskStatus } from './answers/tasks.service.ts';
import {
  AccountAssessmentsSchema,
  AssessmentSettingsSchema,
  InvitationSchema,
  OutboxMessageSchema,
  PastResponseImportQuerySchema,
  PastResponseImportSchema,
  PreviewSchema,
  ProgramInputSchema,
  ProgramSchema,
  QuestionnaireDetailSchema,
  QuestionnaireInputSchema,
  QuestionnaireSchema,
  ResultsQuerySchema,
  ResultsSchema,
  TaskSchema,
  WaveSchema,
} from './assessments.schema.ts';
import { ROLL_UP_METHODS } from './domain/index.ts';
import * as programs from './programs/programs.service.ts';
import { closeWave, getWave, getWaveSummary, listWaves } from './programs/waves.service.ts';
import * as questionnaires from './questionnaires/questionnaires.service.ts';
import { getAccountAssessments, getResults } from './results/results.service.ts';
import { listOutbox, MESSAGE_STATUSES, resendMessage } from './sending/outbox.service.ts';
import { getAssessmentSettings, saveAssessmentSettings } from './settings/settings.service.ts';

const tags = ['Assessments'];
const items = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });

const r = {
  questionnaires: createRoute({
    method: 'get',
    path: '/questionnaires',
    tags,
    security,
    summary: 'Questionnaires with their current version',
    responses: { 200: jsonResponse(items(QuestionnaireSchema), 'Questionnaires'), ...errorResponses },
  }),
  questionnaire: createRoute({
    method: 'get',
    path: '/questionnaires/{id}',
    tags,
    security,
    summary: 'One questionnaire with its versions',
    request: { params: IdParam },
    responses: { 200: jsonResponse(QuestionnaireDetailSchema, 'Questionnaire'), ...errorResponses },
  }),
  createQuestionnaire: createRoute({
    method: 'post',
    path: '/questionnaires',
    tags,
    security,
    summary: 'Create a questionnaire (leaders, admins)',
    request: { body: jsonBody(QuestionnaireInputSchema) },
    responses: { 201: jsonResponse(QuestionnaireDetailSchema, 'Created'), ...errorResponses },
  }),
  updateQuestionnaire: createRoute({
    method: 'put',
    path: '/questionnaires/{id}',
    tags,
    security,
    summary: 'Change a questionnaire; changed questions make a new version and never change answers already given',
    request: { params: IdParam, body: jsonBody(QuestionnaireInputSchema) },
    responses: { 200: jsonResponse(QuestionnaireDetailSchema, 'Saved'), ...errorResponses },
  }),
  programs: createRoute({
    method: 'get',
    path: '/assessment-programs',
    tags,
    security,
    summary: 'Assessment programs with their latest wave',
    responses: { 200: jsonResponse(items(ProgramSchema), 'Programs'), ...errorResponses },
  }),
  createProgram: createRoute({
    method: 'post',
    path: '/assessment-programs',
    tags,
    security,
    summary: 'Create a program: stages × personas × segments, trigger, reminders, escalation (leaders, admins)',
    request: { body: jsonBody(ProgramInputSchema) },
    responses: { 201: jsonResponse(ProgramSchema, 'Created'), ...errorResponses },
  }),
  updateProgram: createRoute({
    method: 'put',
    path: '/assessment-programs/{id}',
    tags,
    security,
    summary: 'Change a program (leaders, admins)',
    request: { params: IdParam, body: jsonBody(ProgramInputSchema) },
    responses: { 200: jsonResponse(ProgramSchema, 'Saved'), ...errorResponses },
  }),
  preview: createRoute({
    method: 'get',
    path: '/assessment-programs/{id}/preview',
    tags,
    security,
    summary: 'Exactly who a launch would invite now, and why everyone else is left out',
    request: { params: IdParam },
    responses: { 200: jsonResponse(PreviewSchema, 'Preview'), ...errorResponses },
  }),
  launch: createRoute({
    method: 'post',
    path: '/assessment-programs/{id}/launch',
    tags,
    security,
    summary: 'Launch a wave now: invitations and reminders are queued for sending (leaders, admins)',
    request: { params: IdParam },
    responses: { 201: jsonResponse(WaveSchema, 'Launched'), ...errorResponses },
  }),
  waves: createRoute({
    method: 'get',
    path: '/assessment-waves',
    tags,
    security,
    summary: 'Waves, newest first',
    request: { query: z.object({ programId: z.string().uuid().optional() }) },
    responses: { 200: jsonResponse(items(WaveSchema), 'Waves'), ...errorResponses },
  }),
  wave: createRoute({
    method: 'get',
    path: '/assessment-waves/{id}',
    tags,
    security,
    summary: 'One wave with its invitations',
    request: { params: IdParam },
    responses: { 200: jsonResponse(WaveSchema.extend({ invitations: z.array(InvitationSchema) }), 'Wave'), ...errorResponses },
  }),
  closeWave: createRoute({
    method: 'post',
    path: '/assessment-waves/{id}/close',
    tags,
    security,
    summary: 'Close a wave early: links stop taking answers, reminders are cancelled (leaders, admins)',
    request: { params: IdParam },
    responses: { 200: jsonResponse(WaveSchema, 'Closed'), ...errorResponses },
  }),
  outbox: createRoute({
    method: 'get',
    path: '/outbox',
    tags,
    security,
    summary: 'Every invitation and reminder with its delivery state (leaders, admins)',
    request: {
      query: z.object({
        status: z.enum(MESSAGE_STATUSES).optional(),
        waveId: z.string().uuid().optional(),
        cursor: z.string().optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    responses: {
      200: jsonResponse(
        z.object({ items: z.array(OutboxMessageSchema), nextCursor: z.string().nullable(), transport: z.enum(['smtp', 'outbox']) }),
        'Messages',
      ),
      ...errorResponses,
    },
  }),
  resend: createRoute({
    method: 'post',
    path: '/outbox/{id}/resend',
    tags,
    security,
    summary: 'Queue a failed or uncertain message again (leaders, admins)',
    request: { params: IdParam },
    responses: { 200: jsonResponse(OutboxMessageSchema, 'Queued'), ...errorResponses },
  }),
  results: createRoute({
    method: 'get',
    path: '/assessment-results',
    tags,
    security,
    summary: 'Response rates and NPS by persona, segment, account (roll-up method selectable), CSM and wave; themes',
    request: { query: ResultsQuerySchema },
    responses: { 200: jsonResponse(ResultsSchema, 'Results'), ...errorResponses },
  }),
  account: createRoute({
    method: 'get',
    path: '/accounts/{id}/assessments',
    tags,
    security,
    summary: "An account's responses, latest invitations, NPS beside participation",
    request: { params: IdParam, query: z.object({ method: z.enum(ROLL_UP_METHODS).default('all_responses') }) },
    responses: { 200: jsonResponse(AccountAssessmentsSchema, 'Assessments'), ...errorResponses },
  }),
  tasks: createRoute({
    method: 'get',
    path: '/tasks',
    tags,
    security,
    summary: 'Follow-up tasks from responses and escalations',
    request: {
      query: z.object({
        owner: z.enum(['me', 'all']).default('me'),
        status: z.enum(['open', 'done', 'all']).default('open'),
        accountId: z.string().uuid().optional(),
      }),
    },
    responses: { 200: jsonResponse(items(TaskSchema), 'Tasks'), ...errorResponses },
  }),
  setTask: createRoute({
    method: 'patch',
    path: '/tasks/{id}',
    tags,
    security,
    summary: 'Mark a task done or open again',
    request: { params: IdParam, body: jsonBody(z.object({ status: z.enum(['open', 'done']) })) },
    responses: { 200: jsonResponse(TaskSchema, 'Updated'), ...errorResponses },
  }),
  settings: createRoute({
    method: 'get',
    path: '/assessment-settings',
    tags,
    security,
    summary: 'Fatigue rule, measured-sentiment bands, product name used in questions',
    responses: { 200: jsonResponse(AssessmentSettingsSchema, 'Settings'), ...errorResponses },
  }),
  saveSettings: createRoute({
    method: 'put',
    path: '/assessment-settings',
    tags,
    security,
    summary: 'Change the assessment settings (leaders, admins)',
    request: { body: jsonBody(AssessmentSettingsSchema) },
    responses: { 200: jsonResponse(AssessmentSettingsSchema, 'Saved'), ...errorResponses },
  }),
  importResponses: createRoute({
    method: 'post',
    path: '/assessment-responses/import',
    tags,
    security,
    summary: 'Import past responses from CSV (date, score, comment, e-mail or id), all or nothing; `dryRun` previews',
    request: {
      query: PastResponseImportQuerySchema,
      body: {
        required: true,
        content: { 'multipart/form-data': { schema: z.object({ file: z.unknown().openapi({ type: 'string', format: 'binary' }) }) } },
      },
    },
    responses: { 200: jsonResponse(PastResponseImportSchema, 'The report (when rejected, nothing was written)'), ...errorResponses },
  }),
};

export function assessmentsRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(r.questionnaires, async (c) => c.json({ items: await questionnaires.listQuestionnaires(deps) } as never, 200));
  router.openapi(r.questionnaire, async (c) =>
    c.json((await questionnaires.getQuestionnaire(deps, c.req.valid('param').id)) as never, 200),
  );
  router.openapi(r.createQuestionnaire, async (c) =>
    c.json((await questionnaires.createQuestionnaire(deps, c.get('actor'), c.req.valid('json'))) as never, 201),
  );
  router.openapi(r.updateQuestionnaire, async (c) =>
    c.json((await questionnaires.updateQuestionnaire(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json'))) as never, 200),
  );
  router.openapi(r.programs, async (c) => c.json({ items: await programs.listPrograms(deps) } as never, 200));
  router.openapi(r.createProgram, async (c) =>
    c.json((await programs.createProgram(deps, c.get('actor'), c.req.valid('json'))) as never, 201),
  );
  router.openapi(r.updateProgram, async (c) =>
    c.json((await programs.updateProgram(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json'))) as never, 200),
  );
  router.openapi(r.preview, async (c) => c.json((await programs.previewProgram(deps, c.req.valid('param').id)) as never, 200));
  router.openapi(r.launch, async (c) => {
    const launched = await programs.launchWave(deps, c.get('actor'), c.req.valid('param').id);
    return c.json((await getWaveSummary(deps, launched.waveId)) as never, 201);
  });
  router.openapi(r.waves, async (c) => c.json({ items: await listWaves(deps, c.req.valid('query').programId) } as never, 200));
  router.openapi(r.wave, async (c) => c.json((await getWave(deps, c.req.valid('param').id)) as never, 200));
  router.openapi(r.closeWave, async (c) => {
    return c.json((await closeWave(deps, c.get('actor'), c.req.valid('param').id)) as never, 200);
  });
  router.openapi(r.outbox, async (c) => c.json((await listOutbox(deps, c.get('actor'), c.req.valid('query'))) as never, 200));
  router.openapi(r.resend, async (c) => c.json((await resendMessage(deps, c.get('actor'), c.req.valid('param').id)) as never, 200));
  router.openapi(r.results, async (c) => c.json((await getResults(deps, c.req.valid('query'))) as never, 200));
  router.openapi(r.account, async (c) =>
    c.json((await getAccountAssessments(deps, c.req.valid('param').id, c.req.valid('query').method)) as never, 200),
  );
  router.openapi(r.tasks, async (c) => c.json({ items: await listTasks(deps, c.get('actor'), c.req.valid('query')) } as never, 200));
  router.openapi(r.setTask, async (c) =>
    c.json((await setTaskStatus(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json').status)) as never, 200),
  );
  router.openapi(r.settings, async (c) => c.json(await getAssessmentSettings(deps.database.db), 200));
  router.openapi(r.saveSettings, async (c) => c.json(await saveAssessmentSettings(deps, c.get('actor'), c.req.valid('json')), 200));
  router.openapi(r.importResponses, async (c) => {
    const q = c.req.valid('query');
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File)) throw invalid('file', 'attach the CSV as multipart field "file"');
    const columns = Object.fromEntries(
      (
        [
          ['date', q.dateColumn],
          ['score', q.scoreColumn],
          ['text', q.textColumn],
          ['email', q.emailColumn],
          ['externalId', q.externalIdColumn],
          ['label', q.labelColumn],
        ] as const
      ).filter(([, v]) => v),
    );
    const report = await importPastResponses(deps, c.get('actor'), await file.text(), {
      dateFormat: q.dateFormat,
      skipInvalid: q.skipInvalid === 'true',
      dryRun: q.dryRun === 'true',
      account: q.account,
      columns,
    });
    return c.json(report as never, 200);
  });
  return router;
}
