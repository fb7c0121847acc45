/**
 * Touchpoint import throughput against the physical limit (issue: at least 50%).
 *
 * The limit is `COPY` of the same rows, already resolved (account ids, stakeholder ids, keys, parsed
 * dates), into the live `touchpoints` and `touchpoint_stakeholders` tables with every index and
 * constraint in place, committed. The import is timed from the CSV file's bytes to its committed
 * rows (coverage recompute after the commit is shown apart). The limit is measured twice, once with
 * random UUID v4 keys and once with time-ordered UUID v7 keys.
 *
 * On PostgreSQL each measurement runs in its own copy of the loaded portfolio database (`CREATE
 * DATABASE … TEMPLATE`), so none of them finds pages freed or split by another. On PGlite only the
 * import runs (there is no COPY-from-client path to compare with).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { readConfig } from '../src/config.ts';
import { type Database, openPostgres } from '../src/db/client.ts';
import { uuidV7 } from '../src/db/uuid7.ts';
import type { Deps } from '../src/deps.ts';
import { createLogger } from '../src/lib/logger.ts';
import { runImport } from '../src/modules/integrations/index.ts';
import type { BenchTarget } from './demo-load.bench.ts';

const KINDS = ['call', 'meeting', 'email', 'qbr', 'onsite'];
const ASOF = new Date('2026-11-01T12:00:00Z');

type Account = { id: string; name: string; stakeholders: string[]; emails: string[] };
export type Plan = { rows: number; tag: string; accounts: Account[] };

/** Accounts whose name and stakeholders' e-mails are unambiguous, so the file resolves exactly as the limit's rows do. */
export async function pickAccounts(database: Database): Promise<Account[]> {
  const { rows } = await database.sql.query<Account>(
    `with a as (select id, name, count(*) over (partition by lower(name)) as same from accounts),
       p as (select id, email, count(*) over (partition by lower(email)) as same from people where email is not null)
     select a.id, a.name, array_agg(s.id order by s.id) as stakeholders, array_agg(lower(p.email) order by s.id) as emails
     from a join stakeholders s on s.account_id = a.id join p on p.id = s.person_id
     where a.same = 1 and p.same = 1 and a.name = btrim(a.name) and a.name !~ '[",;\\n\\r]' and p.email !~ '[",;<>\\s]'
     group by a.id, a.name order by a.name limit 2000`,
  );
  return rows;
}

const dayOf = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 500) * 86_400_000).toISOString().slice(0, 10);
const summaryOf = (i: number) => `Follow-up ${i} on adoption and renewal`;
/** Row i has 0, 1 or 2 participants (one per row on average), the first stakeholders of its account. */
const participantsOf = (plan: Plan, i: number) => {
  const a = plan.accounts[i % plan.accounts.length];
  return { account: a, count: Math.min(i % 3, a.emails.length) };
};

function* chunks(rows: number, line: (i: number) => string) {
  let piece: string[] = [];
  for (let i = 0; i < rows; i++) {
    piece.push(line(i));
    if (piece.length === 10_000 || i === rows - 1) {
      yield Buffer.from(`${piece.join('\n')}\n`);
      piece = [];
    }
  }
}

function importFile(plan: Plan): Uint8Array {
  const header = Buffer.from('External ID,Account,Kind,Date,Summary,Participants\n');
  const body = chunks(plan.rows, (i) => {
    const { account, count } = participantsOf(plan, i);
    return `${plan.tag}-${i},${account.name},${KINDS[i % KINDS.length]},${dayOf(i)},${summaryOf(i)},${account.emails.slice(0, count).join('; ')}`;
  });
  return new Uint8Array(Buffer.concat([header, ...body]));
}

/** The same rows as the file, resolved: COPY text for touchpoints and for their participants. */
function resolvedRows(plan: Plan, key: () => string) {
  const ids = Array.from({ length: plan.rows }, key);
  const touchpoints = [
    ...chunks(plan.rows, (i) => {
      const a = plan.accounts[i % plan.accounts.length];
      return `${ids[i]}\t${a.id}\t${KINDS[i % KINDS.length]}\t${dayOf(i)}T00:00:00Z\t${summaryOf(i)}\tcsv:${plan.tag}-${i}`;
    }),
  ];
  const links: Buffer[] = [];
  let piece: string[] = [];
  for (let i = 0; i < plan.rows; i++) {
    const { account, count } = participantsOf(plan, i);
    for (let k = 0; k < count; k++) piece.push(`${ids[i]}\t${account.stakeholders[k]}`);
    if (piece.length >= 10_000 || i === plan.rows - 1) {
      if (piece.length > 0) links.push(Buffer.from(`${piece.join('\n')}\n`));
      piece = [];
    }
  }
  return { touchpoints, links, linkCount: links.reduce((n, b) => n + b.toString().split('\n').length - 1, 0) };
}

async function copyInto(client: pg.PoolClient, statement: string, pieces: Buffer[]) {
  await pipeline(Readable.from(pieces), client.query(copyFrom(statement)));
}

/** The limit: COPY of the resolved rows into the live tables, committed. */
async function limit(database: Database, plan: Plan, keys: 'v4' | 'v7') {
  const rows = resolvedRows(plan, keys === 'v4' ? randomUUID : () => uuidV7());
  const client = await (database.pool as pg.Pool).connect();
  try {
    const started = performance.now();
    await client.query('begin');
    await copyInto(client, 'copy touchpoints (id, account_id, kind, occurred_at, summary, external_id) from stdin', rows.touchpoints);
    await copyInto(client, 'copy touchpoint_stakeholders (touchpoint_id, stakeholder_id) from stdin', rows.links);
    await client.query('commit');
    return { seconds: (performance.now() - started) / 1000, links: rows.linkCount };
  } finally {
    client.release();
  }
}

