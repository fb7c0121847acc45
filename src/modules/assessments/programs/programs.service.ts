/**
 * Programs decide who is asked and when. Preview and launch share one targeting run, so a launch
 * invites exactly the people the preview showed. A launch writes the wave, its invitations and every
 * message (invitation and reminders, each with its send time) in one transaction; the job queue
 * sends them.
 */
import type { Db } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import { PERSONAS } from '../../../domain/personas.ts';
import { LIFECYCLE_STAGES } from '../../../domain/vocabulary.ts';
import { isoDate } from '../../../lib/dates.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { loadSetup, matchSegment } from '../../coverage/index.ts';
import { recordAudit } from '../../system/index.ts';
import { hashAnswerToken, newAnswerToken } from '../answers/tokens.ts';
import { type Candidate, evaluateProgram, type ProgramRule } from '../domain/index.ts';
import { questionnaireExists } from '../questionnaires/questionnaires.repository.ts';
import { canConfigureAssessments, latestVersion } from '../questionnaires/questionnaires.service.ts';
import { composeMessage } from '../sending/messages.ts';
import { getAssessmentSettings } from '../settings/settings.service.ts';
import * as repo from './programs.repository.ts';

export type ProgramInput = repo.ProgramValues;

const DAY_MS = 86_400_000;
/** When a program has no reminders and no escalation delay, silence counts this many days after the invitation. */
const DEFAULT_SILENT_AFTER_DAYS = 7;

function fail(field: string, message: string): never {
  throw new AppError('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]);
}

async function checkInput(deps: Deps, input: ProgramInput): Promise<ProgramInput> {
  const name = input.name.trim();
  if (!name) fail('name', 'give the program a name');
  for (const s of input.stages) if (!LIFECYCLE_STAGES.includes(s)) fail('stages', `${s} is not a lifecycle stage`);
  for (const p of input.personas) if (!PERSONAS.includes(p)) fail('personas', `${p} is not a persona`);
  const setup = await loadSetup(deps.database.db);
  for (const id of input.segmentIds) if (!setup.segments.some((s) => s.id === id)) fail('segmentIds', `segment ${id} does not exist`);
  const t = input.trigger;
  if (!Number.isInteger(t.days) || t.days < 0 || t.days > 1000) fail('trigger.days', 'must be a whole number of days from 0 to 1000');
  if (t.kind === 'every' && t.days < 1) fail('trigger.days', 'must be at least 1 day');
  if (t.kind === 'after_stage' && !LIFECYCLE_STAGES.includes(t.stage)) fail('trigger.stage', `${t.stage} is not a lifecycle stage`);
  const reminders = [...new Set(input.reminderDays)].sort((a, b) => a - b);
  if (reminders.some((d) => !Number.isInteger(d) || d < 1))
    fail('reminderDays', 'each reminder is a whole number of days after the invitation, at least 1');
  if (reminders.length > 5) fail('reminderDays', 'at most 5 reminders');
  if (input.escalateAfterDays !== null && (!Number.isInteger(input.escalateAfterDays) || input.escalateAfterDays < 0))
    fail('escalateAfterDays', 'must be a whole number of days, or null for no escalation');
  if (!Number.isInteger(input.responseWindowDays) || input.responseWindowDays < 1 || input.responseWindowDays > 365)
    fail('responseWindowDays', 'must be from 1 to 365 days');
  const last = reminders.at(-1) ?? 0;
  if (last >= input.responseWindowDays)
    fail('reminderDays', `the last reminder (day ${last}) must come before the wave closes (day ${input.responseWindowDays})`);
  if (!(await questionnaireExists(deps.database.db, input.questionnaireId)))
    fail('questionnaireId', `questionnaire ${input.questionnaireId} does not exist`);
  return { ...input, name, reminderDays: reminders };
}

export type ProgramView = ProgramInput & {
  id: string;
  questionnaireName: string;
  createdAt: string;
  lastWave: { id: string; launchedAt: string; invited: number; responded: number; responseRate: number | null } | null;
};

export async function listPrograms(deps: Deps, id?: string): Promise<ProgramView[]> {
  const rows = await repo.selectPrograms(deps.database.db, id);
  return rows.map(({ waveId, launchedAt, invited, responded, ...p }) => ({
    ...p,
    lastWave:
      waveId && launchedAt ? { id: waveId, launchedAt, invited, responded, responseRate: invited > 0 ? responded / invited : null } : null,
  }));
}

export async function getProgram(deps: Deps, id: string): Promise<ProgramView> {
  const [p] = await listPrograms(deps, id);
  if (!p) throw notFound('Program', id);
  return p;
}

/** `actor` null: created by Rapport itself (the demo). */
export async function createProgram(deps: Deps, actor: Actor | null, input: ProgramInput): Promise<ProgramView> {
  if (actor && !canConfigureAssessments(actor)) throw forbidden('Only leaders and admins manage assessment programs');
  const v = await checkInput(deps, input);
  const programId = await repo.insertProgram(deps.database.db, { ...v, createdBy: actor?.id ?? null });
  await recordAudit(deps.database.db, {
    actorId: actor?.id ?? null,
    action: 'create',
    entity: 'assessment_program',
    entityId: programId,
    detail: v,
  });
  return getProgram(deps, programId);
}

export async function updateProgram(deps: Deps, actor: Actor, id: string, input: ProgramInput): Promise<ProgramView> {
  if (!canConfigureAssessments(actor)) throw forbidden('Only leaders and admins manage assessment programs');
  await getProgram(deps, id);
  const v = await checkInput(deps, input);
  await repo.updateProgramRow(deps.database.db, id, v);
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'update', entity: 'assessment_program', entityId: id, detail: v });
  return getProgram(deps, id);
}

