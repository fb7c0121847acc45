/** Composition root: the small deps object every service receives. */
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import type { Logger } from './lib/logger.ts';

export type Deps = {
  config: Config;
  database: Database;
  log: Logger;
  /** The only clock services use; tests pass a fixed one. */
  now: () => Date;
  /** The job queue, once started (absent in CLI commands and tests that run no worker). */
  jobs?: { send(name: string, data?: Record<string, unknown>): Promise<string | null> };
  /** Where this instance is reachable, once listening (links in e-mails); config.publicUrl until then. */
  publicUrl?: string;
};
