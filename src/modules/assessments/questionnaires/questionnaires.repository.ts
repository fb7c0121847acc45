/** Questionnaires and their versions in the database. */
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';
import { questionnaires, questionnaireVersions } from '../../../db/schema.ts';
import type { Question } from '../domain/index.ts';

export type QuestionnaireView = {
  id: string;
  name: string;
  isDefault: boolean;
  version: number;
  versionId: string;
  questions: Question[];
  updatedAt: string;
};

export type QuestionnaireVersionSummary = {
  id: string;
  version: number;
  createdAt: string;
  questionCount: number;
  responseCount: number;
};

/** Held for the rest of the transaction: instances starting together create the default once. */
export async function lockDefaults(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(74021)`);
}

export async function hasDefaultQuestionnaire(db: Db): Promise<boolean> {
  const existing = await db.select({ id: questionnaires.id }).from(questionnaires).where(eq(questionnaires.isDefault, true)).limit(1);
  return existing.length > 0;
}

/** A questionnaire with its first version; returns its id. */
export async function insertQuestionnaire(
  db: Db,
  values: { name: string; isDefault?: boolean; questions: Question[]; createdBy?: string | null },
): Promise<string> {
  const [q] = await db
    .insert(questionnaires)
    .values({ name: values.name, isDefault: values.isDefault ?? false })
    .returning();
  await db
    .insert(questionnaireVersions)
    .values({ questionnaireId: q!.id, version: 1, questions: values.questions, createdBy: values.createdBy ?? null });
  return q!.id;
}

export function selectQuestionnaires(db: Db): Promise<QuestionnaireView[]> {
  return queryRows<QuestionnaireView>(
    db,
    sql`select q.id, q.name, q.is_default as "isDefault", v.version, v.id as "versionId", v.questions, q.updated_at as "updatedAt"
        from questionnaires q
        join lateral (select * from questionnaire_versions v where v.questionnaire_id = q.id order by v.version desc limit 1) v on true
        order by q.is_default desc, q.name`,
  );
}

export function selectVersionSummaries(db: Db, questionnaireId: string): Promise<QuestionnaireVersionSummary[]> {
  return queryRows<QuestionnaireVersionSummary>(
    db,
    sql`select v.id, v.version, v.created_at as "createdAt", jsonb_array_length(v.questions)::int as "questionCount",
               (select count(*)::int from assessment_responses r where r.questionnaire_version_id = v.id) as "responseCount"
        from questionnaire_versions v where v.questionnaire_id = ${questionnaireId} order by v.version desc`,
  );
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

export async function questionnaireExists(db: Db, id: string): Promise<boolean> {
  const [q] = await queryRows<{ id: string }>(db, sql`select id from questionnaires where id = ${id}`);
  return q !== undefined;
}

/** Locks the questionnaire row until the transaction ends; false when there is none. */
export async function lockQuestionnaire(db: Db, id: string): Promise<boolean> {
  const [q] = await db.select({ id: questionnaires.id }).from(questionnaires).where(eq(questionnaires.id, id)).for('update');
  return q !== undefined;
}

export async function insertVersion(
  db: Db,
  values: { questionnaireId: string; version: number; questions: Question[]; createdBy: string },
) {
  await db.insert(questionnaireVersions).values(values);
}

export async function renameQuestionnaire(db: Db, id: string, name: string, updatedAt: string) {
  await db.update(questionnaires).set({ name, updatedAt }).where(eq(questionnaires.id, id));
}
