/** Lookups and writes for the import upsert; all run inside the import's one transaction. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query.ts';

type Id = { id: string };
const first = async <T>(rows: Promise<T[]>) => (await rows)[0];

export const findUserIdByEmail = (db: Db, email: string) =>
  first(queryRows<Id>(db, sql`select id from users where lower(email) = lower(${email})`));

export function findAccount(db: Db, by: { salesforceId?: string; hubspotId?: string; name?: string }) {
  if (by.salesforceId)
    return first(queryRows<Record<string, unknown> & Id>(db, sql`select * from accounts where salesforce_id = ${by.salesforceId}`));
  if (by.hubspotId)
    return first(queryRows<Record<string, unknown> & Id>(db, sql`select * from accounts where hubspot_id = ${by.hubspotId}`));
  return first(
    queryRows<Record<string, unknown> & Id>(
      db,
      sql`select * from accounts where lower(name) = lower(${by.name ?? ''}) order by created_at limit 1`,
    ),
  );
}

export function findPerson(
  db: Db,
  by: { salesforceId?: string; hubspotId?: string; email?: string; accountId?: string; firstName?: string; lastName?: string },
) {
  if (by.salesforceId)
    return first(queryRows<Record<string, unknown> & Id>(db, sql`select * from people where salesforce_id = ${by.salesforceId}`));
  if (by.hubspotId) return first(queryRows<Record<string, unknown> & Id>(db, sql`select * from people where hubspot_id = ${by.hubspotId}`));
  if (by.email)
    return first(queryRows<Record<string, unknown> & Id>(db, sql`select * from people where lower(email) = lower(${by.email})`));
  return first(
    queryRows<Record<string, unknown> & Id>(
      db,
      sql`select p.* from people p join stakeholders s on s.person_id = p.id where s.account_id = ${by.accountId}::uuid
          and lower(p.first_name) = lower(${by.firstName ?? ''}) and lower(p.last_name) = lower(${by.lastName ?? ''}) limit 1`,
    ),
  );
}

export const findStakeholder = (db: Db, accountId: string, personId: string) =>
  first(
    queryRows<{ id: string; personas: string[]; status: string } & Record<string, unknown>>(
      db,
      sql`select id, personas, status, key_to_success, assessed_sentiment, relationship_strength, personal_rapport, left_at
          from stakeholders where account_id = ${accountId}::uuid and person_id = ${personId}::uuid`,
    ),
  );

/** A lifecycle stage change, recorded like the accounts service records one (no user: it came from a file). */
export async function insertStageChange(db: Db, accountId: string, from: string | null, to: string) {
  await db.execute(sql`insert into account_stage_changes (account_id, from_stage, to_stage, note)
    values (${accountId}::uuid, ${from}, ${to}, 'import')`);
}

/** Inserts a row and returns its id; `values` keys are column names. */
export async function insertRow(db: Db, table: 'accounts' | 'people' | 'stakeholders' | 'touchpoints', values: Record<string, unknown>) {
  const columns = Object.keys(values);
  const [row] = await queryRows<Id>(
    db,
    sql`insert into ${sql.identifier(table)} (${sql.join(
      columns.map((c) => sql.identifier(c)),
      sql`, `,
    )})
        values (${sql.join(
          columns.map((c) => paramOf(values[c])),
          sql`, `,
        )}) returning id`,
  );
  return row.id;
}

export async function updateRow(
  db: Db,
  table: 'accounts' | 'people' | 'stakeholders' | 'touchpoints',
  id: string,
  values: Record<string, unknown>,
) {
  const sets = Object.entries(values).map(([c, v]) => sql`${sql.identifier(c)} = ${paramOf(v)}`);
  await db.execute(sql`update ${sql.identifier(table)} set ${sql.join(sets, sql`, `)} where id = ${id}::uuid`);
}

// Arrays must travel as one array parameter, not be spread into a list.
const paramOf = (value: unknown) => (Array.isArray(value) ? sql`${sql.param(value)}::text[]` : sql`${value}`);

export async function findAccountRenewal(db: Db, id: string) {
  return (
    (
      await first(
        queryRows<{ renewalDate: string | null }>(db, sql`select renewal_date as "renewalDate" from accounts where id = ${id}::uuid`),
      )
    )?.renewalDate ?? null
  );
}
