/**
 * Assessments in the real UI, with real mail: a leader creates a program for strategic decision
 * makers, previews who would be invited (and who not, and why), launches it; a local SMTP server
 * receives the invitations; a customer opens their personal link and answers; the account's
 * Assessments tab shows the answer, the measured sentiment and the follow-up task, and Results show
 * NPS beside its response rate. A leader also imports past answers from another tool's CSV: checks the
 * file, skips the row it rejects, imports the rest and finds them on the account. Screenshots go to
 * test-results/e2e/.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Persona } from '../../src/domain/personas.ts';
import { addDays, isoDate } from '../../src/lib/dates.ts';
import { createAccount } from '../../src/modules/accounts/accounts.service.ts';
import { createUser } from '../../src/modules/auth/index.ts';
import { createStakeholder } from '../../src/modules/stakeholders/stakeholders.service.ts';
import { hasChromium, screenshotDir } from '../helpers/browser.ts';
import { type Journey, startJourney } from '../helpers/journey.ts';

const shotPath = (name: string) => join(screenshotDir, `assessment-${name}.png`);

/** Every message the local mail server accepted, parsed. */
const received: ParsedMail[] = [];

function startSmtp(): Promise<SMTPServer> {
  const smtp = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback: no certificate for the client to refuse.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  return new Promise((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(0, '127.0.0.1', () => resolve(smtp));
  });
}

const recipients = (mail: ParsedMail) => {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((a) => a.value.map((v) => v.address?.toLowerCase()));
};

