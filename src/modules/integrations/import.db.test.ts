import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';
import { runImport } from './import.service.ts';

const deps = await createTestDeps();
afterAll(() => deps.database.dispose());

const fixtures = fileURLToPath(new URL('../../../test/fixtures/crm/', import.meta.url));
const file = (path: string) => ({ name: path.split('/').pop() as string, bytes: new Uint8Array(readFileSync(`${fixtures}${path}`)) });
const treeDir = fileURLToPath(new URL('../../../../shared/data/crm/salesforce/tree/', import.meta.url));
const count = async (table: string) => (await deps.database.sql.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0].n;
const snapshot = async () => ({
  accounts: await count('accounts'),
  people: await count('people'),
  stakeholders: await count('stakeholders'),
  touchpoints: await count('touchpoints'),
});

describe('import of real Salesforce sample files', () => {
  const sample = [
    'salesforce/sample/apex-recipes-accounts.csv',
    'salesforce/sample/apex-recipes-contacts.csv',
    'salesforce/sample/apex-recipes-opportunities.csv',
  ];

  it('previews without writing, then imports the sample CSVs as they are, resolving @AccountRefN', async () => {
    const preview = await runImport(deps, null, sample.map(file), { dryRun: true, skipInvalid: false });
    expect(preview.status).toBe('dry_run');
    expect(preview.errors).toEqual([]);
    expect(preview.counts?.accounts.created).toBe(50);
    expect(await snapshot()).toEqual({ accounts: 0, people: 0, stakeholders: 0, touchpoints: 0 });

    const imported = await runImport(deps, null, sample.map(file), { dryRun: false, skipInvalid: false });
    expect(imported.status).toBe('imported');
    expect(imported.counts).toMatchObject({ accounts: { created: 50 }, people: { created: 150 }, stakeholders: { created: 150 } });
    expect(await snapshot()).toMatchObject({ accounts: 50, people: 150, stakeholders: 150 });
    // Lianna Sinisbury's row says @AccountRef10: the tenth row of the accounts file is her account.
    const tenth = readFileSync(`${fixtures}salesforce/sample/apex-recipes-accounts.csv`, 'utf8').split('\n')[10].split(',')[0];
    const lianna = await deps.database.sql.query<{ name: string }>(
      "select a.name from stakeholders s join people p on p.id = s.person_id join accounts a on a.id = s.account_id where p.email = 'lsinisbury0@dropbox.com'",
    );
    expect(lianna.rows).toEqual([{ name: tenth }]);
  });

  it('imports the same files again as a no-op, and says so', async () => {
    const again = await runImport(deps, null, sample.map(file), { dryRun: false, skipInvalid: false });
    expect(again.counts).toMatchObject({
      accounts: { created: 0, updated: 0, unchanged: 50 },
      people: { created: 0, updated: 0, unchanged: 150 },
      stakeholders: { created: 0, updated: 0, unchanged: 150 },
    });
    expect(await snapshot()).toMatchObject({ accounts: 50, people: 150, stakeholders: 150 });
  });

  it('imports the report export with its byte-order mark, label headers and ragged rows by natural keys', async () => {
    const report = await runImport(deps, null, [file('salesforce/sample/report-export-accounts-contacts.csv')], {
      dryRun: false,
      skipInvalid: false,
    });
    expect(report.errors).toEqual([]);
    expect(report.files[0].format).toMatchObject({ system: 'salesforce', object: 'accounts_contacts_report', headerStyle: 'label' });
    expect(report.notes.join(' ')).toMatch(/natural keys/);
    expect(report.counts?.people.created).toBe(6);
  });

  it.skipIf(!existsSync(treeDir))('imports the same data as sObject-tree JSON with its plan, matching the CSV import', async () => {
    const tree = readdirSync(treeDir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(`${treeDir}${name}`)) }));
    const result = await runImport(deps, null, tree, { dryRun: true, skipInvalid: false });
    expect(result.errors).toEqual([]);
    expect(result.counts?.accounts).toMatchObject({ created: 0, unchanged: 50 });
    expect(result.counts?.people).toMatchObject({ created: 0 });
  });
});

