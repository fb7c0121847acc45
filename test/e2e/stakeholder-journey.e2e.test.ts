/**
 * A CSM's first minutes, in the real UI in Chromium: sign in → open an account → add a stakeholder
 * (confirming the persona suggested from the title) → log a touchpoint with that stakeholder → see
 * it on the timeline. Screenshots are written to test-results/e2e/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/accounts/accounts.service.ts';
import { hasChromium } from '../helpers/browser.ts';
import { type Journey, startJourney } from '../helpers/journey.ts';

describe.skipIf(!hasChromium)('CSM journey in the browser', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney('stakeholder', { email: 'casey@example.test', name: 'Casey Morgan', role: 'csm' });
    await createAccount(journey.server.deps, journey.user, {
      name: 'Northwind Traders',
      tier: 'strategic',
      lifecycleStage: 'adoption',
      arr: 420000,
      renewalDate: '2027-03-31',
    });
  });

  afterAll(() => journey?.close());

  it('signs in, adds a stakeholder and logs a touchpoint that shows on the timeline', async () => {
    const { page, shot, server } = journey;
    await journey.signIn();

    await page.getByRole('link', { name: 'Accounts', exact: true }).first().click();
    await page.getByText('Northwind Traders').first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Northwind Traders' }).isVisible()).toBe(true);
    await shot('02-account');

    // Coverage is the account's first tab; stakeholders are managed on their own tab.
    await page.getByRole('tab', { name: /Stakeholders/ }).click();
    await page.getByTestId('add-stakeholder').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('First name').fill('Dana');
    await dialog.getByLabel('Last name').fill('Ruiz');
    await dialog.getByLabel('E-mail').fill('dana.ruiz@northwind.example');
    await dialog.getByLabel('Job title').fill('Chief Operating Officer');
    const suggestion = dialog.getByTestId('persona-suggestion');
    await expect.poll(() => suggestion.textContent(), { timeout: 10_000 }).toContain('Executive sponsor');
    // The suggestion is only applied when the user confirms it.
    await expect.poll(() => dialog.getByRole('checkbox', { name: 'Executive sponsor' }).isChecked()).toBe(false);
    await dialog.getByRole('button', { name: /Apply suggested personas/ }).click();
    await expect.poll(() => dialog.getByRole('checkbox', { name: 'Executive sponsor' }).isChecked()).toBe(true);
    await shot('03-add-stakeholder');
    await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
    // The dialog closes once the server has saved; if it stays open its text says why (shown on failure).
    await expect
      .poll(async () => ((await dialog.count()) === 0 ? 'closed' : await dialog.textContent()), { timeout: 30_000 })
      .toBe('closed');

    const table = page.getByTestId('stakeholders-table');
    await expect.poll(() => table.textContent(), { timeout: 20_000 }).toContain('Dana Ruiz');
    expect(await table.textContent()).toContain('Executive sponsor');
    await shot('04-stakeholder-added');

    await page.getByRole('tab', { name: /Timeline/ }).click();
    await page.getByTestId('log-touchpoint').first().click();
    const log = page.getByRole('dialog');
    await log.getByLabel('Stakeholders who took part').click();
    await page.getByRole('option', { name: /Dana Ruiz/ }).click();
    await log.getByLabel('Summary').fill('Executive check-in: renewal scope and SSO roadmap');
    await shot('05-log-touchpoint');
    await log.getByRole('button', { name: 'Log touchpoint' }).click();

    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.textContent(), { timeout: 10_000 }).toContain('Executive check-in: renewal scope and SSO roadmap');
    expect(await timeline.textContent()).toContain('Dana Ruiz');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.waitForTimeout(400); // let the closing dialog's fade finish before the screenshot
    await shot('06-timeline');

    // What the user saw is what was stored.
    const rows = await server.deps.database.sql.query<{ summary: string; participant: string }>(
      `select t.summary, p.first_name || ' ' || p.last_name as participant from touchpoints t
       join touchpoint_stakeholders ts on ts.touchpoint_id = t.id join stakeholders s on s.id = ts.stakeholder_id
       join people p on p.id = s.person_id`,
    );
    expect(rows.rows).toEqual([{ summary: 'Executive check-in: renewal scope and SSO roadmap', participant: 'Dana Ruiz' }]);
  }, 120_000); // a browser journey on a loaded two-core machine
});
