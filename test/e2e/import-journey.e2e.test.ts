/**
 * A first Salesforce import in the real UI: a CS leader opens Import, chooses the sample accounts and
 * contacts exports, previews (50 accounts to create, nothing written), imports, sees what was created,
 * finds the 50 accounts in the list, and sees a second import change nothing. Screenshots go to test-results/e2e/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/boot.ts';
import { readConfig } from '../../src/config.ts';
import { createUser } from '../../src/modules/auth/index.ts';
import { ensureWebBuild, hasChromium, launchBrowser, screenshotDir } from '../helpers/browser.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const PASSWORD = 'import-journey-1';
const SAMPLE = fileURLToPath(new URL('../fixtures/crm/salesforce/sample/', import.meta.url));

describe.skipIf(!hasChromium)('import journey in the browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  let pgDatabase: TestDatabase | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-import-'));
  const shot = (name: string) => page.screenshot({ path: join(screenshotDir, `import-${name}.png`), fullPage: true });
  const accountCount = async () =>
    Number((await server.deps.database.sql.query<{ n: number | string }>('select count(*) as n from accounts')).rows[0]?.n);

  beforeAll(async () => {
    ensureWebBuild();
    pgDatabase = process.env.DATABASE_URL ? await createTestDatabase() : undefined;
    const config = readConfig({
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...(pgDatabase?.url ? { DATABASE_URL: pgDatabase.url } : {}),
    });
    server = await startServer(config, { demo: false });
    await createUser(server.deps, null, { email: 'lee@example.test', name: 'Lee Leader', role: 'leader', password: PASSWORD });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await pgDatabase?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('previews, imports and re-imports the Salesforce sample accounts and contacts', async () => {
    await page.goto(server.url);
    await page.getByLabel('E-mail').fill('lee@example.test');
    await page.locator('input[type="password"]').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('link', { name: 'Import', exact: true }).first().click();
    await page.getByText('Drop export files here').waitFor();
    await page
      .getByTestId('import-file-input')
      .setInputFiles([join(SAMPLE, 'apex-recipes-accounts.csv'), join(SAMPLE, 'apex-recipes-contacts.csv')]);
    const chosen = page.getByRole('list', { name: 'Chosen files' });
    await expect.poll(() => chosen.textContent()).toContain('apex-recipes-contacts.csv');
    await shot('01-files-chosen');

    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = page.getByTestId('import-preview');
    await expect.poll(() => preview.textContent(), { timeout: 30_000 }).toContain('Salesforce · Account · API headers');
    expect(await page.getByTestId('import-verdict').textContent()).toContain('create 50 accounts');
    const accountsRow = page.getByTestId('import-counts').getByRole('row', { name: /^Accounts/ });
    expect(await accountsRow.getByRole('cell').allTextContents()).toEqual(['Accounts', '50', '0', '0']);
    expect(await accountCount()).toBe(0);
    await shot('02-preview');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByTestId('import-result');
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain('Import complete');
    expect(await page.getByTestId('import-verdict').textContent()).toContain('Created 50 accounts, 150 people and 150 stakeholders');
    expect(await accountCount()).toBe(50);
    await shot('03-imported');

    await page.getByRole('button', { name: 'Preview these files again' }).click();
    await expect.poll(() => page.getByTestId('import-verdict').textContent(), { timeout: 30_000 }).toContain('Already up to date');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-result').textContent(), { timeout: 30_000 }).toContain('Already up to date');
    expect(
      await page
        .getByTestId('import-counts')
        .getByRole('row', { name: /^Accounts/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['Accounts', '0', '0', '50']);
    await shot('04-reimport-up-to-date');

    await page.getByRole('link', { name: 'Accounts', exact: true }).first().click();
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toMatch(/50 accounts/);
    expect(await accountCount()).toBe(50);
    await shot('05-accounts-list');
  });
});