describe('import of broken files', () => {
  it('writes nothing when any row is invalid, naming file, row, column, value and reason', async () => {
    const before = await snapshot();
    const result = await runImport(deps, null, [file('generic/accounts-broken.csv')], { dryRun: false, skipInvalid: false });
    expect(result.status).toBe('rejected');
    expect(result.written).toBe(false);
    expect(result.errors).toContainEqual(expect.objectContaining({ file: 'accounts-broken.csv', row: 3, value: 'platinum' }));
    expect(await snapshot()).toEqual(before);
  });

  it('with skipInvalid writes the valid rows and reports the rest', async () => {
    const result = await runImport(deps, null, [file('generic/accounts-broken.csv')], { dryRun: false, skipInvalid: true });
    expect(result.status).toBe('imported');
    expect(result.counts?.accounts.created).toBeGreaterThan(0);
    expect(result.errorCount).toBeGreaterThan(0);
  });

  it('refuses a contact whose account is absent, naming the row', async () => {
    const before = await snapshot();
    const result = await runImport(deps, null, [file('salesforce/dataloader/Contact.csv')], { dryRun: false, skipInvalid: false });
    expect(result.status).toBe('rejected');
    expect(result.errors[0]).toMatchObject({
      file: 'Contact.csv',
      column: 'account',
      reason: expect.stringMatching(/account is neither in this import nor in Rapport/),
    });
    expect(await snapshot()).toEqual(before);
  });

  it('rejects an empty file with a clear reason', async () => {
    const result = await runImport(deps, null, [file('generic/empty.csv')], { dryRun: false, skipInvalid: false });
    expect(result.errors[0]).toMatchObject({ file: 'empty.csv', reason: expect.stringMatching(/empty/) });
  });
});

describe('Salesforce Data Loader export', () => {
  it('imports accounts, contacts, roles, opportunities and activities with personas from contact roles', async () => {
    const names = ['Account', 'User', 'Contact', 'AccountContactRelation', 'Opportunity', 'OpportunityContactRole', 'Task', 'Event'];
    const result = await runImport(
      deps,
      null,
      names.map((n) => file(`salesforce/dataloader/${n}.csv`)),
      { dryRun: false, skipInvalid: false },
    );
    expect(result.errors).toEqual([]);
    expect(result.counts?.touchpoints.created).toBeGreaterThan(0);
    const personas = await deps.database.sql.query<{ personas: string[] }>(
      "select s.personas from stakeholders s join people p on p.id = s.person_id where p.email = 'lee.wong@acme.example'",
    );
    expect(personas.rows[0].personas.length).toBeGreaterThan(0);
    const again = await runImport(
      deps,
      null,
      names.map((n) => file(`salesforce/dataloader/${n}.csv`)),
      { dryRun: false, skipInvalid: false },
    );
    expect(again.counts?.touchpoints.created).toBe(0);
    expect(again.counts?.accounts.created).toBe(0);
  });
});

describe('HubSpot exports', () => {
  it('imports companies, contacts with buying roles, deals and activities, linking participants; a re-import changes nothing', async () => {
    const files = [
      'hubspot/hubspot-crm-exports-all-companies-2024-03-05.csv',
      'hubspot/hubspot-crm-exports-all-contacts-2024-03-05.csv',
      'hubspot/hubspot-crm-exports-all-deals-2024-03-05.csv',
      'hubspot/hubspot-activities-2024-03.csv',
    ].map(file);
    const first = await runImport(deps, null, files, { dryRun: false, skipInvalid: false });
    expect(first.errors).toEqual([]);
    expect(first.files.map((f) => f.format?.system)).toEqual(['hubspot', 'hubspot', 'hubspot', 'hubspot']);
    const alice = await deps.database.sql.query<{ personas: string[]; account: string }>(
      `select s.personas, a.name as account from stakeholders s join people p on p.id = s.person_id join accounts a on a.id = s.account_id
       where p.email = 'alice@umbrella.example'`,
    );
    expect(alice.rows).toEqual([{ personas: expect.arrayContaining(['decision_maker', 'budget_holder']), account: 'Umbrella Health' }]);
    const call = await deps.database.sql.query<{ summary: string; participants: number }>(
      `select t.summary, (select count(*)::int from touchpoint_stakeholders ts where ts.touchpoint_id = t.id) as participants
       from touchpoints t where t.external_id = 'hubspot:70001'`,
    );
    expect(call.rows[0].participants).toBe(2);
    const again = await runImport(deps, null, files, { dryRun: false, skipInvalid: false });
    expect(again.counts).toMatchObject({
      accounts: { created: 0 },
      people: { created: 0 },
      stakeholders: { created: 0 },
      touchpoints: { created: 0 },
    });
  });
});

describe('generic CSV detected from its columns', () => {
  it('reads a file written to the generic touchpoint columns without --kind', async () => {
    const csv = 'Account,Kind,Occurred at,Summary,Participants\nGood Co,call,2026-05-04T10:00:00Z,Kick-off,stranger@nowhere.example\n';
    const report = await runImport(deps, null, [{ name: 'calls.csv', bytes: new TextEncoder().encode(csv) }], {
      dryRun: true,
      skipInvalid: false,
    });
    expect(report.files[0].format).toMatchObject({ system: 'generic', object: 'touchpoint' });
    expect(report.errors).toEqual([]);
    expect(report.counts?.touchpoints.created).toBe(1);
    // A participant who is not a stakeholder is not linked, and the report says so.
    expect(report.notes).toContain(
      "1 activity participant(s) are not stakeholders of the activity's account (or not in Rapport) and were not linked.",
    );
  });
});
