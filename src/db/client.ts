/**
 * One SQL dialect, two engines: embedded PGlite (default) or PostgreSQL through DATABASE_URL.
 * Both give the same Drizzle database type and the same plain-SQL client, and agree on how
 * int8, numeric and date values come back (numbers and ISO strings).
 */
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The smallest plain-SQL surface both engines share; used by the job queue and bulk loads. */
export type SqlClient = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs several statements without parameters (migrations, multi-statement scripts). */
  exec(text: string): Promise<void>;
};

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  sql: SqlClient;
  close(): Promise<void>;
  /** Present on PGlite only: the underlying instance, for clone() in tests. */
  pglite?: PGlite;
  /** Present on PostgreSQL only. */
  pool?: pg.Pool;
};

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const toNumber = (v: string) => (v === null ? v : Number(v));
const keep = (v: string) => v;

pg.types.setTypeParser(INT8, toNumber);
pg.types.setTypeParser(NUMERIC, toNumber);
pg.types.setTypeParser(DATE, keep);

export const pgliteParsers = { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: keep };

export function wrapPglite(instance: PGlite): Database {
  const db = drizzlePglite({ client: instance, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: instance,
    sql: {
      async query(text, params) {
        const res = await instance.query(text, params as unknown[] | undefined);
        return { rows: res.rows as never[] };
      },
      async exec(text) {
        await instance.exec(text);
      },
    },
    close: () => instance.close(),
  };
}

export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const instance = await PGlite.create({ dataDir, parsers: pgliteParsers });
  return wrapPglite(instance);
}

export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, failover) must not take the process down;
  // the pool replaces it on the next query.
  pool.on('error', (err) => process.stderr.write(`database connection lost (it will be replaced): ${err.message}\n`));
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    pool,
    sql: {
      async query(text, params) {
        const res = await pool.query(text, params as unknown[] | undefined);
        return { rows: res.rows };
      },
      async exec(text) {
        await pool.query(text);
      },
    },
    close: () => pool.end(),
  };
}

/** Resolves once the database answers a trivial query (the health check). */
export async function pingDatabase(database: Database): Promise<void> {
  await database.sql.query('select 1');
}
