/**
 * `npm run bench`: every benchmark prints its figures and the ratio to its stated baseline.
 * On PostgreSQL (BENCH_DATABASE_URL or DATABASE_URL) at benchmark scale; otherwise on PGlite at a tenth of it.
 */
import { DEMO_SCALES } from '../src/modules/demo/index.ts';
import { benchDemoLoad } from './demo-load.bench.ts';

const onPostgres = Boolean(process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL);
const accounts = Number(process.env.BENCH_ACCOUNTS ?? (onPostgres ? DEMO_SCALES.bench : DEMO_SCALES.bench / 10));

await benchDemoLoad(accounts);
