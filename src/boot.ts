/** Opening the database, first-start setup (first admin, demo portfolio) and the running server. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import { type Database, openPglite, openPostgres } from './db/client.ts';
import { loadSecret, lockDataDir } from './db/data-dir.ts';
import { migrateDatabase } from './db/migrate.ts';
import type { Deps } from './deps.ts';
import { startJobs } from './jobs/queue.ts';
import { startStopwatch, systemClock } from './lib/clock.ts';
import { isoDate } from './lib/dates.ts';
import { createLogger } from './lib/logger.ts';
import { closeMailers, ensureAssessmentDefaults, loadDemoAssessments } from './modules/assessments/index.ts';
import { countUsers, createUser, generatePassword, hashPassword } from './modules/auth/index.ts';
import { ensureCoverageDefaults, recomputeCoverage } from './modules/coverage/index.ts';
import { DEMO_SCALES, demoLogins, generatePortfolio, loadDemoPortfolio } from './modules/demo/index.ts';
import { claimOnce } from './modules/system/index.ts';

export const FIRST_ADMIN_EMAIL = 'admin@rapport.local';
export const DEMO_SEED = 20_261_122;

export type Opened = { deps: Deps; close: () => Promise<void> };

/** Opens (and migrates) the configured database; on PGlite the data directory is locked first. */
export async function openDatabase(config: Config): Promise<Opened> {
  const log = createLogger(config.logLevel);
  let database: Database;
  let release = () => {};
  if (config.databaseUrl) {
    database = openPostgres(config.databaseUrl);
  } else {
    release = lockDataDir(config.dataDir);
    try {
      database = await openPglite(join(config.dataDir, 'pglite'));
    } catch (err) {
      release();
      throw err;
    }
  }
  await migrateDatabase(database, config.databaseUrl);
  loadSecret(config.dataDir, config.secret);
  const deps: Deps = { config, database, log, now: systemClock };
  return {
    deps,
    close: async () => {
      await database.close();
      release();
    },
  };
}

type FirstStart = {
  adminEmail: string;
  adminPassword: string | null;
  demoLogins: { email: string; role: string }[];
  demoPassword: string | null;
};

function readSecretFile(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : null;
}

/**
 * On the very first start: the first admin (password kept in DATA_DIR/initial-admin-password until it
 * is changed, as self-hosted tools commonly do) and, unless skipped, the demo portfolio. Later starts change nothing.
 */
export async function ensureInstallation(deps: Deps, options: { demo: boolean }): Promise<FirstStart> {
  const adminFile = join(deps.config.dataDir, 'initial-admin-password');
  const demoFile = join(deps.config.dataDir, 'demo-password');
  const firstStart = await claimOnce(deps, 'installation', { createdAt: deps.now().toISOString(), demo: options.demo });
  if (firstStart && (await countUsers(deps)) === 0) {
    const { password } = await createUser(deps, null, { email: FIRST_ADMIN_EMAIL, name: 'Administrator', role: 'admin' });
    writeFileSync(adminFile, password, { mode: 0o600 });
  }
  await ensureCoverageDefaults(deps);
  await ensureAssessmentDefaults(deps);
  if (firstStart && options.demo) {
    await loadDemo(deps, DEMO_SCALES.demo);
    await recomputeCoverage(deps);
    const stopwatch = startStopwatch();
    const assessed = await loadDemoAssessments(deps);
    deps.log.info('demo assessments loaded', { ...assessed, ms: stopwatch.ms() });
  }
  const logins = await demoLogins(deps);
  return {
    adminEmail: FIRST_ADMIN_EMAIL,
    adminPassword: readSecretFile(adminFile),
    demoLogins: logins,
    demoPassword: readSecretFile(demoFile),
  };
}

/** Generates and bulk-loads the demo portfolio in one transaction; demo users share one generated password. */
export async function loadDemo(deps: Deps, accounts: number) {
  const stopwatch = startStopwatch();
  const password = readSecretFile(join(deps.config.dataDir, 'demo-password')) ?? generatePassword();
  writeFileSync(join(deps.config.dataDir, 'demo-password'), password, { mode: 0o600 });
  const portfolio = generatePortfolio({ seed: DEMO_SEED, accounts, asOf: isoDate(deps.now()) });
  await loadDemoPortfolio(deps, portfolio, { passwordHash: await hashPassword(password) });
  deps.log.info('demo portfolio loaded', { accounts, ms: stopwatch.ms() });
  return portfolio;
}

export async function startServer(config: Config, options: { demo: boolean }) {
  const opened = await openDatabase(config);
  const { deps } = opened;
  const info = await ensureInstallation(deps, options);
  const instanceId = `${process.pid}@${deps.now().toISOString()}`;
  const jobs = await startJobs(deps, { instanceId });
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.replace(`:${config.port}`, `:${port}`);
  deps.jobs = jobs;
  deps.publicUrl = url;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await jobs.stop();
    closeMailers();
    await opened.close();
  };
  return { url, port, info, stop, deps, jobs };
}
