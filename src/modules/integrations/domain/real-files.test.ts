/**
 * The real Salesforce sample files (CC0, copied into test/fixtures/crm/salesforce/sample with their
 * provenance; the sObject-tree JSON is read from ../shared/data). Measured: 50 accounts, 150 contacts,
 * 50 opportunities in the CSVs and the same in the tree — the shared README's 49/149/49 counts lines
 * of files without a final newline. The accounts CSV has no reference column: its N-th data row is
 * AccountRefN, which the tree (same data, same order) confirms record by record.
 */
import { describe, expect, it } from 'vitest';
import { convertFixture, hasSharedTree, readTreeJson } from './fixtures.test-support.ts';
import type { ImportRecord, StakeholderRecord } from './records.ts';
import { collectReferences } from './references.ts';
import { parseSObjectTree } from './sobject-tree.ts';

const sample = (name: string) => `salesforce/sample/${name}`;

async function importSampleCsvs() {
  const accounts = await convertFixture(sample('apex-recipes-accounts.csv'));
  const references = collectReferences(accounts.records);
  const contacts = await convertFixture(sample('apex-recipes-contacts.csv'), { references });
  const opportunities = await convertFixture(sample('apex-recipes-opportunities.csv'), { references });
  return { accounts, contacts, opportunities };
}

const treeFiles = () => ({
  'Accounts.json': readTreeJson('Accounts.json'),
  'Contacts.json': readTreeJson('Contacts.json'),
  'Opportunities.json': readTreeJson('Opportunities.json'),
});

const accountNameOf = (r: ImportRecord) =>
  (r.type === 'stakeholder' || r.type === 'renewal') && r.accountRef.by === 'reference' && r.accountRef.name;

describe('Salesforce report export (BOM, label headers, ragged rows, no ids)', () => {
  it('imports with zero errors: 10 accounts once each, 6 contacts keyed by natural keys', async () => {
    const { counts, errors, records, info, format } = await convertFixture(sample('report-export-accounts-contacts.csv'));
    expect(format).toMatchObject({ system: 'salesforce', object: 'accounts_contacts_report', headerStyle: 'label' });
    expect(errors).toEqual([]);
    expect(counts).toEqual({ rows: 14, valid: 14, invalid: 0, skipped: 0, records: 16 });
    expect(info.naturalKeys).toBe(true);
    expect(info.unknownColumns).toEqual(['Contact: Picture']);
    const accounts = records.filter((r) => r.type === 'account');
    const contacts = records.filter((r): r is StakeholderRecord => r.type === 'stakeholder');
    expect(accounts).toHaveLength(10);
    expect(accounts[2]).toEqual({ type: 'account', name: 'Burlington Textiles', crmType: 'Customer - Direct', phone: '6179658855' });
    expect(contacts.map((c) => [c.accountRef, c.email])).toEqual([
      [{ by: 'name', name: 'Alpha Dynamics' }, 'amy@demo.net'],
      [{ by: 'name', name: 'Alpha Dynamics' }, 'jennifer@demo.net'],
      [{ by: 'name', name: 'Alpha Dynamics' }, 'caroline@demo.net'],
      [{ by: 'name', name: 'Madison Investments' }, 'michael@demo.net'],
      [{ by: 'name', name: 'Madison Investments' }, 'anup@demo.net'],
      [{ by: 'name', name: 'Madison Investments' }, 'jonathan@demo.net'],
    ]);
  });
});

