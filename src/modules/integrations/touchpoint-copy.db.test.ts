/**
 * The COPY path (PostgreSQL) and the row-by-row path must give the same import: same counts, same
 * errors in the same order, same warnings and notes, the same touchpoints with the same ids — so a
 * file imported one way is a no-op when imported the other way. On PGlite both runs take the
 * row-by-row path and the comparison still holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';
import type { Deps } from '../../deps.ts';
import { type ImportOptions, type ImportReport, runImport } from './import.service.ts';

const copyDeps = await createTestDeps();
const rowDeps = await createTestDeps();
afterAll(async () => {
  await copyDeps.database.dispose();
  await rowDeps.database.dispose();
});
const onPostgres = copyDeps.database.kind === 'postgres';

const encode = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const base: ImportOptions = { dryRun: false, skipInvalid: false };

const ACCOUNTS = `External ID,Name,Tier
A-1,Brauerei Adler GmbH,strategic
A-2,Nordlys AS,enterprise
A-3,Café Lumière SARL,community
`;
const CONTACTS = `Account,First name,Last name,Email
Brauerei Adler GmbH,Anna,Schmidt,anna@adler.example
Brauerei Adler GmbH,Tom,Becker,tom@adler.example
Nordlys AS,Ola,Nordmann,ola@nordlys.example
`;

/** Every kind of row the converters have an opinion on. Today (TEST_NOW) is 2026-06-15. */
const TRICKY = `External ID,Account ID,Account,Kind,Date,Summary,Notes,Participants,Owner email
T-1,,Brauerei Adler GmbH,call,2026-03-14,Kick-off,,anna@adler.example; Tom Becker <TOM@adler.example>,
T-2,,Nordlys AS,Video call,2026-03-15T09:30:00Z,"Demo, part one","Line one
line two",ola@nordlys.example;the whole team,csm@vendor.example
T-3,,  Nordlys AS  ,  Meeting ,2026-03-16 14:05:06.5+02:00,  spaced  ,,,
T-4,,Brauerei Adler GmbH,Demo,2026-03-17,Unknown kind,,,
T-5,,Brauerei Adler GmbH,,2026-03-18,No kind,,,
T-6,,Brauerei Adler GmbH,call,,No date,,,
T-7,,Brauerei Adler GmbH,call,2026-02-30,Not a calendar date,,,
T-8,,Brauerei Adler GmbH,call,03/14/2026,Slashed date under iso,,,
T-9,,,call,2026-03-19,No account,,nobody,
T-10,,Unknown Company,call,2026-03-20,Orphan by name,,,
T-11,A-99,,call,2026-03-21,Orphan by id,,,
T-12,,Brauerei Adler GmbH,call,2026-03-22,Bad owner,,,not-an-email
T-13,,Brauerei Adler GmbH,Demo,2026-03-23,Bad owner and kind,,,not-an-email
T-14,,Brauerei Adler GmbH,meeting,2026-07-01,Scheduled,,,
,,,,,,,,
T-1,,Brauerei Adler GmbH,call,2026-03-14,Duplicate id,,,
,,Café Lumière SARL,email,2026-03-24T08:00,No id: natural key,,stranger@nowhere.example,
T-16,,Brauerei Adler GmbH,QBR,2026-03-25T23:59:59.999-05:30,Offset and milliseconds,,,
T-17,,Brauerei Adler GmbH,note,2026-3-26,Short month,,,
`;

async function seed(deps: Deps) {
  const report = await runImport(deps, null, [encode('accounts.csv', ACCOUNTS), encode('contacts.csv', CONTACTS)], base);
  expect(report.errors).toEqual([]);
}

async function touchpointsOf(deps: Deps) {
  return (
    await deps.database.sql.query(
      `select t.external_id, a.name as account, t.kind, to_char(t.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as at, t.summary,
        coalesce((select array_agg(p.email order by p.email) from touchpoint_stakeholders ts join stakeholders s on s.id = ts.stakeholder_id
          join people p on p.id = s.person_id where ts.touchpoint_id = t.id), '{}') as participants
       from touchpoints t join accounts a on a.id = t.account_id order by t.external_id`,
    )
  ).rows;
}

/** What a user sees of a report, without the line that says how the file was read. */
const seen = (report: ImportReport) => ({ ...report, files: report.files.map(({ via: _via, ...f }) => f) });

