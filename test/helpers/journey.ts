/**
 * What every browser journey needs: a real server on a fresh embedded data directory (or a fresh
 * PostgreSQL database when DATABASE_URL is set), Debian's Chromium, a user to sign in as, screenshots.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../src/boot.ts';
import { readConfig } from '../../src/config.ts';
import type { Role } from '../../src/domain/vocabulary.ts';
import type { Actor } from '../../src/modules/auth/index.ts';
import { createUser } from '../../src/modules/auth/index.ts';
import { ensureWebBuild, launchBrowser, screenshotDir } from './browser.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type Journey = {
  server: Awaited<ReturnType<typeof startServer>>;
  page: Page;
  user: Actor;
  signIn(): Promise<void>;
  shot(name: string): Promise<unknown>;
  close(): Promise<void>;
};

/** `env` adds configuration, e.g. SMTP_URL for a journey that reads the mail it sends. */
export async function startJourney(
  name: string,
  user: { email: string; name: string; role: Role },
  env: Record<string, string> = {},
): Promise<Journey> {
  ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), `rapport-e2e-${name}-`));
  const pgDatabase: TestDatabase | undefined = process.env.DATABASE_URL ? await createTestDatabase() : undefined;
  const config = readConfig({
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(pgDatabase?.url ? { DATABASE_URL: pgDatabase.url } : {}),
    ...env,
  });
  const server = await startServer(config, { demo: false });
  const password = `${name}-journey-password`;
  const created = await createUser(server.deps, null, { ...user, password });
  const browser: Browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  return {
    server,
    page,
    user: { id: created.user.id, email: created.user.email, name: created.user.name, role: user.role },
    async signIn() {
      await page.goto(server.url);
      await page.getByLabel('E-mail').fill(user.email);
      await page.locator('input[type="password"]').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
    },
    shot: (shotName) => page.screenshot({ path: join(screenshotDir, `${name}-${shotName}.png`), fullPage: true }),
    async close() {
      await browser.close();
      await server.stop();
      await pgDatabase?.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
