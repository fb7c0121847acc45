/** Waves: one launch of a program each, with its invitations and how far the answers have come. */
import type { Deps } from '../../../deps.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { recordAudit } from '../../system/index.ts';
import { canConfigureAssessments } from '../questionnaires/questionnaires.service.ts';
import * as repo from './waves.repository.ts';

export type { InvitationView } from './waves.repository.ts';

export type WaveView = repo.WaveRow & { responseRate: number | null };

async function selectWaves(deps: Deps, scope: repo.WaveScope): Promise<WaveView[]> {
  const rows = await repo.selectWaves(deps.database.db, scope, deps.now().toISOString());
  return rows.map((w) => ({ ...w, responseRate: w.invited > 0 ? w.responded / w.invited : null }));
}

export function listWaves(deps: Deps, programId?: string): Promise<WaveView[]> {
  return selectWaves(deps, { programId });
}

/** One wave without its invitations. */
export async function getWaveSummary(deps: Deps, id: string): Promise<WaveView> {
  const [wave] = await selectWaves(deps, { waveId: id });
  if (!wave) throw notFound('Wave', id);
  return wave;
}

export async function getWave(deps: Deps, id: string) {
  const wave = await getWaveSummary(deps, id);
  const invitations = await repo.selectWaveInvitations(deps.database.db, id, deps.now().toISOString());
  return { ...wave, invitations };
}

/** Closing a wave early: links stop taking answers and pending reminders are cancelled. */
export async function closeWave(deps: Deps, actor: Actor, id: string): Promise<WaveView> {
  if (!canConfigureAssessments(actor)) throw forbidden('Only leaders and admins close waves');
  const wave = await getWaveSummary(deps, id);
  if (wave.status === 'closed') throw new AppError('CONFLICT', 'This wave is already closed');
  // Everyone unanswered is now silent: the wave will not hear from them.
  await repo.closeWaveNow(deps.database.db, id, deps.now().toISOString());
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'close', entity: 'assessment_wave', entityId: id });
  return getWaveSummary(deps, id);
}
