/**
 * A fresh, migrated database per call: PGlite by default (one migrated template per test file,
 * cloned per database, because starting PGlite costs seconds and ~800 MB), PostgreSQL when
 * DATABASE_URL is set (a new database per call, dropped on close).
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openPostgres, pgliteParsers, wrapPglite } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';

export type TestDatabase = Database & { url?: string; dispose(): Promise<void> };

let template: Promise<PGlite> | undefined;

async function pgliteTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const instance = await PGlite.create({ parsers: pgliteParsers });
    await migrateDatabase(wrapPglite(instance));
    return instance;
  })();
  return template;
}

export function testDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = testDatabaseUrl();
  if (!adminUrl) {
    const clone = (await (await pgliteTemplate()).clone()) as PGlite;
    const database = wrapPglite(clone);
    return { ...database, dispose: () => clone.close() };
  }
  const name = `rapport_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 5);
  await migrateDatabase(database, url.toString());
  return {
    ...database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
