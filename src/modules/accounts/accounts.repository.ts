import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query.ts';
import { accountStageChanges, accounts, users } from '../../db/schema.ts';
import type { LifecycleStage, Tier } from '../../domain/vocabulary.ts';
import type { Cursor } from '../../lib/cursor.ts';
import type { AccountSort } from './accounts.schema.ts';

export type AccountRow = typeof accounts.$inferSelect & { ownerName: string | null };
export type AccountFilter = {
  q?: string;
  tier?: string[];
  stage?: string[];
  region?: string[];
  sizeBand?: string[];
  ownerId?: string;
  renewalBetween?: [string, string];
};

const SORT_EXPR: Record<AccountSort, SQL> = {
  name: sql`lower(a.name)`,
  // Nulls sort last in ascending order through sentinels, so keyset comparison stays a plain row comparison.
  renewalDate: sql`coalesce(a.renewal_date, '9999-12-31'::date)`,
  arr: sql`coalesce(a.arr, -1)`,
  updatedAt: sql`a.updated_at`,
};

const SORT_CAST: Record<AccountSort, SQL> = {
  name: sql`::text`,
  renewalDate: sql`::date`,
  arr: sql`::numeric`,
  updatedAt: sql`::timestamptz`,
};

/** The account list filters as SQL over alias `a`; shared with portfolio views so filters mean the same everywhere. */
export function accountFilterSql(f: AccountFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.q) parts.push(sql`a.name ilike ${`%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`}`);
  if (f.tier) parts.push(sql`a.tier in ${f.tier}`);
  if (f.stage) parts.push(sql`a.lifecycle_stage in ${f.stage}`);
  if (f.region) parts.push(sql`a.region in ${f.region}`);
  if (f.sizeBand) parts.push(sql`a.size_band in ${f.sizeBand}`);
  if (f.ownerId) parts.push(sql`a.owner_id = ${f.ownerId}::uuid`);
  if (f.renewalBetween) parts.push(sql`a.renewal_date between ${f.renewalBetween[0]}::date and ${f.renewalBetween[1]}::date`);
  return sql.join(parts, sql` and `);
}

const SELECT_ACCOUNT = sql`a.id, a.name, a.tier, a.size_band as "sizeBand", a.region, a.industry, a.employees,
  a.lifecycle_stage as "lifecycleStage", a.arr::float8 as arr, a.renewal_date as "renewalDate", a.owner_id as "ownerId",
  u.name as "ownerName", a.salesforce_id as "salesforceId", a.hubspot_id as "hubspotId",
  a.created_at as "createdAt", a.updated_at as "updatedAt"`;

export type AccountListRow = AccountRow & { activeStakeholders: number; lastTouchpointAt: string | null; sortValue: string | number };

/** One page in keyset order; the counts are computed for the page's rows only, so cost does not grow with the portfolio. */
export async function listAccountsPage(
  db: Db,
  filter: AccountFilter,
  sort: AccountSort,
  order: 'asc' | 'desc',
  limit: number,
  after?: Cursor,
): Promise<AccountListRow[]> {
  const expr = SORT_EXPR[sort];
  const cmp = order === 'asc' ? sql`>` : sql`<`;
  const dir = order === 'asc' ? sql`asc` : sql`desc`;
  const keyset = after ? sql`and (${expr}, a.id) ${cmp} (${after.v}${SORT_CAST[sort]}, ${after.id}::uuid)` : sql``;
  return queryRows<AccountListRow>(
    db,
    sql`with page as (
          select a.*, ${expr} as sort_value from accounts a
          where ${accountFilterSql(filter)} ${keyset}
          order by ${expr} ${dir}, a.id ${dir}
          limit ${limit}
        )
        select ${SELECT_ACCOUNT}, a.sort_value as "sortValue",
          (select count(*)::int from stakeholders s where s.account_id = a.id and s.status = 'active') as "activeStakeholders",
          (select max(t.occurred_at) from touchpoints t where t.account_id = a.id and t.kind <> 'note') as "lastTouchpointAt"
        from page a left join users u on u.id = a.owner_id
        order by a.sort_value ${dir}, a.id ${dir}`,
  );
}

export async function countAccounts(db: Db, filter: AccountFilter): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from accounts a where ${accountFilterSql(filter)}`);
  return row.n;
}

export async function findAccount(db: Db, id: string): Promise<AccountRow | undefined> {
  const [row] = await queryRows<AccountRow>(
    db,
    sql`select ${SELECT_ACCOUNT} from accounts a left join users u on u.id = a.owner_id where a.id = ${id}::uuid`,
  );
  return row;
}

export type AccountValues = Partial<Omit<typeof accounts.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>>;

export async function insertAccount(db: Db, values: AccountValues & { name: string; tier: Tier }) {
  const [row] = await db.insert(accounts).values(values).returning({ id: accounts.id });
  return row.id;
}

export async function updateAccount(db: Db, id: string, values: AccountValues) {
  await db
    .update(accounts)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(accounts.id, id));
}

export async function deleteAccount(db: Db, id: string) {
  await db.delete(accounts).where(eq(accounts.id, id));
}

export async function insertStageChange(
  db: Db,
  change: {
    accountId: string;
    fromStage: LifecycleStage | null;
    toStage: LifecycleStage;
    changedBy: string | null;
    note?: string | null;
    changedAt?: string;
  },
) {
  await db.insert(accountStageChanges).values(change);
}

export async function listStageChanges(db: Db, accountId: string) {
  return db
    .select({
      id: accountStageChanges.id,
      fromStage: accountStageChanges.fromStage,
      toStage: accountStageChanges.toStage,
      changedAt: accountStageChanges.changedAt,
      changedBy: accountStageChanges.changedBy,
      changedByName: users.name,
      note: accountStageChanges.note,
    })
    .from(accountStageChanges)
    .leftJoin(users, eq(users.id, accountStageChanges.changedBy))
    .where(and(eq(accountStageChanges.accountId, accountId)))
    .orderBy(asc(accountStageChanges.changedAt));
}

export async function userExists(db: Db, id: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.id, id)).limit(1);
  return rows.length > 0;
}
