import { describe, expect, it } from 'vitest';
import { convertFixture } from './fixtures.test-support.ts';
import { recordKey } from './record-keys.ts';
import { salesforceObjectOf, toSalesforceId18 } from './refs.ts';

describe('Salesforce ids', () => {
  it('gives a 15-character id its 18-character form, so report and Data Loader exports agree', () => {
    expect(toSalesforceId18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    expect(toSalesforceId18('001A0000006Vm9rIAC')).toBe('001A0000006Vm9rIAC');
    expect(toSalesforceId18('not an id')).toBeUndefined();
  });
  it.each([
    ['001A0000006Vm9rIAC', 'account'],
    ['003Dn00000AnaPerAA', 'contact'],
    ['00QDn00000LeadXXAA', 'lead'],
    ['006Dn00000RenewAAA', 'opportunity'],
    ['005Dn00000CsmOneAA', 'user'],
  ])('%s is a %s', (id, object) => expect(salesforceObjectOf(id)).toBe(object));
});

describe('recordKey', () => {
  it('is the same on a second import of the same file (what makes re-import a no-op)', async () => {
    const path = 'salesforce/sample/report-export-accounts-contacts.csv';
    const first = (await convertFixture(path)).records.map(recordKey);
    const second = (await convertFixture(path)).records.map(recordKey);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first.slice(0, 2)).toEqual(['account-name:alpha dynamics', 'stakeholder:account-name:alpha dynamics:amy@demo.net']);
  });

  it('prefers the external id', async () => {
    const { records } = await convertFixture('salesforce/dataloader/Account.csv');
    expect(recordKey(records[0])).toBe('account:salesforce:001Dn00000AcmeAAAA');
  });
});
