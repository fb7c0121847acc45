/** Questionnaires and their versions: saving changed questions makes a new version; answers keep theirs. */
import type { Db } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { recordAudit } from '../../system/index.ts';
import { DEFAULT_QUESTIONNAIRE, type Question, validateQuestions } from '../domain/index.ts';
import * as repo from './questionnaires.repository.ts';

export type { QuestionnaireView } from './questionnaires.repository.ts';
export { latestVersion } from './questionnaires.repository.ts';

export const canConfigureAssessments = (actor: Actor) => actor.role === 'admin' || actor.role === 'leader';

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
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await repo.lockDefaults(db);
    if (await repo.hasDefaultQuestionnaire(db)) return;
    await repo.insertQuestionnaire(db, { name: DEFAULT_QUESTIONNAIRE.name, isDefault: true, questions: DEFAULT_QUESTIONNAIRE.questions });
  });
}

export function listQuestionnaires(deps: Deps): Promise<repo.QuestionnaireView[]> {
  return repo.selectQuestionnaires(deps.database.db);
}

export async function getQuestionnaire(deps: Deps, id: string) {
  const found = (await listQuestionnaires(deps)).find((q) => q.id === id);
  if (!found) throw notFound('Questionnaire', id);
  const versions = await repo.selectVersionSummaries(deps.database.db, id);
  return { ...found, versions };
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
    const db = tx as unknown as Db;
    const created = await repo.insertQuestionnaire(db, { name, questions, createdBy: actor.id });
    await recordAudit(db, { actorId: actor.id, action: 'create', entity: 'questionnaire', entityId: created, detail: { name } });
    return created;
  });
  return getQuestionnaire(deps, id);
}

export async function updateQuestionnaire(deps: Deps, actor: Actor, id: string, input: { name: string; questions: unknown }) {
  const { name, questions } = checkInput(actor, input);
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (!(await repo.lockQuestionnaire(db, id))) throw notFound('Questionnaire', id);
    const current = await repo.latestVersion(db, id);
    const changed = JSON.stringify(current?.questions ?? null) !== JSON.stringify(questions);
    if (changed)
      await repo.insertVersion(db, { questionnaireId: id, version: (current?.version ?? 0) + 1, questions, createdBy: actor.id });
    await repo.renameQuestionnaire(db, id, name, deps.now().toISOString());
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
