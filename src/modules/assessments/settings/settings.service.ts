/** Installation-wide assessment settings: the fatigue rule, measured-sentiment bands, the product's name in questions. */
import type { Db } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import { AppError, forbidden } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { findSetting, putSetting, recordAudit } from '../../system/index.ts';
import { DEFAULT_FATIGUE_DAYS, DEFAULT_SENTIMENT_BANDS, type SentimentBands, validateSentimentBands } from '../domain/index.ts';
import { canConfigureAssessments } from '../questionnaires/questionnaires.service.ts';

export type AssessmentSettings = { fatigueDays: number; sentimentBands: SentimentBands; productName: string };

const KEY = 'assessments.settings';
export const DEFAULT_ASSESSMENT_SETTINGS: AssessmentSettings = {
  fatigueDays: DEFAULT_FATIGUE_DAYS,
  sentimentBands: DEFAULT_SENTIMENT_BANDS,
  productName: 'our product',
};

export async function getAssessmentSettings(db: Db): Promise<AssessmentSettings> {
  const stored = await findSetting<Partial<AssessmentSettings>>(db, KEY);
  return { ...DEFAULT_ASSESSMENT_SETTINGS, ...(stored ?? {}) };
}

export async function saveAssessmentSettings(deps: Deps, actor: Actor, input: AssessmentSettings): Promise<AssessmentSettings> {
  if (!canConfigureAssessments(actor)) throw forbidden('Only leaders and admins change assessment settings');
  if (!Number.isInteger(input.fatigueDays) || input.fatigueDays < 0 || input.fatigueDays > 730)
    throw new AppError('VALIDATION_FAILED', 'fatigueDays: must be a whole number of days from 0 to 730', [
      { field: 'fatigueDays', message: 'must be a whole number of days from 0 to 730' },
    ]);
  const bands = validateSentimentBands(input.sentimentBands);
  if (!bands.ok) {
    const first = bands.errors[0];
    throw new AppError(
      'VALIDATION_FAILED',
      `sentimentBands: ${first ? `${first.path} ${first.message}` : 'invalid'}`,
      bands.errors.map((e) => ({ field: `sentimentBands.${e.path}`, message: e.message })),
    );
  }
  const productName = input.productName.trim() || DEFAULT_ASSESSMENT_SETTINGS.productName;
  const value: AssessmentSettings = { fatigueDays: input.fatigueDays, sentimentBands: bands.bands, productName };
  await putSetting(deps.database.db, KEY, value);
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'update', entity: 'assessment_settings', detail: value });
  return value;
}

export function readAssessmentSettings(deps: Deps): Promise<AssessmentSettings> {
  return getAssessmentSettings(deps.database.db);
}
