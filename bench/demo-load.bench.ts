/**
 * Demo portfolio at benchmark scale: generation time and bulk-load throughput, against a baseline
 * of the same touchpoint rows inserted one statement per row (what "not row-by-row" is measured against).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { generatePortfolio, loadPortfolio } from '../src/modules/demo/index.ts';
import { cloner } from './import.bench.ts';

export type BenchTarget = {
  database: Database;
  label: string;
  dispose: () => Promise<void>;
  /** True when the portfolio is already loaded (BENCH_REUSE): the load benchmark is skipped. */
  loaded?: boolean;
  /** PostgreSQL: a fresh copy of the loaded database, for a measurement that must not see another's writes (closes `database`). */
  clone?: () => Promise<{ database: Database; drop: () => Promise<void> }>;
};

export async function openBenchDatabase(): Promise<BenchTarget> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) {
    const database = await openPglite(undefined);
    await migrateDatabase(database);
    return { database, label: 'PGlite (in memory)', dispose: () => database.close() };
  }
  // BENCH_REUSE=<database>: a portfolio kept by an earlier run (BENCH_KEEP=1), used as it is and kept.
  const reuse = process.env.BENCH_REUSE;
  const keep = Boolean(reuse) || process.env.BENCH_KEEP === '1';
  const name = reuse ?? `rapport_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  if (!reuse) await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 4);
  await migrateDatabase(database, url.toString());
  let open = true;
  const close = async () => {
    if (open) await database.close();
    open = false;
  };
  return {
    database,
    label: `PostgreSQL (${(await admin.query('show server_version')).rows[0].server_version})`,
    clone: cloner(adminUrl, name, close),
    loaded: Boolean(reuse),
    dispose: async () => {
      await close();
      if (keep) console.log(`\nThe portfolio database ${name} is kept: BENCH_REUSE=${name} runs on it again.`);
      else await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000));

export async function benchDemoLoad(target: BenchTarget, accounts: number) {
  {
    let t = performance.now();
    const portfolio = generatePortfolio({ seed: 7, accounts, asOf: '2026-11-01' });
    const generateMs = performance.now() - t;
    const rows =
      portfolio.users.length +
      portfolio.accounts.length +
      portfolio.accountStageChanges.length +
      portfolio.people.length +
      portfolio.stakeholders.length +
      portfolio.stakeholderChanges.length +
      portfolio.touchpoints.length +
      portfolio.touchpointStakeholders.length +
      portfolio.touchpointUsers.length;
    const heapMb = Math.round(process.memoryUsage().rss / 1e6);

    t = performance.now();
    await loadPortfolio(target.database, portfolio, { passwordHash: null });
    const loadMs = performance.now() - t;

    // Baseline: 5,000 of the same touchpoints, one INSERT each, in one transaction, into a copy of the table.
    const sample = portfolio.touchpoints.slice(0, 5_000);
    const sql = target.database.sql;
    await sql.exec('create table bench_touchpoints (like touchpoints including defaults)');
    t = performance.now();
    await sql.exec('begin');
    for (const tp of sample) {
      await sql.query(
        'insert into bench_touchpoints (id, account_id, kind, occurred_at, summary, created_by) values ($1, $2, $3, $4, $5, $6)',
        [tp.id, tp.accountId, tp.kind, tp.occurredAt, tp.summary, tp.createdBy],
      );
    }
    await sql.exec('commit');
    const rowByRowMs = performance.now() - t;

    const bulkRate = perSecond(rows, loadMs);
    const baseRate = perSecond(sample.length, rowByRowMs);
    console.log(`\nDemo portfolio load — ${target.label}`);
    console.log(
      `  generated ${accounts} accounts, ${portfolio.stakeholders.length} stakeholders, ${portfolio.touchpoints.length} touchpoints (${rows} rows in all) in ${seconds(generateMs)}; process memory ${heapMb} MB`,
    );
    console.log(`  bulk load: ${seconds(loadMs)} = ${bulkRate} rows/s`);
    console.log(`  baseline, one INSERT per row: ${baseRate} rows/s`);
    console.log(`  ratio bulk / row-by-row: ${(bulkRate / baseRate).toFixed(1)}×`);
    await sql.exec('drop table bench_touchpoints');
    return { accounts, rows, generateMs, loadMs, bulkRate, baseRate };
  }
}
