import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { TouchpointKind } from '../../domain/vocabulary.ts';
import { definedOnly } from '../../lib/clean.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { assertCanWriteAccount, getAccount } from '../accounts/index.ts';
import type { Actor } from '../auth/index.ts';
import { refreshAccountCoverage } from '../coverage/index.ts';
import { recordAudit } from '../system/index.ts';
import * as repo from './engagement.repository.ts';

export type TouchpointInput = {
  accountId: string;
  kind: TouchpointKind;
  occurredAt: string;
  summary: string;
  stakeholderIds: string[];
  userIds: string[];
};

export async function listTouchpoints(deps: Deps, accountId: string, query: { kind?: string; limit: number; cursor?: string }) {
  await getAccount(deps, accountId);
  const after = decodeCursor(query.cursor, { value: 'instant' });
  const db = deps.database.db;
  const [rows, total] = await Promise.all([
    repo.listTouchpointsPage(db, accountId, query.kind, query.limit + 1, after ? { v: String(after.v), id: after.id } : undefined),
    repo.countTouchpoints(db, accountId, query.kind),
  ]);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ v: last.occurredAt, id: last.id }) : null, total };
}

export async function getTouchpoint(deps: Deps, id: string) {
  const row = await repo.findTouchpoint(deps.database.db, id);
  if (!row) throw notFound('Touchpoint', id);
  return row;
}

/** Participants must exist and, for stakeholders, belong to this account; each unknown id is named. */
async function assertParticipants(db: Db, accountId: string, stakeholderIds: string[] | undefined, userIds: string[] | undefined) {
  const fields = [];
  if (stakeholderIds) {
    const known = await repo.stakeholderIdsInAccount(db, accountId, stakeholderIds);
    for (const [i, id] of stakeholderIds.entries()) {
      if (!known.has(id)) fields.push({ field: `stakeholderIds.${i}`, message: `${id} is not a stakeholder of this account` });
    }
  }
  if (userIds) {
    const known = await repo.existingUserIds(db, userIds);
    for (const [i, id] of userIds.entries()) if (!known.has(id)) fields.push({ field: `userIds.${i}`, message: `no user with id ${id}` });
  }
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
}

const uniq = (xs: string[] | undefined) => (xs ? [...new Set(xs)] : undefined);

export async function createTouchpoint(deps: Deps, actor: Actor, input: TouchpointInput) {
  await assertCanWriteAccount(deps, actor, input.accountId);
  const stakeholderIds = uniq(input.stakeholderIds) ?? [];
  const userIds = uniq(input.userIds) ?? [];
  const id = await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await assertParticipants(db, input.accountId, stakeholderIds, userIds);
    const newId = await repo.insertTouchpoint(db, {
      accountId: input.accountId,
      kind: input.kind,
      occurredAt: input.occurredAt,
      summary: input.summary,
      createdBy: actor.id,
    });
    await repo.replaceParticipants(db, newId, stakeholderIds, userIds);
    await recordAudit(db, {
      actorId: actor.id,
      action: 'create',
      entity: 'touchpoint',
      entityId: newId,
      detail: { accountId: input.accountId, kind: input.kind },
    });
    return newId;
  });
  await refreshAccountCoverage(deps, input.accountId);
  return getTouchpoint(deps, id);
}

export async function updateTouchpoint(deps: Deps, actor: Actor, id: string, patch: Partial<Omit<TouchpointInput, 'accountId'>>) {
  const before = await getTouchpoint(deps, id);
  await assertCanWriteAccount(deps, actor, before.accountId);
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const stakeholderIds = uniq(patch.stakeholderIds);
    const userIds = uniq(patch.userIds);
    await assertParticipants(db, before.accountId, stakeholderIds, userIds);
    await repo.updateTouchpoint(db, id, definedOnly({ kind: patch.kind, occurredAt: patch.occurredAt, summary: patch.summary }));
    await repo.replaceParticipants(db, id, stakeholderIds, userIds);
    await recordAudit(db, { actorId: actor.id, action: 'update', entity: 'touchpoint', entityId: id, detail: patch });
  });
  await refreshAccountCoverage(deps, before.accountId);
  return getTouchpoint(deps, id);
}

export async function deleteTouchpoint(deps: Deps, actor: Actor, id: string) {
  const before = await getTouchpoint(deps, id);
  await assertCanWriteAccount(deps, actor, before.accountId);
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await repo.deleteTouchpoint(db, id);
    await recordAudit(db, {
      actorId: actor.id,
      action: 'delete',
      entity: 'touchpoint',
      entityId: id,
      detail: { accountId: before.accountId },
    });
  });
}