describe('Salesforce sample-data CSVs (@AccountRefN references)', () => {
  it('import with zero errors: 50 accounts, 150 contacts, 50 opportunities', async () => {
    const { accounts, contacts, opportunities } = await importSampleCsvs();
    for (const file of [accounts, contacts, opportunities]) expect(file.errors).toEqual([]);
    expect([accounts.counts.valid, contacts.counts.valid, opportunities.counts.valid]).toEqual([50, 150, 50]);
    expect(accounts.records[0]).toMatchObject({
      referenceId: 'AccountRef1',
      name: 'Zoonoodle 37',
      employees: 28549,
      annualRevenue: 5117586,
    });
    expect(accounts.records[0]).not.toHaveProperty('industry'); // "n/a" is not an industry
    expect(contacts.records[0]).toMatchObject({ accountRef: { by: 'reference', referenceId: 'AccountRef10', name: 'Blogtags 78' } });
    expect(opportunities.records[0]).toMatchObject({
      closeDate: '2020-12-22',
      stage: 'Id. Decision Makers',
      status: 'open',
      amount: 119373.34,
      isRenewal: null,
    });
  });

  it('contacts without their accounts file are errors, not orphans', async () => {
    const { counts, errors } = await convertFixture(sample('apex-recipes-contacts.csv'));
    expect(counts.invalid).toBe(150);
    expect(errors[0]).toEqual({
      row: 2,
      column: 'accountId',
      value: '@AccountRef10',
      reason: '@AccountRef10 is a reference into another file of the same import: import it together with its accounts',
    });
  });

  it('a reference beyond the accounts file names the row', async () => {
    const accounts = await convertFixture(sample('apex-recipes-accounts.csv'));
    const fewer = collectReferences(accounts.records.slice(0, 9)); // AccountRef1..9 only
    const { errors } = await convertFixture(sample('apex-recipes-contacts.csv'), { references: fewer });
    expect(errors[0]).toEqual({
      row: 2,
      column: 'accountId',
      value: '@AccountRef10',
      reason: '@AccountRef10 matches no account in this import',
    });
  });
});

describe.skipIf(!hasSharedTree)('sObject-tree JSON with its plan', () => {
  it('imports with zero errors: 50 / 150 / 50 records in plan order', () => {
    const tree = parseSObjectTree(readTreeJson('data-plan.json'), treeFiles());
    expect(tree.errors).toEqual([]);
    expect(tree.files.map((f) => [f.file, f.records, f.valid])).toEqual([
      ['Accounts.json', 50, 50],
      ['Contacts.json', 150, 150],
      ['Opportunities.json', 50, 50],
    ]);
    expect(tree.records[0]).toMatchObject({ type: 'account', referenceId: 'AccountRef1', name: 'Zoonoodle 37', employees: 28549 });
  });

  it('gives every contact and opportunity the same account in both formats (row order = referenceId)', async () => {
    const tree = parseSObjectTree(readTreeJson('data-plan.json'), treeFiles());
    const csv = await importSampleCsvs();
    const treeNames = (type: string) => tree.records.filter((r) => r.type === type).map(accountNameOf);
    expect(csv.contacts.records.map(accountNameOf)).toEqual(treeNames('stakeholder'));
    expect(csv.opportunities.records.map(accountNameOf)).toEqual(treeNames('renewal'));
    expect(csv.accounts.records.map((r) => r.type === 'account' && [r.referenceId, r.name])).toEqual(
      tree.records.filter((r) => r.type === 'account').map((r) => r.type === 'account' && [r.referenceId, r.name]),
    );
    expect(new Set(treeNames('stakeholder')).size).toBeGreaterThan(40); // not one account for all
  });

  it('names the file and record of a dangling reference', () => {
    const contacts = readTreeJson('Contacts.json') as { records: Record<string, unknown>[] };
    const broken = { records: [{ ...contacts.records[0], accountId: '@AccountRef99' }, ...contacts.records.slice(1)] };
    const tree = parseSObjectTree(readTreeJson('data-plan.json'), { ...treeFiles(), 'Contacts.json': broken });
    expect(tree.errors).toEqual([
      {
        row: 1,
        column: 'accountId',
        value: '@AccountRef99',
        reason: '@AccountRef99 matches no account in this import (record ContactRef1)',
        file: 'Contacts.json',
      },
    ]);
    expect(tree.files[1]).toMatchObject({ valid: 149, invalid: 1 });
  });

  it('reports a file the plan names but nobody supplied', () => {
    const { 'Opportunities.json': _, ...files } = treeFiles();
    const tree = parseSObjectTree(readTreeJson('data-plan.json'), files);
    expect(tree.errors).toEqual([
      { row: 0, column: '', value: '', reason: 'the plan names Opportunities.json but it was not provided', file: 'Opportunities.json' },
    ]);
  });
});
if (!hasSharedTree) console.warn('../shared/data/crm/salesforce/tree is absent: sObject-tree tests skipped');
