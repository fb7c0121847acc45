/** Questionnaires and their versions: saving changed questions makes a new version; answers keep theirs. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';
import { questionnaires, questionnaireVersions } from '../../../db/schema.ts';
import type { Deps } from '../../../deps.ts';
import { recordAudit } from '../../../lib/audit.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { DEFAULT_QUESTIONNAIRE, type Question, validateQuestions } from '../domain/index.ts';

export const canConfigureAssessments = (actor: Actor) => actor.role === 'admin' || actor.role === 'leader';

export type QuestionnaireView = {
  id: string;
  name: string;
  isDefault: boolean;
  version: number;
  versionId: string;
  questions: Question[];
  updatedAt: string;
};

function checkQuestions(questions: unknown): Question[] {
  const checked = validateQuestions(questions);
  if (!checked.ok) {
    const first = checked.errors[0];
    throw new AppError(
      'VALIDATION_FAILED',
      `questions: ${first ? `${first.path} ${first.message}` : 'invalid'}`,
      checked.errors.map((e) => ({ field: `questions${e.path.startsWith('[') ? '' : '.'}${e.path}`, message: e.message })),
    );
  }
  return checked.questions;
}

/** The default "Relationship assessment" exists once, whatever the number of instances starting. */
export async function ensureAssessmentDefaults(deps: Deps): Promise<void> {
  const db = deps.database.db;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(74021)`);
    const existing = await tx.select({ id: questionnaires.id }).from(questionnaires).where(eq(questionnaires.isDefault, true)).limit(1);
    if (existing.length > 0) return;
    const [q] = await tx.insert(questionnaires).values({ name: DEFAULT_QUESTIONNAIRE.name, isDefault: true }).returning();
    await tx.insert(questionnaireVersions).values({ questionnaireId: q!.id, version: 1, questions: DEFAULT_QUESTIONNAIRE.questions });
  });
}

export async function listQuestionnaires(deps: Deps): Promise<QuestionnaireView[]> {
  return queryRows<QuestionnaireView>(
    deps.database.db,
    sql`select q.id, q.name, q.is_default as "isDefault", v.version, v.id as "versionId", v.questions, q.updated_at as "updatedAt"
        from questionnaires q
        join lateral (select * from questionnaire_versions v where v.questionnaire_id = q.id order by v.version desc limit 1) v on true
        order by q.is_default desc, q.name`,
  );
}

export async function getQuestionnaire(deps: Deps, id: string) {
  const found = (await listQuestionnaires(deps)).find((q) => q.id === id);
  if (!found) throw notFound('Questionnaire', id);
  const versions = await queryRows<{ id: string; version: number; createdAt: string; questionCount: number; responseCount: number }>(
    deps.database.db,
    sql`select v.id, v.version, v.created_at as "createdAt", jsonb_array_length(v.questions)::int as "questionCount",
               (select count(*)::int from assessment_responses r where r.questionnaire_version_id = v.id) as "responseCount"
        from questionnaire_versions v where v.questionnaire_id = ${id} order by v.version desc`,
  );
  return { ...found, versions };
}

export async function latestVersion(db: Db, questionnaireId: string) {
  const [v] = await db
    .select()
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.questionnaireId, questionnaireId))
    .orderBy(desc(questionnaireVersions.version))
    .limit(1);
  return v;
}

/** Who may edit, a name, and valid questions: the same for a new questionnaire and a changed one. */
function checkInput(actor: Actor, input: { name: string; questions: unknown }): { name: string; questions: Question[] } {
  if (!canConfigureAssessments(actor)) throw forbidden('Only leaders and admins edit questionnaires');
  const questions = checkQuestions(input.questions);
  const name = input.name.trim();
  if (!name)
    throw new AppError('VALIDATION_FAILED', 'name: give the questionnaire a name', [
      { field: 'name', message: 'give the questionnaire a name' },
    ]);
  return { name, questions };
}

export async function createQuestionnaire(deps: Deps, actor: Actor, input: { name: string; questions: unknown }) {
  const { name, questions } = checkInput(actor, input);
  const id = await deps.database.db.transaction(async (tx) => {
    const [q] = await tx.insert(questionnaires).values({ name }).returning();
    await tx.insert(questionnaireVersions).values({ questionnaireId: q!.id, version: 1, questions, createdBy: actor.id });
    await recordAudit(tx as unknown as Db, {
      actorId: actor.id,
      action: 'create',
      entity: 'questionnaire',
      entityId: q!.id,
      detail: { name },
    });
    return q!.id;
  });
  return getQuestionnaire(deps, id);
}

export async function updateQuestionnaire(deps: Deps, actor: Actor, id: string, input: { name: string; questions: unknown }) {
  const { name, questions } = checkInput(actor, input);
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const [q] = await tx.select().from(questionnaires).where(eq(questionnaires.id, id)).for('update');
    if (!q) throw notFound('Questionnaire', id);
    const current = await latestVersion(db, id);
    const changed = JSON.stringify(current?.questions ?? null) !== JSON.stringify(questions);
    if (changed) {
      await tx
        .insert(questionnaireVersions)
        .values({ questionnaireId: id, version: (current?.version ?? 0) + 1, questions, createdBy: actor.id });
    }
    await tx
      .update(questionnaires)
      .set({ name, updatedAt: new Date().toISOString() })
      .where(and(eq(questionnaires.id, id)));
    await recordAudit(db, {
      actorId: actor.id,
      action: 'update',
      entity: 'questionnaire',
      entityId: id,
      detail: { name, newVersion: changed },
    });
  });
  return getQuestionnaire(deps, id);
}
