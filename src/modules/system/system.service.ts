/** The instance's own bookkeeping for the edges (boot, CLI, job worker): settings and the job run log. */
import type { Deps } from '../../deps.ts';
import { deleteJobRunsBefore, insertJobRun } from './job-runs.repository.ts';
import { claimSetting, findSetting, putSetting } from './settings.repository.ts';

/** The run log answers "did it run once?"; a month of it is plenty (the dispatcher runs every minute). */
const JOB_RUNS_KEPT_DAYS = 30;

export function readSetting<T>(deps: Deps, key: string): Promise<T | undefined> {
  return findSetting<T>(deps.database.db, key);
}

export function writeSetting(deps: Deps, key: string, value: unknown): Promise<void> {
  return putSetting(deps.database.db, key, value);
}

/** Stores the setting unless it exists; true when this call created it (one-time work is claimed this way). */
export function claimOnce(deps: Deps, key: string, value: unknown): Promise<boolean> {
  return claimSetting(deps.database.db, key, value);
}

export function recordJobRun(deps: Deps, run: { queue: string; jobId: string; instance: string }): Promise<void> {
  return insertJobRun(deps.database.db, run);
}

export function purgeOldJobRuns(deps: Deps): Promise<void> {
  const before = new Date(deps.now().getTime() - JOB_RUNS_KEPT_DAYS * 86_400_000).toISOString();
  return deleteJobRunsBefore(deps.database.db, before);
}
