/** HubSpot CRM exports (property labels, Record IDs, `;`-separated associations and multi-checkboxes). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_MAPPING } from './contact-roles.ts';
import { createConverter } from './converter.ts';
import { convertFixture } from './fixtures.test-support.ts';

const hs = (id: string) => ({ system: 'hubspot', id });
const file = (name: string) => `hubspot/${name}`;

describe('HubSpot exports', () => {
  it('companies: employees and revenue with separators, owner by name or e-mail, unknown country noted', async () => {
    const { records, errors, warnings, info } = await convertFixture(file('hubspot-crm-exports-all-companies-2024-03-05.csv'));
    expect(errors).toEqual([]);
    expect(records[0]).toEqual({
      type: 'account',
      externalId: hs('9001'),
      name: 'Umbrella Health',
      region: 'emea',
      country: 'United Kingdom',
      industry: 'Hospital & Health Care',
      employees: 1200,
      annualRevenue: 2500000,
      owner: { name: 'Maria Santos' },
      website: 'umbrella.example',
    });
    expect(records[1]).toMatchObject({ region: 'apac', owner: { email: 'jon@vendor.example' } });
    expect(warnings).toEqual([
      { row: 4, column: 'Country/Region', value: 'Atlantis', reason: 'no region is known for this country: region left empty' },
    ]);
    expect(info.unknownColumns).toEqual(['Create Date', 'Lifecycle Stage']);
  });

  it('contacts: Buying Role (values and labels) → personas, NPS fields, one stakeholder per associated company', async () => {
    const { records, errors, warnings } = await convertFixture(file('hubspot-crm-exports-all-contacts-2024-03-05.csv'));
    expect(errors).toEqual([]);
    expect(records.map((r) => r.type === 'stakeholder' && [r.email, r.personas, r.personaSource])).toEqual([
      ['alice@umbrella.example', ['decision_maker', 'budget_holder'], 'crm_role'],
      ['bruno@umbrella.example', ['champion', 'day_to_day_user'], 'crm_role'],
      ['chen@stark.example', ['budget_holder'], 'crm_role'],
      ['dana@stark.example', [], 'none'], // Legal and compliance, Blocker: known, no persona
      ['eve@stark.example', [], 'none'],
      ['eve@stark.example', [], 'none'],
    ]);
    expect(records[0]).toMatchObject({
      lastNps: { score: 9, comment: 'Great onboarding', date: '2024-02-10' },
      accountRef: { by: 'external_id', externalId: hs('9001') },
    });
    expect(records.slice(4).map((r) => r.type === 'stakeholder' && r.accountRef)).toEqual([
      { by: 'external_id', externalId: hs('9002') },
      { by: 'external_id', externalId: hs('9003') },
    ]);
    expect(warnings).toEqual([
      { row: 3, column: 'Persona', value: 'persona_1', reason: 'HubSpot persona "persona_1" names no Rapport persona: ignored' },
    ]);
  });

  it('contacts: an edited role mapping changes the personas', async () => {
    const roleMapping = { ...DEFAULT_ROLE_MAPPING, BLOCKER: [], LEGAL_AND_COMPLIANCE: ['influencer'] as const };
    const { records } = await convertFixture(file('hubspot-crm-exports-all-contacts-2024-03-05.csv'), { roleMapping });
    expect(records[3]).toMatchObject({ email: 'dana@stark.example', personas: ['influencer'], personaSource: 'crm_role' });
  });

  it('activities: type → kind, participants by contact id and e-mail', async () => {
    const { records, errors } = await convertFixture(file('hubspot-activities-2024-03.csv'));
    expect(errors).toEqual([]);
    expect(records.map((r) => r.type === 'touchpoint' && [r.kind, r.occurredAt])).toEqual([
      ['call', '2024-03-04T14:30:00.000Z'],
      ['meeting', '2024-03-06T09:00:00.000Z'],
      ['note', '2024-03-07T11:15:00.000Z'],
      ['email', '2024-03-08T08:05:00.000Z'],
    ]);
    expect(records[1]).toMatchObject({
      participantRefs: [
        { by: 'external_id', externalId: hs('503') },
        { by: 'email', email: 'chen@stark.example' },
      ],
    });
  });

  it('deals: close date, stage status, renewal by deal type', async () => {
    const { records, errors, info } = await convertFixture(file('hubspot-crm-exports-all-deals-2024-03-05.csv'));
    expect(errors).toEqual([]);
    expect(records.map((r) => r.type === 'renewal' && [r.closeDate, r.stage, r.status, r.amount, r.isRenewal])).toEqual([
      ['2025-01-31', 'Contract sent', 'open', 180000, true],
      ['2024-02-28', 'closedwon', 'won', 45500, false],
      ['2023-12-15', 'Closed lost', 'lost', 9900, null],
    ]);
    expect(info.ignoredColumns).toEqual(['Pipeline']);
  });

  it('a calls export without a type column needs the kind stated once for the file', async () => {
    const headers = ['Record ID', 'Call title', 'Call notes', 'Activity date', 'Associated Company IDs'];
    const format = { system: 'hubspot', object: 'engagement', headerStyle: 'label' } as const;
    expect(createConverter(format, headers).info.missingRequired).toEqual(['activityType']);
    const converter = createConverter(format, headers, { activityKind: 'call' });
    const cells = {
      'Record ID': '1',
      'Call title': 'Check-in',
      'Call notes': '',
      'Activity date': '2024-03-01 10:00',
      'Associated Company IDs': '9001',
    };
    expect(converter.convertRow({ row: 2, record: 1, cells })).toMatchObject({
      status: 'valid',
      records: [{ kind: 'call', summary: 'Check-in' }],
    });
  });
});
