import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { LifecycleStage, Tier } from '../../domain/vocabulary.ts';
import { definedOnly } from '../../lib/clean.ts';
import { type CursorShape, decodeCursor, encodeCursor, type Page } from '../../lib/cursor.ts';
import { addDays, isoDate } from '../../lib/dates.ts';
import { forbidden, invalid, notFound } from '../../lib/errors.ts';
import { type Actor, canWrite, canWriteAccount, canWriteAnyAccount } from '../auth/index.ts';
import { recordAudit } from '../system/index.ts';
import * as repo from './accounts.repository.ts';
import type { AccountListQuery } from './accounts.schema.ts';

type AccountInput = Omit<repo.AccountValues, 'lifecycleStage'> & { name: string; tier: Tier; lifecycleStage?: LifecycleStage };
type AccountPatch = Partial<AccountInput> & { stageNote?: string };

export type AccountFilterQuery = Pick<AccountListQuery, 'q' | 'tier' | 'stage' | 'region' | 'sizeBand' | 'ownerId' | 'renewalWithinDays'>;

/** The list filters as the user gave them (`ownerId=me`, a renewal window in days) turned into a repository filter. */
export function buildAccountFilter(deps: Deps, actor: Actor, query: AccountFilterQuery): repo.AccountFilter {
  const today = isoDate(deps.now());
  const filter: repo.AccountFilter = {
    q: query.q?.trim() || undefined,
    tier: query.tier,
    stage: query.stage,
    region: query.region,
    sizeBand: query.sizeBand,
    ownerId: query.ownerId === 'me' ? actor.id : query.ownerId,
    renewalBetween: query.renewalWithinDays === undefined ? undefined : [today, addDays(today, query.renewalWithinDays)],
  };
  if (filter.ownerId && !/^[0-9a-f-]{36}$/i.test(filter.ownerId)) throw invalid('ownerId', 'must be a user id or "me"');
  return filter;
}

/** The sort value a page cursor carries, per sort (a missing renewal date sorts as 9999-12-31). */
const ACCOUNT_CURSOR: Record<AccountListQuery['sort'], CursorShape> = {
  name: { value: 'text' },
  renewalDate: { value: 'date', nullable: true },
  arr: { value: 'number', nullable: true },
  updatedAt: { value: 'instant' },
};

export async function listAccounts(deps: Deps, actor: Actor, query: AccountListQuery): Promise<Page<repo.AccountListRow>> {
  const filter = buildAccountFilter(deps, actor, query);
  const db = deps.database.db;
  const after = decodeCursor(query.cursor, ACCOUNT_CURSOR[query.sort]);
  const [rows, total] = await Promise.all([
    repo.listAccountsPage(db, filter, query.sort, query.order, query.limit + 1, after),
    repo.countAccounts(db, filter),
  ]);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor({ v: last.sortValue, id: last.id }) : null;
  return { items: items.map(({ sortValue: _ignored, ...item }) => item) as repo.AccountListRow[], nextCursor, total };
}

export async function getAccount(deps: Deps, id: string) {
  const account = await repo.findAccount(deps.database.db, id);
  if (!account) throw notFound('Account', id);
  return account;
}

/** Throws FORBIDDEN unless the actor may change this account (CSMs: their own book). */
export async function assertCanWriteAccount(deps: Deps, actor: Actor, accountId: string) {
  const account = await getAccount(deps, accountId);
  if (!canWriteAccount(actor, account)) {
    throw forbidden(actor.role === 'viewer' ? 'Viewers have read-only access' : 'CSMs can change only the accounts they own');
  }
  return account;
}

async function assertOwnerExists(db: Db, ownerId: string | null | undefined) {
  if (ownerId && !(await repo.userExists(db, ownerId))) throw invalid('ownerId', `no user with id ${ownerId}`);
}

export async function createAccount(deps: Deps, actor: Actor, input: AccountInput) {
  if (!canWrite(actor)) throw forbidden('Viewers have read-only access');
  // A CSM's new account lands in their own book; only leaders and admins assign it to someone else.
  const ownerId = canWriteAnyAccount(actor) ? (input.ownerId === undefined ? actor.id : input.ownerId) : actor.id;
  if (!canWriteAnyAccount(actor) && input.ownerId && input.ownerId !== actor.id) {
    throw forbidden('CSMs create accounts in their own book');
  }
  const id = await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await assertOwnerExists(db, ownerId);
    const stage = input.lifecycleStage ?? 'discovery';
    const newId = await repo.insertAccount(db, {
      ...definedOnly(input),
      name: input.name,
      tier: input.tier,
      lifecycleStage: stage,
      ownerId,
    });
    await repo.insertStageChange(db, { accountId: newId, fromStage: null, toStage: stage, changedBy: actor.id });
    await recordAudit(db, { actorId: actor.id, action: 'create', entity: 'account', entityId: newId, detail: { name: input.name } });
    return newId;
  });
  return getAccount(deps, id);
}

export async function updateAccount(deps: Deps, actor: Actor, id: string, patch: AccountPatch) {
  const before = await assertCanWriteAccount(deps, actor, id);
  const { stageNote, ...values } = patch;
  if (values.ownerId !== undefined && values.ownerId !== before.ownerId && !canWriteAnyAccount(actor)) {
    throw forbidden('Only leaders and admins reassign accounts');
  }
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await assertOwnerExists(db, values.ownerId);
    await repo.updateAccount(db, id, definedOnly(values));
    if (values.lifecycleStage && values.lifecycleStage !== before.lifecycleStage) {
      await repo.insertStageChange(db, {
        accountId: id,
        fromStage: before.lifecycleStage,
        toStage: values.lifecycleStage,
        changedBy: actor.id,
        note: stageNote ?? null,
      });
    }
    await recordAudit(db, { actorId: actor.id, action: 'update', entity: 'account', entityId: id, detail: definedOnly(values) });
  });
  return getAccount(deps, id);
}

export async function deleteAccount(deps: Deps, actor: Actor, id: string) {
  if (!canWriteAnyAccount(actor)) throw forbidden('Only leaders and admins delete accounts');
  await getAccount(deps, id);
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await repo.deleteAccount(db, id);
    await recordAudit(db, { actorId: actor.id, action: 'delete', entity: 'account', entityId: id });
  });
}

export async function getStageHistory(deps: Deps, id: string) {
  await getAccount(deps, id);
  return repo.listStageChanges(deps.database.db, id);
}