describe.skipIf(!hasChromium)('assessment journey in the browser', () => {
  let journey: Journey;
  let smtp: SMTPServer;
  let umbrellaId: string;

  beforeAll(async () => {
    smtp = await startSmtp();
    const { port } = smtp.server.address() as AddressInfo;
    journey = await startJourney(
      'assessment',
      { email: 'lin@example.test', name: 'Lin Leader', role: 'leader' },
      {
        SMTP_URL: `smtp://127.0.0.1:${port}`,
      },
    );
    const deps = journey.server.deps;
    const leader = journey.user;
    const csm = await createUser(deps, null, { email: 'jo@example.test', name: 'Jo Csm', role: 'csm', password: 'jo-csm-password-1' });

    const umbrella = await createAccount(deps, leader, {
      name: 'Umbrella Corp',
      tier: 'strategic',
      lifecycleStage: 'adoption',
      renewalDate: addDays(isoDate(new Date()), 200),
      ownerId: csm.user.id,
    });
    umbrellaId = umbrella.id;
    const hooli = await createAccount(deps, leader, {
      name: 'Hooli',
      tier: 'enterprise',
      lifecycleStage: 'adoption',
      ownerId: csm.user.id,
    });

    const people: [string, string, Persona[], string | null][] = [
      ['Dana', 'Ruiz', ['executive_sponsor'], 'dana@umbrella.example'],
      ['Lee', 'Park', ['decision_maker'], 'lee@umbrella.example'],
      ['Bo', 'Lind', ['budget_holder'], 'bo@umbrella.example'],
      // Not asked: not a decision maker; left out: a decision maker nobody can e-mail.
      ['Mia', 'Chen', ['main_contact'], 'mia@umbrella.example'],
      ['Kai', 'Ito', ['decision_maker'], null],
    ];
    for (const [firstName, lastName, personas, email] of people) {
      await createStakeholder(deps, leader, {
        accountId: umbrella.id,
        person: { firstName, lastName, ...(email ? { email } : {}) },
        personas,
        keyToSuccess: 'critical',
        assessedSentiment: 'supportive',
      });
    }
    // Left out: a decision maker, but not in the Strategic segment.
    await createStakeholder(deps, leader, {
      accountId: hooli.id,
      person: { firstName: 'Ana', lastName: 'Silva', email: 'ana@hooli.example' },
      personas: ['decision_maker'],
      keyToSuccess: 'important',
      assessedSentiment: 'neutral',
    });
  });

  afterAll(async () => {
    await journey?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('creates, previews and launches a program; a customer answers by e-mail link; the loop closes', async () => {
    const { page, shot } = journey;
    await journey.signIn();

    // 1. A program for strategic decision makers, made in the UI.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments' }).click();
    await expect.poll(() => page.url()).toContain('/assessments/programs');
    await page.getByRole('link', { name: 'New program' }).first().click();
    const form = page.getByRole('form', { name: 'New program' });
    await form.getByLabel('Name').fill('Strategic decision makers');
    await form.getByRole('button', { name: 'Decision makers' }).click();
    await form.getByLabel('Segments').click();
    await page.getByRole('option', { name: 'Strategic' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('program-summary').textContent()).toMatch(/in Strategic/);
    await shot('01-program-form');
    await form.getByRole('button', { name: 'Create and preview' }).click();

    // 2. The preview: exactly who would be invited, and who not, and why.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('/preview');
    const included = page.getByTestId('preview-included');
    await expect.poll(() => included.textContent(), { timeout: 15_000 }).toContain('Lee Park');
    const includedText = (await included.textContent()) ?? '';
    for (const name of ['Dana Ruiz', 'Lee Park', 'Bo Lind']) expect(includedText).toContain(name);
    for (const name of ['Mia Chen', 'Kai Ito', 'Ana Silva']) expect(includedText).not.toContain(name);
    const excluded = page.getByTestId('preview-excluded');
    const excludedText = (await excluded.textContent()) ?? '';
    // Stakeholders without a targeted persona are not candidates at all; the others left out carry their reason.
    expect(excludedText).not.toContain('Mia Chen');
    expect(excludedText).toContain('Kai Ito');
    expect(excludedText).toContain('No e-mail address');
    expect(excludedText).toContain('Ana Silva');
    expect(excludedText).toContain('Segment not targeted');
    await shot('02-preview');
    // Filter the left-out list by one reason.
    await excluded.locator('label', { hasText: /^No e-mail address/ }).click();
    await expect.poll(() => excluded.locator('tbody').textContent()).not.toContain('Ana Silva');
    expect(await excluded.locator('tbody').textContent()).toContain('Kai Ito');

    // 3. Launch: the confirmation says how many are invited, then the wave.
    await page.getByRole('button', { name: 'Launch' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('3 stakeholders');
    await shot('03-launch-confirm');
    await dialog.getByRole('button', { name: 'Send 3 invitations' }).click();
    await expect.poll(() => page.url(), { timeout: 20_000 }).toContain('/assessments/waves/');
    await expect.poll(() => page.getByTestId('wave-invitations').textContent(), { timeout: 10_000 }).toContain('Lee Park');

    // 4. The mail server receives one invitation per invited stakeholder.
    await expect.poll(() => received.length, { timeout: 60_000, interval: 500 }).toBe(3);
    expect(received.flatMap(recipients).sort()).toEqual(['bo@umbrella.example', 'dana@umbrella.example', 'lee@umbrella.example']);
    await page.reload();
    await shot('04-wave');
    await page.getByRole('link', { name: 'Messages in the outbox' }).click();
    await expect.poll(() => page.getByTestId('outbox-table').textContent(), { timeout: 10_000 }).toContain('Sent');
    await page
      .getByRole('row', { name: /Message to Lee Park/ })
      .filter({ hasText: 'Invitation' })
      .click();
    await expect.poll(() => page.getByTestId('message-detail').textContent()).toContain('/r/');
    await page.waitForTimeout(400); // the drawer slides in
    await shot('05-outbox-message');
    await page.keyboard.press('Escape');

    // 5. The customer opens the link from the e-mail and answers.
    const mail = received.find((m) => recipients(m).includes('lee@umbrella.example'));
    const link = mail?.text?.match(/https?:\/\/\S+\/r\/[\w-]+/)?.[0];
    expect(link, `no personal link in:\n${mail?.text}`).toBeTruthy();
    // The customer is not signed in, and on a phone.
    const customerContext = await page
      .context()
      .browser()
      ?.newContext({ viewport: { width: 390, height: 844 } });
    if (!customerContext) throw new Error('no browser to open the link in');
    const customer = await customerContext.newPage();
    await customer.goto(link as string);
    await customer.locator('fieldset').first().locator('label', { hasText: /^3$/ }).click();
    await customer.getByLabel(/What is working well/).fill('The people on the project are great.');
    await customer
      .getByLabel(/What needs to improve/)
      .fill('Support is slow to answer our tickets. Reach me at lee@umbrella.example or +1 555 0100.');
    await journey.page.waitForTimeout(100);
    await customer.screenshot({ path: shotPath('06-answer-form'), fullPage: true });
    await customer.getByRole('button', { name: /Send my answers/ }).click();
    await expect.poll(() => customer.textContent('body')).toContain('Thank you');
    await customer.screenshot({ path: shotPath('07-thank-you'), fullPage: true });
    await customerContext.close();

    // 6. The account: the answer, measured beside assessed sentiment, and the follow-up task.
    await page.goto(`${journey.server.url}/accounts/${umbrellaId}?tab=assessments`);
    const responses = page.getByTestId('account-responses');
    await expect.poll(() => responses.textContent(), { timeout: 15_000 }).toContain('Lee Park');
    const responseText = (await responses.textContent()) ?? '';
    expect(responseText).toContain('Support is slow to answer our tickets');
    expect(responseText).toMatch(/Measured\s*Detractor/);
    expect(responseText).toContain('Disagrees');
    await expect
      .poll(() => page.getByTestId('account-assessment-tasks').textContent(), { timeout: 10_000 })
      .toMatch(/Call .*Lee Park|Call Lee/);
    expect(await page.getByTestId('account-nps').textContent()).toContain('33% responded (1 of 3)');
    await shot('08-account-assessments');

    // 7. Results: NPS always beside its response rate.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments' }).click();
    await page.getByRole('navigation', { name: 'Assessments' }).getByRole('link', { name: 'Results' }).click();
    const overall = page.getByTestId('results-overall');
    await expect.poll(() => overall.textContent(), { timeout: 15_000 }).toContain('NPS −100 · 33% responded (1 of 3)');
    await shot('09-results');

    // 8. The CSM's task shows under everyone's tasks for a leader.
    await page.getByRole('navigation', { name: 'Assessments' }).getByRole('link', { name: 'My tasks' }).click();
    await page.getByText('Everyone’s').click();
    await expect.poll(() => page.getByTestId('task-list').textContent(), { timeout: 10_000 }).toContain('Umbrella Corp');
    await page.waitForTimeout(300);
    await shot('10-tasks');
    await page.getByRole('button', { name: /^Mark done: Call / }).click();
    await expect.poll(() => page.getByText('Nothing to follow up').count(), { timeout: 10_000 }).toBe(1);
    const stored = await journey.server.deps.database.sql.query<{ status: string }>('select status from tasks');
    expect(stored.rows).toEqual([{ status: 'done' }]);

    // 9. The program list now shows the last wave with its response rate.
    await page.getByRole('navigation', { name: 'Assessments' }).getByRole('link', { name: 'Programs' }).click();
    await expect.poll(() => page.getByTestId('programs-table').textContent(), { timeout: 10_000 }).toContain('33% responded (1 of 3)');
    await shot('11-programs');
  }, 240_000); // a browser journey with a real mail round trip on a loaded two-core machine
});

describe.skipIf(!hasChromium)('assessments without a mail server', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney('assessment-outbox', { email: 'sam@example.test', name: 'Sam Leader', role: 'leader' });
    const deps = journey.server.deps;
    const csm = await createUser(deps, null, { email: 'kim@example.test', name: 'Kim Csm', role: 'csm', password: 'kim-csm-password-1' });
    const account = await createAccount(deps, journey.user, {
      name: 'Initech',
      tier: 'strategic',
      lifecycleStage: 'adoption',
      ownerId: csm.user.id,
    });
    await createStakeholder(deps, journey.user, {
      accountId: account.id,
      person: { firstName: 'Peter', lastName: 'Gibbons', email: 'peter@initech.example' },
      personas: ['decision_maker'],
      keyToSuccess: 'critical',
    });
  });

  afterAll(() => journey?.close());

  it('keeps the invitations in the outbox, says why, and shows the message with its link', async () => {
    const { page, shot, server } = journey;
    await journey.signIn();
    await expect.poll(() => page.url()).not.toContain('/sign-in');
    // Program and launch through the API this time; the UI path is the journey above.
    const api = (path: string) => `${server.url}/api/v1${path}`;
    const questionnaires = await (await page.request.get(api('/questionnaires'))).json();
    const created = await page.request.post(api('/assessment-programs'), {
      data: {
        name: 'Decision makers twice a year',
        questionnaireId: questionnaires.items[0].id,
        stages: [],
        personas: ['decision_maker'],
        segmentIds: [],
        trigger: { kind: 'every', days: 180 },
        reminderDays: [5, 10],
        escalateAfterDays: 5,
        responseWindowDays: 30,
        active: false,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const launched = await page.request.post(api(`/assessment-programs/${(await created.json()).id}/launch`));
    expect(launched.status(), await launched.text()).toBe(201);

    await page.goto(`${server.url}/assessments/outbox`);
    await expect.poll(() => page.getByTestId('outbox-banner').textContent(), { timeout: 15_000 }).toContain('No mail server configured');
    const table = page.getByTestId('outbox-table');
    await expect
      .poll(
        async () => {
          const text = await table.textContent();
          if (!text?.includes('Kept in outbox')) await page.reload();
          return text;
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toContain('Kept in outbox (no SMTP configured)');
    await shot('01-outbox-kept');
    await page
      .getByRole('row', { name: /Message to Peter Gibbons/ })
      .filter({ hasText: 'Invitation' })
      .click();
    const detail = page.getByTestId('message-detail');
    await expect.poll(() => detail.textContent()).toContain('Kept in outbox');
    const href = await detail.getByTestId('message-link').getAttribute('href');
    expect(href).toMatch(/\/r\/[\w-]+$/);
    expect(await detail.getByTestId('message-link').getAttribute('target')).toBe('_blank');
    await page.waitForTimeout(400);
    await shot('02-outbox-message');
    await page.keyboard.press('Escape');

    // The other leader pages, for a look at their layout.
    await page.getByRole('navigation', { name: 'Assessments' }).getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByTestId('questionnaires-table').getByRole('link').first().click();
    await expect.poll(() => page.getByTestId('questionnaire-version').textContent(), { timeout: 10_000 }).toMatch(/Version \d+/);
    await shot('03-questionnaire');
    await page.getByRole('navigation', { name: 'Assessments' }).getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => page.getByTestId('bands-summary').textContent(), { timeout: 10_000 }).toContain('Detractor');
    await shot('04-settings');

    // A CSM sees results and their tasks, not the leaders' pages.
    const csmContext = await page
      .context()
      .browser()
      ?.newContext({ viewport: { width: 1366, height: 900 } });
    if (!csmContext) throw new Error('no browser for the CSM');
    const csmPage = await csmContext.newPage();
    await csmPage.goto(server.url);
    await csmPage.getByLabel('E-mail').fill('kim@example.test');
    await csmPage.locator('input[type="password"]').fill('kim-csm-password-1');
    await csmPage.getByRole('button', { name: 'Sign in' }).click();
    await csmPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments' }).click();
    await expect.poll(() => csmPage.url(), { timeout: 10_000 }).toContain('/assessments/results');
    const areaLinks = await csmPage.getByRole('navigation', { name: 'Assessments' }).getByRole('link').allTextContents();
    expect(areaLinks).toEqual(['Results', 'My tasks']);
    await expect.poll(() => csmPage.getByTestId('results-overall').textContent(), { timeout: 15_000 }).toContain('0% responded (0 of 1)');
    await csmPage.screenshot({ path: join(screenshotDir, 'assessment-outbox-05-csm-results.png'), fullPage: true });
    await csmContext.close();
  }, 120_000);
});

describe.skipIf(!hasChromium)('importing past answers', () => {
  let journey: Journey;
  let starkId: string;
  const csvDir = mkdtempSync(join(tmpdir(), 'rapport-past-answers-'));

  beforeAll(async () => {
    journey = await startJourney('assessment-past', { email: 'pat@example.test', name: 'Pat Leader', role: 'leader' });
    const deps = journey.server.deps;
    const stark = await createAccount(deps, journey.user, { name: 'Stark Industries', tier: 'enterprise', lifecycleStage: 'adoption' });
    starkId = stark.id;
    await createAccount(deps, journey.user, { name: 'Stark Logistics', tier: 'community', lifecycleStage: 'implementation' });
    await createAccount(deps, journey.user, { name: 'Wayne Enterprises', tier: 'strategic', lifecycleStage: 'adoption' });
  });

  afterAll(async () => {
    await journey?.close();
    rmSync(csvDir, { recursive: true, force: true });
  });

  it('checks a CSV of past answers, imports it without the rejected row, and shows the answers on the account', async () => {
    const { page, shot, server } = journey;
    const toTop = () => page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    // Another tool's export: European dates (15/04 reads only one way), one row without a score.
    const csv = [
      'Response date,NPS score,Comment',
      '03/04/2024,10,"Great onboarding, the team knows our business."',
      '15/04/2024,9,Reports save us hours every week.',
      '28/04/2024,7,Fine overall; the mobile app is slow.',
      '02/05/2024,,Forgot to pick a number',
      '13/05/2024,3,"Support took a week to answer, twice."',
    ].join('\n');
    const csvPath = join(csvDir, 'old-nps-answers.csv');
    writeFileSync(csvPath, `${csv}\n`);

    await journey.signIn();
    await expect.poll(() => page.url()).not.toContain('/sign-in');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assessments' }).click();
    await page.getByRole('navigation', { name: 'Assessments' }).getByRole('link', { name: 'Past answers' }).click();
    await expect.poll(() => page.url()).toContain('/assessments/past-answers');
    await page.getByTestId('past-answers-file-input').setInputFiles(csvPath);
    await expect.poll(() => page.getByTestId('past-answers-file').textContent()).toContain('old-nps-answers.csv');

    // The date order is never guessed: checking without it asks for it.
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect.poll(() => page.getByText('Say how the dates in the file are written.').count()).toBe(1);
    await page.getByRole('radio', { name: /European/ }).check();

    // A column named wrongly comes back as a problem that names the field.
    await page.getByRole('button', { name: /Columns/ }).click();
    await page.getByLabel('Score (0–10)').fill('Rating');
    await page.getByRole('button', { name: 'Check file' }).click();
    const problem = page.getByTestId('past-answers-problem');
    await expect.poll(() => problem.textContent(), { timeout: 15_000 }).toContain('Score (0–10) column:');
    expect(await problem.textContent()).toContain('the file has no column "Rating"');
    await shot('01-column-problem');
    await page.getByLabel('Score (0–10)').fill('');
    await page.getByRole('button', { name: /Columns/ }).click();

    // The rows that name nobody belong to the account chosen here, found by searching.
    await page.getByRole('combobox', { name: 'Account for rows that name nobody' }).fill('Stark');
    await page.getByRole('option', { name: 'Stark Industries' }).click();
    await page.getByRole('button', { name: 'Check file' }).click();

    const check = page.getByTestId('past-answers-check');
    await expect.poll(() => check.textContent(), { timeout: 15_000 }).toContain('What an import would do');
    const figures = (await page.getByTestId('past-answers-check-figures').textContent()) ?? '';
    expect(figures).toMatch(/Rows in the file\s*5/);
    expect(figures).toMatch(/Would be imported\s*4/);
    expect(figures).toMatch(/Already imported\s*0/);
    expect(figures).toMatch(/Rejected\s*1/);
    // 10 and 9 promote, 7 is passive, 3 detracts: (2 − 1) / 4 = 25.
    expect(await page.getByTestId('past-answers-check-nps').textContent()).toMatch(/NPS of the accepted rows\s*25\s*4 answers/);
    const columns = (await page.getByTestId('past-answers-columns').textContent()) ?? '';
    expect(columns).toMatch(/DateResponse date/);
    expect(columns).toMatch(/Score \(0–10\)NPS score/);
    expect(columns).toMatch(/CommentComment/);
    const rejected = page.getByTestId('past-answers-rejected').locator('tbody tr');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.locator('td').allTextContents()).toEqual(['5', 'NPS score', 'empty', 'score is empty']);
    // The report scrolls into view; a full-page shot is taken from the top, where the sticky header belongs.
    await page.waitForTimeout(500);
    await toTop();
    await shot('02-checked');

    // Import stays off until the rejected row is skipped: otherwise the whole file would be refused.
    const importButton = page.getByRole('button', { name: 'Import 4 answers' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByLabel('Skip the 1 rejected row and import the others').check();
    await importButton.click();
    const result = page.getByTestId('past-answers-result');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('Imported 4 answers');
    expect(await result.textContent()).toContain('1 rejected row was left out.');
    expect(await page.getByTestId('past-answers-result-figures').textContent()).toMatch(/Imported\s*4/);
    const stored = await server.deps.database.sql.query<{ n: string }>(
      `select count(*) as n from assessment_responses where account_id = '${starkId}' and source = 'import'`,
    );
    expect(Number(stored.rows[0]?.n)).toBe(4);
    await page.waitForTimeout(500);
    await toTop();
    await shot('03-imported');

    // The account's Assessments tab shows the imported answers and their NPS.
    await result.getByRole('link', { name: /Open Stark Industries/ }).click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain(`/accounts/${starkId}`);
    const responses = page.getByTestId('account-responses');
    await expect.poll(() => responses.textContent(), { timeout: 15_000 }).toContain('Support took a week to answer, twice.');
    const responseText = (await responses.textContent()) ?? '';
    expect(responseText).toContain('4 responses');
    expect(responseText).toContain('Great onboarding, the team knows our business.');
    expect(responseText).toContain('imported');
    expect(responseText).not.toContain('Forgot to pick a number');
    expect(await page.getByTestId('account-nps').textContent()).toContain('NPS 25');
    await shot('04-account-answers');

    // Results count them too.
    await page.goto(`${server.url}/assessments/results`);
    await expect.poll(() => page.getByTestId('results-overall').textContent(), { timeout: 15_000 }).toContain('NPS 25');
    await shot('05-results');
  }, 120_000);
});
