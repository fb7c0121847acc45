/**
 * The job queue: pg-boss on PostgreSQL natively, on PGlite through pg-boss's SQL hook. Several app
 * instances share one queue; pg-boss hands each job to one worker (SKIP LOCKED), and every run is
 * recorded in job_runs with the instance that ran it, so operators and tests can see it ran once.
 */
import PgBoss from 'pg-boss';
import { pgBossOnPglite } from '../db/pg-boss.ts';
import type { Deps } from '../deps.ts';
import { launchDueWaves, runDispatch } from '../modules/assessments/index.ts';
import { purgeExpiredSessions } from '../modules/auth/index.ts';
import { recomputeCoverage } from '../modules/coverage/index.ts';
import { purgeOldJobRuns, recordJobRun } from '../modules/system/index.ts';

export type JobHandler = (deps: Deps, data: Record<string, unknown>, instanceId: string) => Promise<unknown>;
export type JobQueue = {
  send(name: string, data?: Record<string, unknown>): Promise<string | null>;
  stop(): Promise<void>;
  instanceId: string;
};

/** Every queue Rapport works, with its schedule when it has one. Later capabilities add theirs here. */
export const JOBS: Record<string, { handler: JobHandler; cron?: string; batchSize?: number }> = {
  'maintenance.purge-sessions': {
    handler: async (deps) => {
      const sessions = await purgeExpiredSessions(deps);
      await purgeOldJobRuns(deps);
      return sessions;
    },
    cron: '17 * * * *',
  },
  // Recency gaps open with the passing of days, without any write: recompute the portfolio every night.
  'coverage.recompute': {
    handler: async (deps) => {
      const { computed: _computed, ...stats } = await recomputeCoverage(deps);
      return stats;
    },
    cron: '23 2 * * *',
  },
  // Sends due invitations and reminders, closes waves, escalates silence. Launches send it at once too.
  // One job at a time per worker, so that several instances share a wave rather than one taking every job.
  'assessments.dispatch': { handler: (deps, _data, instanceId) => runDispatch(deps, instanceId), cron: '* * * * *', batchSize: 1 },
  // Active programs launch a wave of whoever is due, every morning.
  'assessments.launch-due': { handler: (deps) => launchDueWaves(deps), cron: '41 6 * * *' },
};

function bossFor(deps: Deps): PgBoss {
  const common = { schema: 'pgboss' } as const;
  const { database, config } = deps;
  if (database.kind === 'postgres') return new PgBoss({ ...common, connectionString: config.databaseUrl, max: 4 });
  const pglite = database.pglite;
  if (!pglite) throw new Error('PGlite database without its instance');
  return new PgBoss({
    ...common,
    pollingIntervalSeconds: 2,
    db: pgBossOnPglite(pglite),
  });
}

/** Two instances starting at once can deadlock inside pg-boss's queue setup; the loser simply tries again. */
async function retryOnDeadlock<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if ((err as { code?: string }).code !== '40P01' || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
    }
  }
}

export async function startJobs(deps: Deps, options: { instanceId: string; work?: boolean }): Promise<JobQueue> {
  const boss = bossFor(deps);
  boss.on('error', (err) => deps.log.error('job queue error', { error: String(err) }));
  await retryOnDeadlock(() => boss.start());
  for (const [name, job] of Object.entries(JOBS)) {
    if (!(await boss.getQueue(name))) await retryOnDeadlock(() => boss.createQueue(name));
    if (job.cron) await retryOnDeadlock(() => boss.schedule(name, job.cron as string));
    if (options.work === false) continue;
    await boss.work<Record<string, unknown>>(name, { pollingIntervalSeconds: 2, batchSize: job.batchSize ?? 4 }, async (batch) => {
      for (const item of batch) {
        await job.handler(deps, item.data ?? {}, options.instanceId);
        await recordJobRun(deps, { queue: name, jobId: item.id, instance: options.instanceId });
      }
    });
  }
  return {
    instanceId: options.instanceId,
    send: (name, data = {}) => boss.send(name, data),
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
