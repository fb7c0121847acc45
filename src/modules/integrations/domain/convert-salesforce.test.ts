/** Salesforce Data Loader / Data Export files (uppercase API headers, 18-character ids) through the whole pipeline. */
import { describe, expect, it } from 'vitest';
import { convertFixture } from './fixtures.test-support.ts';

const sf = (id: string) => ({ system: 'salesforce', id });
const ACME = { by: 'external_id', externalId: sf('001Dn00000AcmeAAAA') };
const ASOF = '2024-12-31T00:00:00.000Z';
const load = (name: string) => convertFixture(`salesforce/dataloader/${name}.csv`, { asOf: ASOF });

describe('Salesforce Data Loader exports', () => {
  it.each([
    ['Account', 3, 3, 0],
    ['Contact', 4, 4, 0],
    ['AccountContactRelation', 3, 3, 0],
    ['OpportunityContactRole', 3, 3, 0],
    ['Task', 4, 3, 1],
    ['Event', 3, 2, 1],
    ['Opportunity', 3, 3, 0],
    ['User', 2, 2, 0],
  ])('%s.csv: %i rows, %i valid, %i skipped, no errors', async (name, rows, valid, skipped) => {
    const result = await load(name);
    expect(result.errors).toEqual([]);
    expect(result.counts).toMatchObject({ rows, valid, skipped, invalid: 0 });
    expect(result.info.naturalKeys).toBe(false);
  });

  it('Account: tier and renewal date from custom fields, region from billing country, AnnualRevenue never as ARR', async () => {
    const { records, info } = await load('Account');
    expect(records[0]).toEqual({
      type: 'account',
      externalId: sf('001Dn00000AcmeAAAA'),
      name: 'Acme Corporation',
      crmType: 'Customer - Direct',
      tier: 'strategic',
      region: 'north_america',
      country: 'United States',
      industry: 'Manufacturing',
      employees: 1200,
      annualRevenue: 125000000,
      renewalDate: '2025-03-31',
      owner: { externalId: sf('005Dn00000CsmOneAA') },
    });
    expect(records[2]).toEqual({
      type: 'account',
      externalId: sf('001Dn00000InitechA'),
      name: 'Initech',
      crmType: 'Customer - Direct',
      owner: { externalId: sf('005Dn00000CsmOneAA') },
    });
    expect(info.ignoredColumns).toEqual(['BILLINGSTATE']);
  });

  it('Contact: a contact with only a last name is valid; no persona is guessed from the title', async () => {
    const { records } = await load('Contact');
    expect(records[1]).toMatchObject({ accountRef: ACME, title: 'Procurement Manager', personas: [], personaSource: 'none' });
    expect(records[3]).toMatchObject({ firstName: '', lastName: 'Gibbons', externalId: sf('003Dn00000PeterGAA') });
  });

  it('AccountContactRelation: multi-select roles become personas; an inactive relation says the person left', async () => {
    const { records } = await load('AccountContactRelation');
    expect(records.map((r) => r.type === 'stakeholder_role' && [r.roles, r.personas, r.isActive, r.endDate])).toEqual([
      [['Decision Maker', 'Executive Sponsor'], ['decision_maker', 'executive_sponsor'], true, undefined],
      [['Economic Buyer'], ['budget_holder'], true, undefined],
      [['Business User', 'Other'], ['day_to_day_user'], false, '2023-11-30'],
    ]);
  });

  it('OpportunityContactRole: the account is the opportunity’s, IsPrimary is a boolean', async () => {
    const { records } = await load('OpportunityContactRole');
    expect(records[0]).toEqual({
      type: 'stakeholder_role',
      externalId: sf('00KDn00000Ocr001AA'),
      source: 'opportunity_contact_role',
      contactRef: { by: 'external_id', externalId: sf('003Dn00000AnaPerAA') },
      accountRef: { by: 'opportunity', externalId: sf('006Dn00000RenewAAA') },
      roles: ['Executive Sponsor'],
      personas: ['executive_sponsor'],
      personaSource: 'crm_role',
      isPrimary: true,
    });
    expect(records.map((r) => r.type === 'stakeholder_role' && r.isPrimary)).toEqual([true, false, false]);
  });

  it('Task: completed tasks become touchpoints, open tasks are skipped, leads are not participants', async () => {
    const { records, skipped, warnings } = await load('Task');
    expect(records.map((r) => r.type === 'touchpoint' && [r.kind, r.occurredAt, r.accountRef.by])).toEqual([
      ['call', '2024-03-05T15:30:00.000Z', 'external_id'],
      ['email', '2024-03-07T00:00:00.000Z', 'external_id'], // no Type: TaskSubtype says Email; no completion time: the activity date
      ['call', '2024-02-20T00:00:00.000Z', 'opportunity'], // no AccountId: WhatId is an opportunity
    ]);
    expect(records[0]).toMatchObject({ summary: 'Quarterly check-in\n\nDiscussed rollout, asked about the budget owner' });
    expect(skipped).toEqual([{ row: 4, reason: 'open task (status "Not Started") is planned work, not an interaction' }]);
    expect(warnings).toEqual([
      { row: 5, column: 'WHOID', value: '00QDn00000LeadXXAA', reason: 'lead 00QDn00000LeadXXAA is not a contact: not linked' },
    ]);
  });

  it('Event: Type QBR maps to qbr, a blank type is a meeting, a future event is skipped against asOf', async () => {
    const { records, skipped } = await load('Event');
    expect(records.map((r) => r.type === 'touchpoint' && r.kind)).toEqual(['qbr', 'meeting']);
    expect(skipped[0].reason).toContain('after 2024-12-31');
  });

  it('Opportunity: renewals by Type, status from IsClosed/IsWon', async () => {
    const { records } = await load('Opportunity');
    expect(records.map((r) => r.type === 'renewal' && [r.closeDate, r.status, r.isRenewal, r.amount])).toEqual([
      ['2025-03-31', 'open', true, 250000],
      ['2024-01-31', 'won', true, 48000],
      ['2024-02-29', 'lost', false, 12500.5],
    ]);
  });

  it('User: OwnerId → e-mail, so owners become CSMs', async () => {
    const { records } = await load('User');
    expect(records).toEqual([
      { type: 'user', externalId: sf('005Dn00000CsmOneAA'), email: 'maria@vendor.example', name: 'Maria Santos', active: true },
      { type: 'user', externalId: sf('005Dn00000CsmTwoAA'), email: 'jon@vendor.example', name: 'Jon Berg', active: false },
    ]);
  });

  it('reports unknown columns and ignores them', async () => {
    const result = await convertFixture('salesforce/contacts-unknown-columns.csv');
    expect(result.info.unknownColumns).toEqual(['Favourite_Colour__c', 'Shoe size']);
    expect(result.errors).toEqual([]);
    expect(result.records[0]).not.toHaveProperty('Shoe size');
  });
});
