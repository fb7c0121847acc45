/**
 * Relationship coverage in the real UI: open the heat map, filter to strategic, click a missing cell,
 * land on the account at that persona, see the gap and its action, add the missing stakeholder, and
 * see the gap close and its action resolve. Screenshots go to test-results/e2e/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Persona } from '../../src/domain/personas.ts';
import { addDays, isoDate } from '../../src/lib/dates.ts';
import { createAccount } from '../../src/modules/accounts/accounts.service.ts';
import { createTouchpoint } from '../../src/modules/engagement/engagement.service.ts';
import { createStakeholder } from '../../src/modules/stakeholders/stakeholders.service.ts';
import { hasChromium } from '../helpers/browser.ts';
import { type Journey, startJourney } from '../helpers/journey.ts';

describe.skipIf(!hasChromium)('coverage journey in the browser', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney('coverage', { email: 'jo@example.test', name: 'Jo Csm', role: 'csm' });
    const deps = journey.server.deps;
    const csm = journey.user;
    const umbrella = await createAccount(deps, csm, {
      name: 'Umbrella Corp',
      tier: 'strategic',
      lifecycleStage: 'adoption',
      renewalDate: addDays(isoDate(new Date()), 200),
    });
    await createAccount(deps, csm, { name: 'Hooli Enterprise', tier: 'enterprise', lifecycleStage: 'adoption' });
    // Everything the strategic model wants except a budget holder, all engaged last week.
    const people: [string, string, Persona[]][] = [
      ['Dana', 'Ruiz', ['executive_sponsor']],
      ['Lee', 'Park', ['decision_maker']],
      ['Ana', 'Silva', ['champion']],
      ['Ravi', 'Nair', ['champion']],
      ['Mia', 'Chen', ['main_contact']],
      ['Tom', 'Berg', ['day_to_day_user']],
      ['Eva', 'Lund', ['day_to_day_user']],
      ['Kai', 'Ito', ['day_to_day_user']],
    ];
    const ids: string[] = [];
    for (const [firstName, lastName, personas] of people) {
      const s = await createStakeholder(deps, csm, {
        accountId: umbrella.id,
        person: { firstName, lastName, email: `${firstName}@umbrella.example`.toLowerCase() },
        personas,
        keyToSuccess: 'important',
        assessedSentiment: 'supportive',
      });
      ids.push(s.id);
    }
    await createTouchpoint(deps, csm, {
      accountId: umbrella.id,
      kind: 'meeting',
      occurredAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
      summary: 'Steering committee',
      stakeholderIds: ids,
      userIds: [csm.id],
    });
  });

  afterAll(() => journey?.close());

  it('finds a missing budget holder on the heat map, and closes the gap by adding one', async () => {
    const { page, shot, server } = journey;
    await journey.signIn();

    await page.getByRole('link', { name: 'Coverage', exact: true }).first().click();
    const heatMap = page.getByTestId('heat-map');
    await expect.poll(() => heatMap.textContent(), { timeout: 15_000 }).toContain('Umbrella Corp');
    expect(await heatMap.textContent()).toContain('Hooli Enterprise');

    await page.getByRole('search', { name: 'Filter accounts' }).getByLabel('Tier').click();
    await page.getByRole('option', { name: 'Strategic' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => heatMap.textContent(), { timeout: 10_000 }).not.toContain('Hooli Enterprise');
    await shot('01-heat-map-strategic');

    const missingCell = page.getByRole('link', { name: /^Umbrella Corp — Budget holder.*missing/ });
    await missingCell.click();
    await expect.poll(() => page.url()).toContain('persona=budget_holder');
    const gaps = page.getByTestId('coverage-gaps');
    await expect.poll(() => gaps.textContent(), { timeout: 10_000 }).toMatch(/No budget holder/);
    const plan = page.getByTestId('relationship-plan');
    await expect.poll(() => plan.textContent()).toMatch(/budget holder/i);
    await shot('02-account-gap-and-action');

    await page.getByRole('tab', { name: /Stakeholders/ }).click();
    await page.getByTestId('add-stakeholder').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('First name').fill('Bo');
    await dialog.getByLabel('Last name').fill('Lind');
    await dialog.getByLabel('Job title').fill('Chief Financial Officer');
    // Mantine chips hide the native checkbox; the user clicks its label.
    await dialog.locator('label', { hasText: /^Budget holder$/ }).click();
    await expect.poll(() => dialog.getByRole('checkbox', { name: 'Budget holder' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Add stakeholder' }).click();
    // The dialog closes once the server has saved; if it stays open its text says why (shown on failure).
    await expect
      .poll(async () => ((await dialog.count()) === 0 ? 'closed' : await dialog.textContent()), { timeout: 30_000 })
      .toBe('closed');
    await expect.poll(() => page.getByTestId('stakeholders-table').textContent(), { timeout: 20_000 }).toContain('Bo Lind');

    await page.getByRole('tab', { name: /Coverage/ }).click();
    await expect.poll(() => page.getByTestId('coverage-tab').textContent(), { timeout: 10_000 }).not.toMatch(/No budget holder/);
    const stored = await server.deps.database.sql.query<{ status: string }>(
      "select status from relationship_actions where gap_key like 'missing_persona:budget_holder:%'",
    );
    expect(stored.rows).toEqual([{ status: 'resolved' }]);
    await page.waitForTimeout(400);
    await shot('03-gap-closed');
  }, 120_000); // a browser journey on a loaded two-core machine
});
