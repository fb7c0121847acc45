/** The run log of background jobs: one row per job a worker finished, with the instance that ran it. */
import { lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { jobRuns } from '../../db/schema.ts';

export async function insertJobRun(db: Db, run: { queue: string; jobId: string; instance: string }): Promise<void> {
  await db.insert(jobRuns).values(run);
}

export async function deleteJobRunsBefore(db: Db, before: string): Promise<void> {
  await db.delete(jobRuns).where(lt(jobRuns.ranAt, before));
}
