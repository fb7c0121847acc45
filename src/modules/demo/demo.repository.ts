/**
 * Bulk-loads a generated portfolio in one transaction: all of it or none of it. Each table goes in
 * batches of `INSERT ... SELECT FROM unnest($1::uuid[], $2::text[], ...)`: one array parameter per
 * column, so a statement has the same few parameters whatever the batch size, and PostgreSQL plans
 * one insert per batch instead of one per row.
 *
 * The loaded tables stay locked until the commit (their foreign keys are set aside, see below), so
 * load before serving requests, or accept that readers of those tables wait for the load.
 */
import type { Database, SqlClient } from '../../db/client.ts';
import type { Portfolio } from './domain/portfolio.ts';

export type LoadOptions = {
  /** Every demo user signs in with this hash; null leaves them without a password. */
  passwordHash: string | null;
  /** Called after each batch with the rows of that table loaded so far. */
  onProgress?: (table: string, rows: number) => void;
};

const BATCH_ROWS = 10_000;

type Column<T> = {
  name: string;
  /** Element type of the array parameter. */
  type: string;
  value: (row: T) => unknown;
  /** SQL building the stored value from the unnested one, when a cast is not enough. */
  expression?: string;
};
/** A column filled from the others in SQL, with no parameter of its own. */
type Derived = { name: string; expression: string };

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

export async function loadPortfolio(database: Database, portfolio: Portfolio, options?: LoadOptions): Promise<void> {
  const passwordHash = options?.passwordHash ?? null;
  const progress = options?.onProgress;
  await inTransaction(database, async (sql) => {
    const foreignKeys = await suspendForeignKeys(sql, LOADED_TABLES);
    const load = <T>(table: string, columns: Column<T>[], rows: readonly T[], derived: Derived[] = []) =>
      insertBatches(sql, { table, columns, derived }, rows, progress);

    await load(
      'users',
      [
        { name: 'id', type: 'uuid', value: (u) => u.id },
        { name: 'email', type: 'text', value: (u) => u.email },
        { name: 'name', type: 'text', value: (u) => u.name },
        { name: 'role', type: 'text', value: (u) => u.role },
        { name: 'password_hash', type: 'text', value: () => passwordHash },
      ],
      portfolio.users,
    );

    await load(
      'accounts',
      [
        { name: 'id', type: 'uuid', value: (a) => a.id },
        { name: 'name', type: 'text', value: (a) => a.name },
        { name: 'tier', type: 'text', value: (a) => a.tier },
        { name: 'size_band', type: 'text', value: (a) => a.sizeBand },
        { name: 'region', type: 'text', value: (a) => a.region },
        { name: 'industry', type: 'text', value: (a) => a.industry },
        { name: 'employees', type: 'int4', value: (a) => a.employees },
        { name: 'lifecycle_stage', type: 'text', value: (a) => a.lifecycleStage },
        { name: 'arr', type: 'numeric', value: (a) => a.arr },
        { name: 'renewal_date', type: 'date', value: (a) => a.renewalDate },
        { name: 'owner_id', type: 'uuid', value: (a) => a.ownerId },
        { name: 'salesforce_id', type: 'text', value: (a) => a.salesforceId },
        { name: 'hubspot_id', type: 'text', value: (a) => a.hubspotId },
        { name: 'created_at', type: 'timestamptz', value: (a) => a.createdAt },
      ],
      portfolio.accounts,
    );

    await load(
      'account_stage_changes',
      [
        { name: 'id', type: 'uuid', value: (c) => c.id },
        { name: 'account_id', type: 'uuid', value: (c) => c.accountId },
        { name: 'from_stage', type: 'text', value: (c) => c.fromStage },
        { name: 'to_stage', type: 'text', value: (c) => c.toStage },
        { name: 'changed_at', type: 'timestamptz', value: (c) => c.changedAt },
        { name: 'changed_by', type: 'uuid', value: (c) => c.changedBy },
        { name: 'note', type: 'text', value: (c) => c.note },
      ],
      portfolio.accountStageChanges,
    );

    await load(
      'people',
      [
        { name: 'id', type: 'uuid', value: (p) => p.id },
        { name: 'first_name', type: 'text', value: (p) => p.firstName },
        { name: 'last_name', type: 'text', value: (p) => p.lastName },
        { name: 'email', type: 'text', value: (p) => p.email },
        { name: 'title', type: 'text', value: (p) => p.title },
        { name: 'created_at', type: 'timestamptz', value: (p) => p.createdAt },
      ],
      portfolio.people,
    );

    await load(
      'stakeholders',
      [
        { name: 'id', type: 'uuid', value: (s) => s.id },
        { name: 'account_id', type: 'uuid', value: (s) => s.accountId },
        { name: 'person_id', type: 'uuid', value: (s) => s.personId },
        // unnest flattens a two-dimensional array, so each persona list travels as one joined string.
        { name: 'personas', type: 'text', value: (s) => s.personas.join(','), expression: "string_to_array(personas, ',')" },
        { name: 'key_to_success', type: 'text', value: (s) => s.keyToSuccess },
        { name: 'assessed_sentiment', type: 'text', value: (s) => s.assessedSentiment },
        { name: 'assessed_sentiment_at', type: 'timestamptz', value: (s) => s.assessedSentimentAt },
        { name: 'assessed_sentiment_by', type: 'uuid', value: (s) => s.assessedSentimentBy },
        { name: 'assessed_sentiment_reason', type: 'text', value: (s) => s.assessedSentimentReason },
        { name: 'relationship_strength', type: 'int4', value: (s) => s.relationshipStrength },
        { name: 'personal_rapport', type: 'int4', value: (s) => s.personalRapport },
        { name: 'status', type: 'text', value: (s) => s.status },
        { name: 'left_at', type: 'date', value: (s) => s.leftAt },
        { name: 'created_at', type: 'timestamptz', value: (s) => s.createdAt },
      ],
      portfolio.stakeholders,
    );

    await load(
      'stakeholder_changes',
      [
        { name: 'id', type: 'uuid', value: (c) => c.id },
        { name: 'stakeholder_id', type: 'uuid', value: (c) => c.stakeholderId },
        { name: 'field', type: 'text', value: (c) => c.field },
        { name: 'from_value', type: 'text', value: (c) => json(c.fromValue), expression: 'from_value::jsonb' },
        { name: 'to_value', type: 'text', value: (c) => json(c.toValue), expression: 'to_value::jsonb' },
        { name: 'reason', type: 'text', value: (c) => c.reason },
        { name: 'changed_by', type: 'uuid', value: (c) => c.changedBy },
        { name: 'changed_at', type: 'timestamptz', value: (c) => c.changedAt },
      ],
      portfolio.stakeholderChanges,
    );

    await load(
      'touchpoints',
      [
        { name: 'id', type: 'uuid', value: (t) => t.id },
        { name: 'account_id', type: 'uuid', value: (t) => t.accountId },
        { name: 'kind', type: 'text', value: (t) => t.kind },
        { name: 'occurred_at', type: 'timestamptz', value: (t) => t.occurredAt },
        { name: 'summary', type: 'text', value: (t) => t.summary },
        { name: 'created_by', type: 'uuid', value: (t) => t.createdBy },
        // Logged when it happened: the demo has no separate entry time.
      ],
      portfolio.touchpoints,
      [{ name: 'created_at', expression: 'occurred_at' }],
    );

    await load(
      'touchpoint_stakeholders',
      [
        { name: 'touchpoint_id', type: 'uuid', value: (r) => r.touchpointId },
        { name: 'stakeholder_id', type: 'uuid', value: (r) => r.stakeholderId },
      ],
      portfolio.touchpointStakeholders,
    );

    await load(
      'touchpoint_users',
      [
        { name: 'touchpoint_id', type: 'uuid', value: (r) => r.touchpointId },
        { name: 'user_id', type: 'uuid', value: (r) => r.userId },
      ],
      portfolio.touchpointUsers,
    );

    await restoreForeignKeys(sql, foreignKeys);
    await sql.query(
      `INSERT INTO settings (key, value) VALUES ('demo', $1::jsonb)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = now()`,
      [JSON.stringify({ seed: portfolio.seed, accounts: portfolio.accounts.length, loadedAt: portfolio.asOf })],
    );
    progress?.('settings', 1);
  });
}

