import { describe, expect, it } from 'vitest';
import { GENERIC_TOUCHPOINT } from './headers/generic-headers.ts';
import { SALESFORCE_ACCOUNTS_CONTACTS_REPORT, SALESFORCE_CONTACT } from './headers/salesforce-headers.ts';
import { mapHeaders } from './map-headers.ts';
import { normalizeHeader } from './normalize.ts';

describe('normalizeHeader', () => {
  it.each([
    ['\uFEFFAccount: Account Name', 'accountaccountname'],
    ['NumberOfEmployees', 'numberofemployees'],
    ['NUMBEROFEMPLOYEES', 'numberofemployees'],
    ['Number of Employees', 'numberofemployees'],
    ['Country/Region', 'countryregion'],
  ])('%s → %s', (header, normal) => expect(normalizeHeader(header)).toBe(normal));
});

describe('mapHeaders', () => {
  it('maps API names in any case and reports unknown columns', () => {
    const result = mapHeaders(
      ['ID', 'ACCOUNTID', 'FirstName', 'last_name', 'Email', 'Favourite_Colour__c', 'Shoe size'],
      SALESFORCE_CONTACT,
    );
    expect(result).toEqual({
      mapping: { externalId: 'ID', accountExternalId: 'ACCOUNTID', firstName: 'FirstName', lastName: 'last_name', email: 'Email' },
      unknownColumns: ['Favourite_Colour__c', 'Shoe size'],
      ignoredColumns: [],
      missingRequired: [],
      problems: [],
    });
  });

  it('maps report labels, BOM included', () => {
    const result = mapHeaders(
      ['\uFEFFAccount: Account Name', 'Account: Type', 'Contact: Email', 'Contact: Picture'],
      SALESFORCE_ACCOUNTS_CONTACTS_REPORT,
    );
    expect(result.mapping).toEqual({ accountName: '\uFEFFAccount: Account Name', accountType: 'Account: Type', email: 'Contact: Email' });
    expect(result.unknownColumns).toEqual(['Contact: Picture']);
  });

  it('names required groups that no column fills', () => {
    expect(mapHeaders(['FirstName', 'Title'], SALESFORCE_CONTACT).missingRequired).toEqual(['accountExternalId | accountName']);
  });

  it('applies a user mapping (--map field=Column) before the table', () => {
    const headers = ['Company', 'Type of contact', 'When', 'What happened', 'Who'];
    const result = mapHeaders(headers, GENERIC_TOUCHPOINT, {
      activityType: 'type of contact',
      occurredAt: 'When',
      subject: 'What happened',
      participantEmails: 'Who',
    });
    expect(result.mapping).toEqual({
      activityType: 'Type of contact',
      occurredAt: 'When',
      subject: 'What happened',
      participantEmails: 'Who',
      accountName: 'Company',
    });
    expect(result.missingRequired).toEqual([]);
    expect(result.unknownColumns).toEqual([]);
  });

  it('refuses a mapping to a field that does not exist or a column that is not there', () => {
    const result = mapHeaders(['Company', 'When'], GENERIC_TOUCHPOINT, { colour: 'Company', occurredAt: 'Date of visit' });
    expect(result.problems).toEqual([
      { field: 'colour', column: 'Company', reason: expect.stringContaining('"colour" is not a field of touchpoint') },
      { field: 'occurredAt', column: 'Date of visit', reason: 'column "Date of visit" is not in the file' },
    ]);
  });
});