/** Every stakeholder holding a targeted persona (any, when the program names none), with what targeting needs. */
async function loadCandidates(db: Db, program: ProgramView): Promise<Candidate[]> {
  const setup = await loadSetup(db);
  const rows = await repo.selectCandidates(db, program.id, program.personas);
  return rows.map((r) => ({ ...r, segmentId: matchSegment(r, setup.segments).id }));
}

const ruleOf = (p: ProgramView): ProgramRule => ({ stages: p.stages, personas: p.personas, segmentIds: p.segmentIds, trigger: p.trigger });

async function target(deps: Deps, program: ProgramView) {
  const db = deps.database.db;
  const settings = await getAssessmentSettings(db);
  const asOf = isoDate(deps.now());
  const result = evaluateProgram(ruleOf(program), await loadCandidates(db, program), asOf, { fatigueDays: settings.fatigueDays });
  return { asOf, settings, ...result };
}

const PREVIEW_LIMIT = 2000;

export async function previewProgram(deps: Deps, id: string) {
  const program = await getProgram(deps, id);
  const { asOf, included, excluded } = await target(deps, program);
  const segmentNames = new Map((await loadSetup(deps.database.db)).segments.map((s) => [s.id, s.name]));
  const nameOf = (segmentId: string) => segmentNames.get(segmentId) ?? segmentId;
  const targeted = program.segmentIds.map(nameOf).join(', ');
  const row = (c: Candidate) => ({
    stakeholderId: c.stakeholderId,
    name: c.name,
    email: c.email,
    personas: c.personas,
    accountId: c.accountId,
    accountName: c.accountName,
  });
  const counts: Record<string, number> = {};
  for (const e of excluded) counts[e.reason] = (counts[e.reason] ?? 0) + 1;
  return {
    asOf,
    included: included.slice(0, PREVIEW_LIMIT).map((i) => ({ ...row(i.candidate), why: i.why })),
    excluded: excluded.slice(0, PREVIEW_LIMIT).map((e) => ({
      ...row(e.candidate),
      reason: e.reason,
      why:
        e.reason === 'segment'
          ? `${e.candidate.accountName} is in the ${nameOf(e.candidate.segmentId)} segment; the program asks ${targeted}`
          : e.why,
    })),
    counts: { included: included.length, excluded: counts },
  };
}

export type LaunchResult = { waveId: string; invited: number };

/**
 * Launches a wave of everyone due now. Serialised per program (advisory lock) so two instances or a
 * double click cannot launch the same people twice; the fatigue rule then sees the first launch.
 */