const LOADED_TABLES = [
  'accounts',
  'account_stage_changes',
  'people',
  'stakeholders',
  'stakeholder_changes',
  'touchpoints',
  'touchpoint_stakeholders',
  'touchpoint_users',
];

type ForeignKey = { table: string; name: string; definition: string };

/**
 * Checking foreign keys row by row is most of the load time (each row queues a trigger that looks up
 * its parent). PostgreSQL's advice for bulk loads: drop them and add them back, which checks every
 * row again in one set-based pass. Inside the transaction, so a failed check rolls everything back.
 * Definitions are read from the catalog, so this follows whatever the migrations declare.
 */
async function suspendForeignKeys(sql: SqlClient, tables: readonly string[]): Promise<ForeignKey[]> {
  const { rows } = await sql.query<ForeignKey>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])
      ORDER BY 1, 2`,
    [tables],
  );
  for (const key of rows) await sql.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  return rows;
}

async function restoreForeignKeys(sql: SqlClient, keys: readonly ForeignKey[]): Promise<void> {
  for (const key of keys) await sql.query(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
}

async function insertBatches<T>(
  sql: SqlClient,
  target: { table: string; columns: Column<T>[]; derived: Derived[] },
  rows: readonly T[],
  onProgress: LoadOptions['onProgress'],
): Promise<void> {
  const { table, columns, derived } = target;
  const names = [...columns.map((c) => c.name), ...derived.map((d) => d.name)];
  const values = [...columns.map((c) => c.expression ?? c.name), ...derived.map((d) => d.expression)];
  const text =
    `INSERT INTO ${table} (${names.join(', ')}) SELECT ${values.join(', ')} ` +
    `FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')}) AS t(${columns.map((c) => c.name).join(', ')})`;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    await sql.query(
      text,
      columns.map((column) => batch.map(column.value)),
    );
    onProgress?.(table, start + batch.length);
  }
}

/** One transaction on one connection: PGlite's own transaction, or a client held from the pool. */
async function inTransaction(database: Database, work: (sql: SqlClient) => Promise<void>): Promise<void> {
  if (database.pglite) {
    await database.pglite.transaction(async (tx) => {
      await work({
        query: async (text, params) => ({ rows: (await tx.query(text, params)).rows as never[] }),
        exec: async (text) => {
          await tx.exec(text);
        },
      });
    });
    return;
  }
  if (!database.pool) throw new Error('loadPortfolio needs a PGlite instance or a PostgreSQL pool');
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    await work({
      query: async (text, params) => ({ rows: (await client.query(text, params as unknown[] | undefined)).rows }),
      exec: async (text) => {
        await client.query(text);
      },
    });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
