/**
 * `npm run bench`: every benchmark prints its figures and the ratio to its stated baseline.
 * On PostgreSQL (BENCH_DATABASE_URL or DATABASE_URL) at 20,000 accounts; otherwise on PGlite at 2,000.
 * BENCH_ACCOUNTS and BENCH_IMPORT_ROWS change the sizes for a quick run; BENCH_ROUNDS repeats the import
 * measurements (best of each is kept); BENCH_ONLY=import runs the import benchmark alone; BENCH_KEEP=1 keeps
 * the loaded PostgreSQL database and BENCH_REUSE=<name> runs on it again without loading.
 */
import { DEMO_SCALES } from '../src/modules/demo/index.ts';
import { benchCoverageRecompute } from './coverage-recompute.bench.ts';
import { benchDemoLoad, openBenchDatabase } from './demo-load.bench.ts';
import { benchImport } from './import.bench.ts';

const onPostgres = Boolean(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL);
const accounts = Number(process.env.BENCH_ACCOUNTS ?? (onPostgres ? DEMO_SCALES.bench : DEMO_SCALES.bench / 10));

const target = await openBenchDatabase();
try {
  if (!target.loaded) await benchDemoLoad(target, accounts);
  // BENCH_ONLY=import skips the coverage benchmark (the portfolio is still loaded: the import needs it).
  if (process.env.BENCH_ONLY !== 'import') await benchCoverageRecompute(target);
  await benchImport(target, Number(process.env.BENCH_IMPORT_ROWS ?? (onPostgres ? 1_000_000 : 100_000)));
} finally {
  await target.dispose();
}
