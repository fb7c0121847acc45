/** Leaders configure segments and each segment's desired stakeholder mix; a change recomputes the portfolio's gaps. */
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import type { Actor } from '../auth/index.ts';
import { recordAudit } from '../system/index.ts';
import * as repo from './coverage.repository.ts';
import { recomputeCoverage } from './coverage.service.ts';
import { type CoverageModel, defaultCoverageModel, type Segment } from './domain/index.ts';

const canConfigure = (actor: Actor) => actor.role === 'admin' || actor.role === 'leader';

export async function listSegmentsWithModels(deps: Deps) {
  const db = deps.database.db;
  const [segments, models] = await Promise.all([repo.listSegments(db), repo.listCoverageModels(db)]);
  const byId = new Map(models.map((m) => [m.segmentId, m]));
  return segments.map((s) => ({ ...s, model: byId.get(s.id) ?? defaultCoverageModel(s.id) }));
}

async function getSegment(deps: Deps, id: string) {
  const segment = (await listSegmentsWithModels(deps)).find((s) => s.id === id);
  if (!segment) throw notFound('Segment', id);
  return segment;
}

export async function saveCoverageModel(deps: Deps, actor: Actor, segmentId: string, model: Omit<CoverageModel, 'segmentId'>) {
  if (!canConfigure(actor)) throw forbidden('Only leaders and admins change coverage models');
  await getSegment(deps, segmentId);
  const personas = model.requirements.map((r) => r.persona);
  const duplicate = personas.find((p, i) => personas.indexOf(p) !== i);
  if (duplicate)
    throw new AppError('VALIDATION_FAILED', `requirements: ${duplicate} is listed twice`, [
      { field: 'requirements', message: `${duplicate} is listed twice` },
    ]);
  await deps.database.db.transaction(async (tx) => {
    await repo.upsertCoverageModel(tx as unknown as Db, { ...model, segmentId }, actor.id);
    await recordAudit(tx as unknown as Db, {
      actorId: actor.id,
      action: 'update',
      entity: 'coverage_model',
      entityId: segmentId,
      detail: model,
    });
  });
  const { computed: _c, ...recompute } = await recomputeCoverage(deps);
  return { segment: await getSegment(deps, segmentId), recompute };
}

export async function saveSegment(deps: Deps, actor: Actor, segment: Segment) {
  if (!canConfigure(actor)) throw forbidden('Only leaders and admins change segments');
  const existing = (await repo.listSegments(deps.database.db)).find((s) => s.id === segment.id);
  if (existing?.isDefault !== undefined && existing.isDefault !== segment.isDefault) {
    throw new AppError('VALIDATION_FAILED', 'isDefault: the default segment stays the default', [
      { field: 'isDefault', message: 'cannot change' },
    ]);
  }
  if (!existing && segment.isDefault) throw new AppError('CONFLICT', 'There is already a default segment');
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await repo.upsertSegment(db, segment);
    if (!existing) await repo.upsertCoverageModel(db, { ...defaultCoverageModel('default'), segmentId: segment.id }, actor.id);
    await recordAudit(db, {
      actorId: actor.id,
      action: existing ? 'update' : 'create',
      entity: 'segment',
      entityId: segment.id,
      detail: segment,
    });
  });
  await recomputeCoverage(deps);
  return getSegment(deps, segment.id);
}

export async function deleteSegment(deps: Deps, actor: Actor, id: string) {
  if (!canConfigure(actor)) throw forbidden('Only leaders and admins change segments');
  const segment = await getSegment(deps, id);
  if (segment.isDefault) throw new AppError('CONFLICT', 'The default segment cannot be deleted');
  await repo.deleteSegment(deps.database.db, id);
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'delete', entity: 'segment', entityId: id });
  await recomputeCoverage(deps);
}
