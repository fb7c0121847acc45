import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { definedOnly } from '../../lib/clean.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import { type Actor, accountsBlockingPersonChange, canWrite } from '../auth/index.ts';
import { recordAudit } from '../system/index.ts';
import * as repo from './stakeholders.repository.ts';

export async function listPeople(deps: Deps, query: { q?: string; limit: number; cursor?: string }) {
  const after = decodeCursor(query.cursor, { value: 'text' });
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
  await getPerson(deps, id);
  await deps.database.db.transaction(async (tx) => changePerson(tx as unknown as Db, actor, id, patch));
  return getPerson(deps, id);
}

/**
 * Throws FORBIDDEN unless the actor may change this person. A person's details, above all the e-mail
 * every invitation and reminder goes to, are shared by all their stakeholder roles, so a CSM may
 * change them only when they may write every account the person is a stakeholder in.
 */
async function assertCanChangePerson(db: Db, actor: Actor, personId: string) {
  if (!canWrite(actor)) throw forbidden('Viewers have read-only access');
  const roles = await repo.listPersonRoles(db, personId);
  const blocking = accountsBlockingPersonChange(actor, roles);
  if (blocking.length > 0) {
    const names = blocking.map((r) => r.accountName).join(', ');
    throw forbidden(
      `This person is a stakeholder in ${names}, which you do not own: only that account's owner, a leader or an admin can change their details`,
    );
  }
  return roles;
}

/**
 * Checks and writes a change to a person, inside the caller's transaction (the person route and a
 * stakeholder's nested `person` both come here). The audit log keeps the old and new value of each
 * changed field; an e-mail change also enters the history of every stakeholder role of the person,
 * so each account owner sees where invitations go from now on.
 */
export async function changePerson(db: Db, actor: Actor, personId: string, patch: Partial<PersonInput>) {
  const roles = await assertCanChangePerson(db, actor, personId);
  const before = await repo.findPerson(db, personId);
  if (!before) throw notFound('Person', personId);
  const values = definedOnly(patch) as Partial<PersonInput>;
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(values)) {
    const from = before[field as keyof PersonInput] ?? null;
    if (from !== (to ?? null)) changed[field] = { from, to: to ?? null };
  }
  if (Object.keys(changed).length === 0) return;
  await repo.updatePerson(db, personId, values);
  if (changed.email) {
    await repo.insertChanges(
      db,
      roles.map((r) => ({
        stakeholderId: r.stakeholderId,
        field: 'email',
        fromValue: changed.email.from,
        toValue: changed.email.to,
        reason: null,
        changedBy: actor.id,
      })),
    );
  }
  await recordAudit(db, { actorId: actor.id, action: 'update', entity: 'person', entityId: personId, detail: { changed } });
}
