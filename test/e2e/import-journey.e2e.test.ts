/**
 * A first Salesforce import in the real UI: a CS leader opens Import, chooses the sample accounts and
 * contacts exports, previews (50 accounts to create, nothing written), imports, sees what was created,
 * finds the 50 accounts in the list, and sees a second import change nothing. Then the column mapping: a CRM
 * export's field → column table, and a helpdesk spreadsheet whose columns the leader picks and saves for the
 * next file from that source. Screenshots go to test-results/e2e/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium } from '../helpers/browser.ts';
import { type Journey, startJourney } from '../helpers/journey.ts';

const SAMPLE = fileURLToPath(new URL('../fixtures/crm/salesforce/sample/', import.meta.url));
const GENERIC = fileURLToPath(new URL('../fixtures/crm/generic/', import.meta.url));

describe.skipIf(!hasChromium)('import journey in the browser', () => {
  let journey: Journey;
  const accountCount = async () =>
    Number((await journey.server.deps.database.sql.query<{ n: number | string }>('select count(*) as n from accounts')).rows[0]?.n);

  beforeAll(async () => {
    journey = await startJourney('import', { email: 'lee@example.test', name: 'Lee Leader', role: 'leader' });
  });

  afterAll(() => journey?.close());

  it('previews, imports and re-imports the Salesforce sample accounts and contacts', async () => {
    const { page, shot } = journey;
    await journey.signIn();

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
  }, 120_000); // a browser journey on a loaded two-core machine

  it("shows each file's column mapping, lets a spreadsheet's columns be picked and saves the mapping for its source", async () => {
    const { page, shot } = journey;
    await page.getByRole('link', { name: 'Import', exact: true }).first().click();
    await page.getByText('Drop export files here').waitFor();

    // A CRM export: the preview names the format and shows which column feeds which field.
    await page.getByTestId('import-file-input').setInputFiles([join(SAMPLE, 'apex-recipes-accounts.csv')]);
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const accountsMapping = page.getByRole('table', { name: 'Column mapping of apex-recipes-accounts.csv' });
    await expect.poll(() => accountsMapping.textContent(), { timeout: 30_000 }).toContain('Employees');
    expect(
      await accountsMapping
        .getByRole('row', { name: /^Employees/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['Employees', 'NumberOfEmployees']);
    expect(await page.getByTestId('import-ignored-columns').textContent()).toMatch(/not imported \(ignored\):.*fax/);
    await shot('06-crm-mapping');

    // A helpdesk spreadsheet: say it holds touchpoints, pick the columns the headers do not name, save the mapping.
    await page.getByRole('button', { name: 'Back to files' }).click();
    await page.getByRole('button', { name: 'Remove apex-recipes-accounts.csv' }).click();
    await page.getByTestId('import-file-input').setInputFiles([join(GENERIC, 'helpdesk-calls.csv')]);
    await page.getByRole('combobox', { name: 'The files hold' }).click();
    await page.getByRole('option', { name: 'Touchpoints' }).click();
    await page.getByLabel('Save the mapping as').fill('helpdesk');
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const mapping = page.getByRole('table', { name: 'Column mapping of helpdesk-calls.csv' });
    await expect.poll(() => page.getByTestId('import-preview').textContent(), { timeout: 30_000 }).toContain('required column missing');
    for (const [field, column] of [
      ['Account name', 'Customer'],
      ['Kind of activity', 'Channel'],
      ['Date and time', 'Logged'],
      ['Summary', 'Notes from the call'],
    ]) {
      await mapping.getByRole('combobox', { name: `Column for ${field}` }).click();
      await page.getByRole('option', { name: column, exact: true }).click();
    }
    await page.getByTestId('import-remapped').waitFor();
    await page.getByRole('button', { name: 'Preview with this mapping' }).click();
    await expect.poll(() => page.getByTestId('import-verdict').textContent(), { timeout: 30_000 }).toContain('create 2 touchpoints');
    expect(await mapping.getByRole('combobox', { name: 'Column for Kind of activity' }).inputValue()).toBe('Channel');
    expect(await page.getByTestId('import-preview').textContent()).toContain('Column mapping saved as "helpdesk"');
    await shot('07-spreadsheet-mapping');

    // The saved mapping is offered for the next file from the helpdesk.
    await page.getByRole('button', { name: 'Back to files' }).click();
    await page.getByRole('combobox', { name: 'Saved column mapping' }).click();
    await expect.poll(() => page.getByRole('option', { name: /helpdesk/ }).count(), { timeout: 15_000 }).toBe(1);
    await shot('08-saved-mapping-offered');
  }, 120_000);
});