export async function importRun(database: Database, plan: Plan) {
  const deps: Deps = { config: readConfig({ LOG_LEVEL: 'silent' }), database, log: createLogger('silent'), now: () => ASOF };
  const bytes = importFile(plan);
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  let committedAt = 0;
  const started = performance.now();
  const report = await runImport(deps, null, [{ name: 'touchpoints.csv', bytes }], {
    dryRun: false,
    skipInvalid: false,
    kind: 'touchpoint',
    dateFormat: 'iso',
    onCommitted: () => {
      committedAt = performance.now();
    },
  });
  const finished = performance.now();
  clearInterval(sampler);
  if (report.status !== 'imported' || report.errorCount > 0 || report.counts?.touchpoints.created !== plan.rows)
    throw new Error(`the benchmark import did not import every row: ${JSON.stringify({ ...report, files: undefined })}`);
  const [{ links }] = (
    await database.sql.query<{ links: number }>(
      `select count(*)::int as links from touchpoint_stakeholders ts join touchpoints t on t.id = ts.touchpoint_id where t.external_id like $1`,
      [`csv:${plan.tag}-%`],
    )
  ).rows;
  return {
    seconds: (committedAt - started) / 1000,
    recomputeSeconds: (finished - committedAt) / 1000,
    via: report.files[0]?.via,
    links,
    megabytes: Math.round(bytes.length / 1e6),
    extraMb: Math.round((peak - rssBefore) / 1e6),
  };
}

const rate = (rows: number, seconds: number) => Math.round(rows / seconds);
const fmt = (n: number) => n.toLocaleString('en');

export async function benchImport(target: BenchTarget, rows: number) {
  // Statistics for the freshly loaded tables, as autovacuum would gather them on a live instance.
  if (target.database.kind === 'postgres') await target.database.sql.exec('vacuum analyze');
  const accounts = await pickAccounts(target.database);
  const plan: Plan = { rows, tag: `B${randomBytes(3).toString('hex')}`, accounts };
  console.log(
    `\nTouchpoint import — ${target.label}, ${fmt(rows)} rows from ${fmt(accounts.length)} accounts, with about one participant per row`,
  );
  if (!target.clone) {
    const run = await importRun(target.database, plan);
    console.log(
      `  import (${run.via === 'copy' ? 'COPY path' : 'row by row'}): ${run.seconds.toFixed(1)} s = ${fmt(rate(rows, run.seconds))} rows/s to commit (+${fmt(run.links)} participants); coverage recompute after it ${run.recomputeSeconds.toFixed(1)} s; ${run.extraMb} MB extra memory (file ${run.megabytes} MB)`,
    );
    return;
  }
  const inClone = async <T>(work: (database: Database) => Promise<T>) => {
    const clone = await (target.clone as NonNullable<BenchTarget['clone']>)();
    try {
      return await work(clone.database);
    } finally {
      await clone.drop();
    }
  };
  const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
  const best = { v4: Number.POSITIVE_INFINITY, v7: Number.POSITIVE_INFINITY, import: Number.POSITIVE_INFINITY };
  let links = 0;
  let last: Awaited<ReturnType<typeof importRun>> | undefined;
  for (let round = 0; round < rounds; round++) {
    for (const keys of ['v4', 'v7'] as const) {
      const r = await inClone((db) => limit(db, plan, keys));
      links = r.links;
      best[keys] = Math.min(best[keys], r.seconds);
      console.log(`  limit, COPY of the resolved rows, ${keys} keys: ${r.seconds.toFixed(1)} s = ${fmt(rate(rows, r.seconds))} rows/s`);
    }
    last = await inClone((db) => importRun(db, plan));
    best.import = Math.min(best.import, last.seconds);
    console.log(
      `  import, CSV file to committed rows (${last.via === 'copy' ? 'COPY path' : 'row by row'}): ${last.seconds.toFixed(1)} s = ${fmt(rate(rows, last.seconds))} rows/s; coverage recompute after it ${last.recomputeSeconds.toFixed(1)} s; ${last.extraMb} MB extra memory (file ${last.megabytes} MB)`,
    );
    if (last.links !== links) throw new Error(`the import linked ${last.links} participants, the limit ${links}`);
  }
  const limitRate = (keys: 'v4' | 'v7') => rate(rows, best[keys]);
  const importRate = rate(rows, best.import);
  console.log(`  touchpoints ${fmt(rows)}, participants ${fmt(links)} (both written by each run)`);
  console.log(
    `  limit v4 ${fmt(limitRate('v4'))} rows/s, limit v7 ${fmt(limitRate('v7'))} rows/s → v7 / v4 = ${(best.v4 / best.v7).toFixed(2)}×`,
  );
  console.log(
    `  import ${fmt(importRate)} rows/s → ratio ${((importRate / limitRate('v7')) * 100).toFixed(0)}% of the v7 limit, ${((importRate / limitRate('v4')) * 100).toFixed(0)}% of the v4 limit (target ≥ 50%)`,
  );
}

/** A fresh copy of a PostgreSQL database, for one measurement. */
export function cloner(adminUrl: string, template: string, close: () => Promise<void>) {
  let closed = false;
  return async () => {
    if (!closed) {
      await close(); // a template must have no other sessions
      closed = true;
    }
    const name = `${template}_c${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${template} strategy file_copy`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = openPostgres(url.toString(), 2);
    return {
      database,
      drop: async () => {
        await database.close();
        await admin.query(`drop database ${name} with (force)`);
        await admin.end();
      },
    };
  };
}
