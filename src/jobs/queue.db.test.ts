import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseUrl } from '../../test/helpers/test-database.ts';
import { readConfig } from '../config.ts';
import { openPostgres } from '../db/client.ts';
import type { Deps } from '../deps.ts';
import { createLogger } from '../lib/logger.ts';
import { startJobs } from './queue.ts';

const database = await createTestDatabase();
afterAll(() => database.dispose());

async function waitFor(check: () => Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`condition not met within ${ms} ms`);
}

const runsPerJob = async () =>
  (
    await database.sql.query<{ job_id: string; runs: number; instances: string }>(
      "select job_id, count(*)::int as runs, string_agg(instance, ',') as instances from job_runs group by job_id",
    )
  ).rows;

describe('job queue', () => {
  it.skipIf(Boolean(testDatabaseUrl()))('runs each job once on the embedded database', async () => {
    const deps: Deps = { config: readConfig({ LOG_LEVEL: 'silent' }), database, log: createLogger('silent'), now: () => new Date() };
    const jobs = await startJobs(deps, { instanceId: 'only' });
    try {
      for (let i = 0; i < 5; i++) await jobs.send('maintenance.purge-sessions');
      await waitFor(async () => (await runsPerJob()).length === 5, 30_000);
      expect((await runsPerJob()).every((r) => r.runs === 1)).toBe(true);
    } finally {
      await jobs.stop();
    }
  });

  it.skipIf(!testDatabaseUrl())('shares one queue between two instances on PostgreSQL without running a job twice', async () => {
    const url = database.url as string;
    const instances = ['a', 'b'].map((name) => {
      const db = openPostgres(url, 4);
      const deps: Deps = {
        config: readConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' }),
        database: db,
        log: createLogger('silent'),
        now: () => new Date(),
      };
      return { name, db, deps };
    });
    const queues = await Promise.all(instances.map((i) => startJobs(i.deps, { instanceId: i.name })));
    try {
      const total = 40;
      for (let i = 0; i < total; i++) await queues[i % 2].send('maintenance.purge-sessions');
      await waitFor(async () => (await runsPerJob()).length === total, 60_000);
      await new Promise((r) => setTimeout(r, 2_000)); // give a duplicate run the chance to show up
      const rows = await runsPerJob();
      expect(rows).toHaveLength(total);
      expect(rows.filter((r) => r.runs !== 1)).toEqual([]);
      const ranBy = new Set(rows.map((r) => r.instances));
      expect([...ranBy].sort()).toEqual(['a', 'b']);
    } finally {
      await Promise.all(queues.map((q) => q.stop()));
      await Promise.all(instances.map((i) => i.db.close()));
    }
  });
});
