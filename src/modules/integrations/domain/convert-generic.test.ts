/** Generic CSV with a stated kind and column mapping: dates stated or decided per file, broken rows reported. */
import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanDateFormat } from './collect.ts';
import { createConverter } from './converter.ts';
import { openCsv } from './csv-reader.ts';
import { resolveDateFormat } from './date-format-scan.ts';
import { convertFixture, fixture } from './fixtures.test-support.ts';
import type { ImportObject } from './format.ts';

const generic = (object: ImportObject) => ({ system: 'generic', object, headerStyle: 'label' }) as const;

describe('generic CSV', () => {
  it('accounts with ; delimiter, EU dates and decimal comma, all stated', async () => {
    const { records, errors } = await convertFixture('generic/accounts-eu.csv', {
      format: generic('account'),
      dateFormat: 'eu',
      decimalSeparator: ',',
    });
    expect(errors).toEqual([]);
    expect(records[0]).toEqual({
      type: 'account',
      name: 'Brauerei Adler GmbH',
      tier: 'strategic',
      region: 'emea',
      country: 'Germany',
      employees: 1200,
      arr: 250000.5,
      renewalDate: '2024-12-31',
      owner: { email: 'maria@vendor.example' },
    });
    expect(records.map((r) => r.type === 'account' && [r.tier, r.region, r.renewalDate])).toEqual([
      ['strategic', 'emea', '2024-12-31'],
      ['community', 'emea', '2025-02-01'],
      ['enterprise', 'emea', '2025-06-15'],
    ]);
  });

  it('the same file read as US dates fails where a day is above 12, naming each cell', async () => {
    const { errors } = await convertFixture('generic/accounts-eu.csv', {
      format: generic('account'),
      dateFormat: 'us',
      decimalSeparator: ',',
    });
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [2, 'Renewal date', '31/12/2024'],
      [4, 'Renewal date', '15/06/2025'],
    ]);
  });

  it("'auto' refuses slashed dates per cell until the file's order is decided", async () => {
    const { errors } = await convertFixture('generic/touchpoints-us.csv', { format: generic('touchpoint') });
    expect(errors[0]).toMatchObject({
      row: 2,
      column: 'Date',
      value: '03/14/2024',
      reason: expect.stringContaining('state the date format'),
    });
  });

  it.each([
    ['generic/touchpoints-us.csv', { status: 'decided', format: 'us' }],
    ['generic/touchpoints-ambiguous-dates.csv', { status: 'ambiguous' }],
    ['generic/touchpoints-mixed-dates.csv', { status: 'conflicting' }],
  ])('scanning %s → %o', async (path, verdict) => {
    const csv = await openCsv(createReadStream(fixture(path)));
    if (!csv.ok) throw new Error(csv.reason);
    const { info } = createConverter(generic('touchpoint'), csv.headers);
    expect(await scanDateFormat(csv.rows, info.dateColumns)).toMatchObject(verdict);
  });

  it('touchpoints after a decided scan: kinds, participants split on ;, times read', async () => {
    const csv = await openCsv(createReadStream(fixture('generic/touchpoints-us.csv')));
    if (!csv.ok) throw new Error(csv.reason);
    const verdict = await scanDateFormat(csv.rows, ['Date']);
    const { records, errors } = await convertFixture('generic/touchpoints-us.csv', {
      format: generic('touchpoint'),
      dateFormat: resolveDateFormat('auto', verdict),
    });
    expect(errors).toEqual([]);
    expect(records.map((r) => r.type === 'touchpoint' && [r.kind, r.occurredAt, r.participantRefs.length])).toEqual([
      ['call', '2024-03-14T00:00:00.000Z', 2],
      ['qbr', '2024-04-02T14:30:00.000Z', 1],
      ['email', '2024-04-03T00:00:00.000Z', 0],
      ['note', '2024-04-05T00:00:00.000Z', 0],
    ]);
  });

  it('a user column mapping (--map) reads a file with its own headers, quoted CRLF newline included', async () => {
    const mapping = {
      accountName: 'Account',
      activityType: 'Type of contact',
      occurredAt: 'When',
      subject: 'What happened',
      participantEmails: 'Who',
    };
    const { records, errors, info } = await convertFixture('generic/touchpoints-custom-columns.csv', {
      format: generic('touchpoint'),
      mapping,
    });
    expect(info.missingRequired).toEqual([]);
    expect(errors).toEqual([]);
    expect(records[0]).toEqual({
      type: 'touchpoint',
      accountRef: { by: 'name', name: 'Nordlys AS' },
      kind: 'meeting',
      occurredAt: '2024-05-02T00:00:00.000Z',
      summary: 'Demo of the\r\nnew dashboard, second part',
      participantRefs: [{ by: 'email', email: 'ola@nordlys.example' }],
    });
  });

  it('without the mapping the same file cannot convert, and says which fields lack a column', async () => {
    const { info, errors } = await convertFixture('generic/touchpoints-custom-columns.csv', { format: generic('touchpoint') });
    expect(info.mapping).toMatchObject({ accountName: 'Account', occurredAt: 'When' }); // obvious spellings map themselves
    expect(info.missingRequired).toEqual(['activityType']);
    expect(errors[0].reason).toContain('missing column for activityType');
  });

  it('stakeholders with quoted newlines and ;-separated roles', async () => {
    const { records, errors, info } = await convertFixture('generic/stakeholders-quoted-newlines.csv', { format: generic('contact') });
    expect(errors).toEqual([]);
    expect(info.unknownColumns).toEqual(['Notes']);
    expect(records.map((r) => r.type === 'stakeholder' && [r.lastName, r.title, r.personas])).toEqual([
      ['Schmidt', 'Head of Brewing', ['decision_maker', 'champion']],
      ['Becker', 'Controller', ['budget_holder']],
      ['Nordmann', 'CTO,\nNordlys', ['main_contact']],
    ]);
  });

  it('usage metrics', async () => {
    const { records, errors } = await convertFixture('generic/usage-metrics.csv', { format: generic('usage_metric') });
    expect(errors).toEqual([]);
    expect(records[1]).toEqual({
      type: 'usage_metric',
      accountRef: { by: 'name', name: 'Brauerei Adler GmbH' },
      metric: 'active_users',
      date: '2024-04-01',
      value: 1204,
    });
  });

  it('broken stakeholder rows: every error names row, column, value and reason', async () => {
    const { errors, counts } = await convertFixture('generic/stakeholders-broken.csv', { format: generic('contact') });
    expect(counts).toEqual({ rows: 7, valid: 1, invalid: 6, skipped: 0, records: 1 });
    expect(errors).toEqual([
      { row: 3, column: 'Account', value: '', reason: 'the account is required: a record without an account would be an orphan' },
      { row: 4, column: 'Email', value: 'ola(at)nordlys.example', reason: '"ola(at)nordlys.example" is not an e-mail address' },
      {
        row: 5,
        column: 'Roles',
        value: 'Procurement Lead',
        reason: 'role "Procurement Lead" has no persona mapping: add it to the role mapping (as a persona, or as none)',
      },
      { row: 6, column: 'Last name', value: '', reason: 'a contact needs a name or an e-mail address' },
      {
        row: 8, // the blank line is row 7, as in a spreadsheet
        column: '(beyond the last column)',
        value: 'Influencer',
        reason: 'the row has 1 more value(s) than the header has columns: a value probably contains an unquoted comma',
      },
      {
        row: 8,
        column: 'Roles',
        value: 'EMEA',
        reason: 'role "EMEA" has no persona mapping: add it to the role mapping (as a persona, or as none)',
      },
      { row: 9, column: 'Email', value: 'anna@adler.example', reason: 'duplicate contact in this account: row 2 has the same key' },
    ]);
  });

  it('unknown roles can be downgraded to warnings by choice', async () => {
    const { errors, warnings } = await convertFixture('generic/stakeholders-broken.csv', {
      format: generic('contact'),
      unknownRoles: 'warning',
    });
    expect(errors.some((e) => e.column === 'Roles')).toBe(false);
    expect(warnings.map((w) => w.value)).toEqual(['Procurement Lead', 'EMEA']);
  });

  it('broken account rows: unknown tier, range, non-number, impossible date, bad e-mail, duplicate name', async () => {
    const { errors } = await convertFixture('generic/accounts-broken.csv', { format: generic('account') });
    expect(errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [3, 'Tier', 'platinum'],
      [4, 'Employees', '51-200'],
      [4, 'ARR', '12k'],
      [4, 'Renewal date', '2025-02-30'],
      [4, 'Owner email', 'not-an-email'],
      [5, 'Name', 'Good Co'],
    ]);
  });

  it('an unknown kind of file is refused as a whole, not row by row guessing', () => {
    const converter = createConverter({ system: 'generic', object: 'unknown', headerStyle: 'label' }, ['A', 'B']);
    expect(converter.info.problems[0].reason).toContain('state the kind of file');
    expect(converter.convertRow({ row: 2, record: 1, cells: { A: '1', B: '2' } }).status).toBe('invalid');
  });

  it("reads Rapport's own export headers (field names) back", () => {
    const headers = [
      'id',
      'name',
      'tier',
      'sizeBand',
      'region',
      'industry',
      'employees',
      'lifecycleStage',
      'arr',
      'renewalDate',
      'ownerEmail',
    ];
    const converter = createConverter(generic('account'), headers);
    expect(converter.info.unknownColumns).toEqual([]);
    const cells = Object.fromEntries(headers.map((h) => [h, '']));
    const row = {
      ...cells,
      name: 'Acme',
      tier: 'strategic',
      sizeBand: 'mid_market',
      lifecycleStage: 'adoption',
      arr: '120000.5',
      renewalDate: '2025-01-31',
    };
    expect(converter.convertRow({ row: 2, record: 1, cells: row })).toMatchObject({
      status: 'valid',
      records: [
        { name: 'Acme', tier: 'strategic', sizeBand: 'mid_market', lifecycleStage: 'adoption', arr: 120000.5, renewalDate: '2025-01-31' },
      ],
    });
  });
});
