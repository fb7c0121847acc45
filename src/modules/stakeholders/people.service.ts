import type { Deps } from '../../deps.ts';
import { recordAudit } from '../../lib/audit.ts';
import { definedOnly } from '../../lib/clean.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import { canWrite } from '../auth/domain/permissions.ts';
import type { Actor } from '../auth/index.ts';
import * as repo from './stakeholders.repository.ts';

export async function listPeople(deps: Deps, query: { q?: string; limit: number; cursor?: string }) {
  const after = decodeCursor(query.cursor);
  const q = query.q?.trim() || undefined;
  const db = deps.database.db;
  const [rows, total] = await Promise.all([
    repo.listPeoplePage(db, q, query.limit + 1, after ? { v: String(after.v), id: after.id } : undefined),
    repo.countPeople(db, q),
  ]);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map(({ sortValue: _s, ...p }) => p),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ v: last.sortValue, id: last.id }) : null,
    total,
  };
}

export async function getPerson(deps: Deps, id: string) {
  const person = await repo.findPerson(deps.database.db, id);
  if (!person) throw notFound('Person', id);
  return { ...person, stakeholders: await repo.listPersonStakeholders(deps.database.db, id) };
}

type PersonInput = { firstName: string; lastName: string; email?: string | null; title?: string | null; phone?: string | null };

export async function createPerson(deps: Deps, actor: Actor, input: PersonInput) {
  if (!canWrite(actor)) throw forbidden('Viewers have read-only access');
  if (input.email && (await repo.findPersonIdByEmail(deps.database.db, input.email))) {
    throw new AppError('CONFLICT', `A person with e-mail ${input.email} already exists`, [{ field: 'email', message: 'already in use' }]);
  }
  const id = await repo.insertPerson(deps.database.db, definedOnly(input) as PersonInput);
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'create', entity: 'person', entityId: id });
  return getPerson(deps, id);
}

export async function updatePerson(deps: Deps, actor: Actor, id: string, patch: Partial<PersonInput>) {
  if (!canWrite(actor)) throw forbidden('Viewers have read-only access');
  await getPerson(deps, id);
  await repo.updatePerson(deps.database.db, id, definedOnly(patch));
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'update', entity: 'person', entityId: id, detail: patch });
  return getPerson(deps, id);
}