export async function launchWave(deps: Deps, actor: Actor | null, id: string): Promise<LaunchResult> {
  if (actor && !canConfigureAssessments(actor)) throw forbidden('Only leaders and admins launch assessment programs');
  const now = deps.now();
  const base = deps.publicUrl ?? deps.config.publicUrl;
  const result = await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await repo.lockProgramLaunch(db, id);
    const [program] = await listPrograms({ ...deps, database: { ...deps.database, db } }, id);
    if (!program) throw notFound('Program', id);
    const { included, settings } = await target({ ...deps, database: { ...deps.database, db } }, program);
    if (included.length === 0) throw new AppError('CONFLICT', `Nobody is due for "${program.name}" today; the preview says why`);
    const version = await latestVersion(db, program.questionnaireId);
    if (!version) throw notFound('Questionnaire version for', program.questionnaireId);
    const closesAt = new Date(now.getTime() + program.responseWindowDays * DAY_MS);
    const lastReminder = program.reminderDays.at(-1) ?? 0;
    const silentDays = lastReminder + (program.escalateAfterDays ?? (lastReminder > 0 ? 0 : DEFAULT_SILENT_AFTER_DAYS));
    const silentAfter = new Date(Math.min(now.getTime() + silentDays * DAY_MS, closesAt.getTime()));
    const waveId = await repo.insertWave(db, {
      programId: program.id,
      questionnaireVersionId: version.id,
      launchedAt: now.toISOString(),
      launchedBy: actor?.id ?? null,
      closesAt: closesAt.toISOString(),
    });
    const CHUNK = 500;
    for (let start = 0; start < included.length; start += CHUNK) {
      const chunk = included.slice(start, start + CHUNK).map(({ candidate }) => ({ candidate, token: newAnswerToken() }));
      const invitations = await repo.insertInvitations(
        db,
        chunk.map(({ candidate, token }) => ({
          waveId,
          programId: program.id,
          stakeholderId: candidate.stakeholderId,
          personId: candidate.personId,
          accountId: candidate.accountId,
          email: candidate.email as string,
          tokenHash: hashAnswerToken(token),
          invitedAt: now.toISOString(),
          expiresAt: closesAt.toISOString(),
          silentAfter: silentAfter.toISOString(),
        })),
      );
      const idOf = new Map(invitations.map((i) => [i.stakeholderId, i.id]));
      const messages = chunk.flatMap(({ candidate, token }) => {
        const invitationId = idOf.get(candidate.stakeholderId) as string;
        const link = `${base}/r/${token}`;
        return [0, ...program.reminderDays].map((day, sequence) => {
          const composed = composeMessage({
            sequence,
            firstName: candidate.name.split(' ')[0] ?? candidate.name,
            accountName: candidate.accountName,
            productName: settings.productName,
            link,
            closesOn: isoDate(closesAt),
          });
          return {
            invitationId,
            sequence,
            kind: sequence === 0 ? ('invitation' as const) : ('reminder' as const),
            toAddress: candidate.email as string,
            subject: composed.subject,
            bodyText: composed.text,
            link,
            sendAfter: new Date(now.getTime() + day * DAY_MS).toISOString(),
            messageId: `<${invitationId}.${sequence}@rapport.invalid>`,
          };
        });
      });
      await repo.insertMessages(db, messages);
    }
    await recordAudit(db, {
      actorId: actor?.id ?? null,
      action: 'launch',
      entity: 'assessment_program',
      entityId: program.id,
      detail: { waveId, invited: included.length },
    });
    return { waveId, invited: included.length };
  });
  await deps.jobs?.send('assessments.dispatch', {});
  return result;
}

/** Every night: each active program launches a wave of whoever is due (nobody due, no wave). */
export async function launchDueWaves(deps: Deps): Promise<{ programs: number; waves: number; invited: number }> {
  const active = (await listPrograms(deps)).filter((p) => p.active);
  let waves = 0;
  let invited = 0;
  for (const program of active) {
    try {
      const launched = await launchWave(deps, null, program.id);
      waves += 1;
      invited += launched.invited;
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
    }
  }
  return { programs: active.length, waves, invited };
}
