import type { Persona } from '../../domain/personas.ts';
import type { Severity } from '../../domain/vocabulary.ts';
import type { ActionChannel, GapKind } from './domain/types.ts';
/** Where a relationship action stands: open → done | resolved | dismissed. */
export type ActionStatus = 'open' | 'done' | 'dismissed' | 'resolved';

/** Stored gaps and relationship actions; every write is one set-based statement. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query.ts';
import type { AccountScope } from './coverage.repository.ts';

const arr = (values: unknown[]) => sql.param(values);
const inScope = (scope: AccountScope, column: ReturnType<typeof sql.raw>) =>
  scope.accountIds ? sql`${column} in ${scope.accountIds}` : sql`true`;

export type StoredGap = { id: string; accountId: string; key: string; severity: string; explanation: string };

export function selectOpenGaps(db: Db, scope: AccountScope) {
  if (scope.accountIds?.length === 0) return Promise.resolve([]);
  return queryRows<StoredGap>(
    db,
    sql`select id, account_id as "accountId", key, severity, explanation from account_gaps
        where closed_at is null and ${inScope(scope, sql.raw('account_id'))}`,
  );
}

export type NewGap = {
  accountId: string;
  key: string;
  kind: string;
  severity: string;
  persona: string | null;
  stakeholderId: string | null;
  explanation: string;
};

export async function insertGaps(db: Db, gaps: NewGap[], at: string) {
  if (gaps.length === 0) return;
  await db.execute(sql`insert into account_gaps (account_id, key, kind, severity, persona, stakeholder_id, explanation, opened_at)
    select a, k, kd, s, p, sh, e, ${at}::timestamptz from unnest(
      ${arr(gaps.map((g) => g.accountId))}::uuid[], ${arr(gaps.map((g) => g.key))}::text[], ${arr(gaps.map((g) => g.kind))}::text[],
      ${arr(gaps.map((g) => g.severity))}::text[], ${arr(gaps.map((g) => g.persona))}::text[], ${arr(gaps.map((g) => g.stakeholderId))}::uuid[],
      ${arr(gaps.map((g) => g.explanation))}::text[]) as x(a, k, kd, s, p, sh, e)`);
}

/** Same gap, new numbers ("124 days ago" becomes "125 days ago"): updated in place, keeping when it opened. */
export async function updateGaps(db: Db, gaps: { id: string; severity: string; explanation: string }[]) {
  if (gaps.length === 0) return;
  await db.execute(sql`update account_gaps g set severity = x.s, explanation = x.e
    from unnest(${arr(gaps.map((g) => g.id))}::uuid[], ${arr(gaps.map((g) => g.severity))}::text[], ${arr(gaps.map((g) => g.explanation))}::text[]) as x(i, s, e)
    where g.id = x.i`);
}

export async function closeGaps(db: Db, ids: string[], at: string) {
  if (ids.length === 0) return;
  await db.execute(sql`update account_gaps set closed_at = ${at}::timestamptz where id = any(${arr(ids)}::uuid[])`);
}

export type StoredAction = { id: string; accountId: string; gapKey: string; status: 'open' | 'done' | 'dismissed' | 'resolved' };

/** Open and dismissed actions: the ones that stop a new action being created for the same gap. */
export function selectBlockingActions(db: Db, scope: AccountScope) {
  if (scope.accountIds?.length === 0) return Promise.resolve([]);
  return queryRows<StoredAction>(
    db,
    // A done action also blocks while the gap it was made for is still the same open gap: the CSM did
    // the work, and the gap may take a while to close (no second action for it). A gap that closed
    // and opened again is a new gap, and gets a new action.
    sql`select r.id, r.account_id as "accountId", r.gap_key as "gapKey", r.status from relationship_actions r
        where ${inScope(scope, sql.raw('r.account_id'))} and (r.status in ('open', 'dismissed') or (r.status = 'done' and exists (
          select 1 from account_gaps g where g.account_id = r.account_id and g.key = r.gap_key and g.closed_at is null and g.opened_at <= r.created_at)))`,
  );
}

export type NewAction = {
  accountId: string;
  gapKey: string;
  gapKind: GapKind;
  severity: Severity;
  persona: Persona | null;
  stakeholderId: string | null;
  title: string;
  channel: ActionChannel;
  ownerId: string | null;
  dueDate: string;
};

export async function insertActions(db: Db, actions: NewAction[]) {
  if (actions.length === 0) return;
  const col = <K extends keyof NewAction>(k: K) => arr(actions.map((a) => a[k]));
  await db.execute(sql`insert into relationship_actions (account_id, gap_key, gap_kind, severity, persona, stakeholder_id, title, channel, owner_id, due_date)
    select * from unnest(${col('accountId')}::uuid[], ${col('gapKey')}::text[], ${col('gapKind')}::text[], ${col('severity')}::text[],
      ${col('persona')}::text[], ${col('stakeholderId')}::uuid[], ${col('title')}::text[], ${col('channel')}::text[], ${col('ownerId')}::uuid[],
      ${col('dueDate')}::date[])`);
}

export async function resolveActions(db: Db, ids: string[], at: string) {
  if (ids.length === 0) return;
  await db.execute(sql`update relationship_actions set status = 'resolved', status_reason = 'The gap closed', status_changed_at = ${at}::timestamptz
    where id = any(${arr(ids)}::uuid[]) and status = 'open'`);
}

export type ActionView = NewAction & {
  id: string;
  accountName: string;
  status: ActionStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  ownerName: string | null;
  createdAt: string;
};

export function listActions(db: Db, filter: { accountId?: string; ownerId?: string; id?: string; status?: string[]; gapKey?: string }) {
  const parts = [sql`true`];
  if (filter.accountId) parts.push(sql`r.account_id = ${filter.accountId}::uuid`);
  if (filter.ownerId) parts.push(sql`r.owner_id = ${filter.ownerId}::uuid`);
  if (filter.id) parts.push(sql`r.id = ${filter.id}::uuid`);
  if (filter.status) parts.push(sql`r.status in ${filter.status}`);
  if (filter.gapKey) parts.push(sql`r.gap_key = ${filter.gapKey}`);
  return queryRows<ActionView>(
    db,
    sql`select r.id, r.account_id as "accountId", a.name as "accountName", r.gap_key as "gapKey", r.gap_kind as "gapKind", r.severity, r.persona,
          r.stakeholder_id as "stakeholderId", r.title, r.channel, r.owner_id as "ownerId", u.name as "ownerName",
          r.due_date as "dueDate", r.status, r.status_reason as "statusReason", r.status_changed_at as "statusChangedAt", r.created_at as "createdAt"
        from relationship_actions r join accounts a on a.id = r.account_id left join users u on u.id = r.owner_id
        where ${sql.join(parts, sql` and `)}
        order by case r.status when 'open' then 0 when 'dismissed' then 1 else 2 end,
          array_position(array['critical','high','medium','low'], r.severity), r.due_date, r.created_at`,
  );
}

export async function setActionStatus(db: Db, id: string, status: string, reason: string | null, by: string, at: string) {
  await db.execute(sql`update relationship_actions set status = ${status}, status_reason = ${reason},
    status_changed_at = ${at}::timestamptz, status_changed_by = ${by}::uuid where id = ${id}::uuid`);
}
