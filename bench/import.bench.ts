/**
 * Touchpoint import throughput and memory against the physical limit: a plain COPY of the same CSV
 * into an unindexed staging table (PostgreSQL only). Target (issue): at least 25% of COPY's rows/s,
 * under 300 MB of extra memory for 1,000,000 rows.
 */
import { appendFileSync, chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config.ts';
import type { Deps } from '../src/deps.ts';
import { createLogger } from '../src/lib/logger.ts';
import { runImport } from '../src/modules/integrations/index.ts';
import type { BenchTarget } from './demo-load.bench.ts';

const KINDS = ['call', 'meeting', 'email', 'qbr', 'onsite'];

/** Written in pieces so the benchmark's own file does not count against the import's memory. */
function writeCsv(path: string, rows: number, accounts: string[]) {
  writeFileSync(path, 'External ID,Account,Kind,Date,Summary\n');
  let piece: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 500) * 86_400_000).toISOString().slice(0, 10);
    piece.push(`BENCH-${i},${accounts[i % accounts.length]},${KINDS[i % KINDS.length]},${day},Follow-up ${i} on adoption and renewal`);
    if (piece.length === 10_000 || i === rows - 1) {
      appendFileSync(path, `${piece.join('\n')}\n`);
      piece = [];
    }
  }
}

export async function benchImport(target: BenchTarget, rows: number) {
  const deps: Deps = {
    config: readConfig({ LOG_LEVEL: 'silent' }),
    database: target.database,
    log: createLogger('silent'),
    now: () => new Date('2026-11-01T12:00:00Z'),
  };
  const accounts = (await target.database.sql.query<{ name: string }>('select name from accounts order by name limit 2000')).rows.map((r) =>
    r.name.replace(/,/g, ''),
  );
  const usable = accounts.filter((n) => !/["\n]/.test(n));
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  const path = join(dir, 'touchpoints.csv');
  writeCsv(path, rows, usable);
  // The COPY baseline is read by the database server's own user.
  chmodSync(dir, 0o755);
  chmodSync(path, 0o644);
  try {
    let copyRate: number | undefined;
    if (target.database.kind === 'postgres') {
      await target.database.sql.exec(
        'create unlogged table bench_staging (external_id text, account text, kind text, day text, summary text)',
      );
      const started = performance.now();
      await target.database.sql.exec(`copy bench_staging from '${path}' with (format csv, header true)`);
      copyRate = rows / ((performance.now() - started) / 1000);
      await target.database.sql.exec('drop table bench_staging');
    }
    const bytes = new Uint8Array(readFileSync(path));
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 100);
    const started = performance.now();
    const report = await runImport(deps, null, [{ name: 'touchpoints.csv', bytes }], {
      dryRun: false,
      skipInvalid: false,
      kind: 'touchpoint',
      dateFormat: 'iso',
    });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const rate = rows / seconds;
    console.log(`\nTouchpoint import — ${target.label}, ${rows.toLocaleString('en')} rows (${Math.round(bytes.length / 1e6)} MB CSV)`);
    console.log(
      `  import: ${seconds.toFixed(1)} s = ${Math.round(rate).toLocaleString('en')} rows/s (read ${report.files[0]?.via === 'copy' ? 'with COPY into a staging table, checked and written in SQL' : 'row by row'}, coverage recompute included); ${report.status}, ${report.counts?.touchpoints.created} created, ${report.errorCount} errors`,
    );
    console.log(
      `  extra memory at peak: ${Math.round((peak - rssBefore) / 1e6)} MB (file held in memory: ${Math.round(bytes.length / 1e6)} MB)`,
    );
    if (copyRate)
      console.log(
        `  baseline, plain COPY into an unindexed staging table: ${Math.round(copyRate).toLocaleString('en')} rows/s → ratio ${((rate / copyRate) * 100).toFixed(1)}% (target ≥ 25%)`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
