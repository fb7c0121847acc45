import { readConfig } from '../../src/config.ts';
import type { Deps } from '../../src/deps.ts';
import { createLogger } from '../../src/lib/logger.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const TEST_NOW = new Date('2026-06-15T12:00:00Z');

/** Deps over a fresh database with a fixed clock and a quiet logger. */
export async function createTestDeps(now: Date = TEST_NOW): Promise<Deps & { database: TestDatabase }> {
  const database = await createTestDatabase();
  return {
    config: readConfig({ DATA_DIR: '/nonexistent-test-data-dir', LOG_LEVEL: 'silent' }),
    database,
    log: createLogger('silent'),
    now: () => now,
  };
}