describe('touchpoint import: the COPY path and the row-by-row path agree', () => {
  beforeAll(async () => {
    await seed(copyDeps);
    await seed(rowDeps);
    // Natural keys need sha1 in SQL (pgcrypto); without it such files take the row-by-row path.
    if (onPostgres) await copyDeps.database.sql.exec('create extension if not exists pgcrypto');
  });

  it('reports the same rejection for a file with problems, row by row, and writes nothing', async () => {
    const file = encode('touchpoints.csv', TRICKY);
    const options = { ...base, kind: 'touchpoint' as const, dateFormat: 'iso' as const };
    const viaCopy = await runImport(copyDeps, null, [file], options);
    const viaRows = await runImport(rowDeps, null, [file], { ...options, useCopy: false });
    if (onPostgres) expect(viaCopy.files[0].via).toBe('copy');
    expect(viaRows.files[0].via).toBe('rows');
    expect(seen(viaCopy)).toEqual(seen(viaRows));
    expect(viaCopy.status).toBe('rejected');
    expect(viaCopy.files[0]).toMatchObject({ rows: 19, valid: 8, invalid: 9, skipped: 2 });
    expect(viaCopy.errors.map((e) => [e.row, e.column, e.value])).toEqual([
      [5, 'Kind', 'Demo'],
      [6, 'Kind', ''],
      [7, 'Date', ''],
      [8, 'Date', '2026-02-30'],
      [9, 'Date', '03/14/2026'],
      [10, 'Account ID', ''],
      [13, 'Owner email', 'not-an-email'],
      [14, 'Kind', 'Demo'],
      [20, 'Date', '2026-3-26'],
      [11, 'account', 'Unknown Company'],
      [12, 'account', 'A-99'],
    ]);
    expect(viaCopy.warnings.map((w) => [w.row, w.value])).toEqual([
      [3, 'the whole team'],
      [10, 'nobody'],
    ]);
    expect(await touchpointsOf(copyDeps)).toEqual([]);
  });

  it('imports the valid rows the same way with skip-invalid, ids included, so the other path then changes nothing', async () => {
    const file = encode('touchpoints.csv', TRICKY);
    const options = { ...base, kind: 'touchpoint' as const, dateFormat: 'iso' as const, skipInvalid: true };
    const viaCopy = await runImport(copyDeps, null, [file], options);
    const viaRows = await runImport(rowDeps, null, [file], { ...options, useCopy: false });
    expect(seen(viaCopy)).toEqual(seen(viaRows));
    expect(viaCopy.counts?.touchpoints).toEqual({ created: 5, updated: 0, unchanged: 1 });
    expect(viaCopy.notes).toContain(
      "1 activity participant(s) are not stakeholders of the activity's account (or not in Rapport) and were not linked.",
    );
    // Natural keys hash the account's id, which differs between the two databases; the re-imports below compare them.
    const comparable = (rows: Record<string, unknown>[]) =>
      rows.map((t) => ({ ...t, external_id: String(t.external_id).replace(/^natural:.*/, 'natural') }));
    const stored = await touchpointsOf(copyDeps);
    expect(comparable(stored)).toEqual(comparable(await touchpointsOf(rowDeps)));
    expect(stored.find((t) => t.external_id === 'csv:T-1')).toMatchObject({
      summary: 'Kick-off',
      participants: ['anna@adler.example', 'tom@adler.example'],
    });
    expect(stored.find((t) => t.external_id === 'csv:T-2')).toMatchObject({
      kind: 'meeting',
      summary: 'Demo, part one\n\nLine one\nline two',
    });
    expect(stored.find((t) => t.external_id === 'csv:T-3')).toMatchObject({ account: 'Nordlys AS', at: '2026-03-16T12:05:06.500' });
    expect(stored.find((t) => t.external_id === 'csv:T-16')).toMatchObject({ at: '2026-03-26T05:29:59.999' });
    expect(stored.some((t) => String(t.external_id).startsWith('natural:'))).toBe(true);
    // New touchpoints get time-ordered (version-7) keys; through COPY they follow the file's row order.
    const keys = (
      await copyDeps.database.sql.query<{ id: string }>(
        `select id::text from touchpoints where external_id in ('csv:T-1', 'csv:T-2', 'csv:T-3', 'csv:T-16') order by external_id = 'csv:T-16', external_id`,
      )
    ).rows.map((r) => r.id);
    for (const id of keys) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    if (onPostgres) expect([...keys].sort()).toEqual(keys);

    // Imported through COPY, re-imported row by row (and the other way round): nothing new.
    const again = await runImport(copyDeps, null, [file], { ...options, useCopy: false });
    expect(again.counts?.touchpoints).toEqual({ created: 0, updated: 0, unchanged: 6 });
    const back = await runImport(rowDeps, null, [file], options);
    expect(back.counts?.touchpoints).toEqual({ created: 0, updated: 0, unchanged: 6 });
  });

  it('orders errors across batches of 5,000 rows the same way', async () => {
    const lines = ['External ID,Account,Kind,Date,Summary'];
    for (let i = 0; i < 12_000; i++) {
      const account = i % 997 === 0 ? 'Nobody Ltd' : i % 2 ? 'Nordlys AS' : 'Brauerei Adler GmbH';
      const kind = i % 1_499 === 0 ? 'Webinarish' : 'call';
      lines.push(`B-${i},${account},${kind},2025-0${1 + (i % 9)}-1${i % 10},Batch row ${i}`);
    }
    const file = encode('big.csv', `${lines.join('\n')}\n`);
    const options = { ...base, kind: 'touchpoint' as const, dateFormat: 'iso' as const };
    const viaCopy = await runImport(copyDeps, null, [file], options);
    const viaRows = await runImport(rowDeps, null, [file], { ...options, useCopy: false });
    expect(seen(viaCopy)).toEqual(seen(viaRows));
    expect(viaCopy.errorCount).toBe(21);
    expect(viaCopy.errors[0]).toMatchObject({ row: 2, column: 'Kind', value: 'Webinarish' });
  });

  it('falls back to the row-by-row reader for a file PostgreSQL would read differently, with the same result', async () => {
    const loose = 'External ID,Account,Kind,Date,Summary\nL-1,Nordlys AS,call,2026-01-05,The 5" screen\nL-2,Nordlys AS,call,2026-01-06\n';
    const file = encode('loose.csv', loose);
    const options = { ...base, kind: 'touchpoint' as const, dateFormat: 'iso' as const, dryRun: true };
    const viaCopy = await runImport(copyDeps, null, [file], options);
    const viaRows = await runImport(rowDeps, null, [file], { ...options, useCopy: false });
    expect(viaCopy.files[0].via).toBe('rows');
    expect(seen(viaCopy)).toEqual(seen(viaRows));
  });
});
