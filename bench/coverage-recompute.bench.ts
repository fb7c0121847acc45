/**
 * Portfolio recompute of recency and gaps against its physical baseline: one raw SQL query computing
 * the last engagement per (account, persona) over the same tables. Target (issue): at most 2× on PostgreSQL.
 */
import { readConfig } from '../src/config.ts';
import type { Deps } from '../src/deps.ts';
import { createLogger } from '../src/lib/logger.ts';
import { ensureCoverageDefaults, recomputeCoverage } from '../src/modules/coverage/index.ts';
import type { BenchTarget } from './demo-load.bench.ts';

const BASELINE_SQL = `
  select s.account_id, p.persona, max(t.occurred_at) as last_engaged_at
  from stakeholders s
  cross join lateral unnest(s.personas) as p(persona)
  join touchpoint_stakeholders ts on ts.stakeholder_id = s.id
  join touchpoints t on t.id = ts.touchpoint_id
  where s.status = 'active' and t.kind <> 'note'
  group by s.account_id, p.persona`;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

export async function benchCoverageRecompute(target: BenchTarget) {
  const deps: Deps = {
    config: readConfig({ LOG_LEVEL: 'silent' }),
    database: target.database,
    log: createLogger('silent'),
    now: () => new Date('2026-11-01T12:00:00Z'),
  };
  await ensureCoverageDefaults(deps);
  await target.database.sql.exec('analyze');

  const baselineRuns: number[] = [];
  let groups = 0;
  for (let i = 0; i < 3; i++) {
    const [res, ms] = await timed(() => target.database.sql.query(BASELINE_SQL));
    groups = res.rows.length;
    baselineRuns.push(ms);
  }
  const baseline = Math.min(...baselineRuns);

  const memoryBefore = process.memoryUsage().rss;
  const [first, firstMs] = await timed(() => recomputeCoverage(deps));
  const [, steadyMs] = await timed(() => recomputeCoverage(deps));
  const [, steadyMs2] = await timed(() => recomputeCoverage(deps));
  const steady = Math.min(steadyMs, steadyMs2);
  const memoryMb = Math.round((process.memoryUsage().rss - memoryBefore) / 1e6);

  console.log(`\nCoverage recompute — ${target.label}, ${first.accounts} live accounts`);
  console.log(`  baseline: raw last-engagement query per (account, persona), ${groups} groups: ${baseline.toFixed(0)} ms (best of 3)`);
  console.log(
    `  first recompute (stores ${first.gapsOpened} gaps, creates ${first.actionsCreated} actions): ${firstMs.toFixed(0)} ms = ${(firstMs / baseline).toFixed(2)}× baseline`,
  );
  console.log(`  recompute of an unchanged portfolio: ${steady.toFixed(0)} ms = ${(steady / baseline).toFixed(2)}× baseline (target ≤ 2×)`);
  console.log(`  extra memory during recompute: ${memoryMb} MB`);
  return { baseline, firstMs, steady };
}
