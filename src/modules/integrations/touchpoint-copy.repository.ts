/**
 * The PostgreSQL path for plain touchpoint files (the generic touchpoint CSV). Instead of parsing a
 * million rows in JavaScript, the file's bytes go to the server with `COPY … FROM STDIN` into a
 * temporary staging table (text columns and the row number); the rows are then checked and written
 * set-based with `INSERT … SELECT`, inside the import's transaction.
 *
 * Everything the JavaScript path decides per value is still decided by the same JavaScript
 * functions, but once per *distinct* value: activity kinds, owner e-mails, participant lists, dates
 * that are not plain ISO, account names (resolved through the same caches). Only plain ISO dates
 * are read in SQL, with the same rules. The outcome — counts, errors (same order, row, column,
 * value and reason), warnings, natural keys — is the JavaScript path's, which the db test checks.
 *
 * Whenever the file is something this path does not handle exactly (quotes used loosely, ragged
 * rows, blank lines, slashed dates to be decided, `@` references, no id column without pgcrypto),
 * it returns `undefined` before writing anything (a savepoint is rolled back) and the caller uses
 * the JavaScript path.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../db/client.ts';
import {
  accountRefKey,
  type ColumnMapping,
  type ConverterInfo,
  contactRefKey,
  createConverter,
  type DateFormat,
  emailIn,
  mapActivityKind,
  parseDateTime,
  parseEmail,
  type RowIssue,
  splitMultiValue,
} from './domain/index.ts';
import { type FileReport, fieldsOf, type OpenedFile } from './import-parse.ts';
import { type Caches, resolveAccounts, resolvePeople, TOUCHPOINT_BATCH } from './touchpoint-batches.repository.ts';

export type CopyResult = {
  report: FileReport;
  errors: RowIssue[];
  warnings: RowIssue[];
  created: number;
  unchanged: number;
  unlinked: number;
};
export type CopyOptions = { dateFormat: DateFormat; asOf: string; mapping?: ColumnMapping };

/** What String.prototype.trim removes, so SQL trims cells exactly as the converters do. */
const WS =
  ' \t\n\u000b\u000c\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
// Most cells start and end with a printable ASCII character and need no trimming; checking that is cheaper than btrim.
const trimmed = (column: string | undefined) =>
  column
    ? `case when s.${column} is null then '' when ascii(s.${column}) between 33 and 126 and ascii(right(s.${column}, 1)) between 33 and 126
        then s.${column} else btrim(s.${column}, '${WS}') end`
    : `''`;
const rawCell = (column: string | undefined) => (column ? `coalesce(s.${column}, '')` : `''`);

/** Plain ISO dates read in SQL; anything else (slashed, lower-case, one-digit hours, finer fractions) goes to parseDateTime. */
const ISO_SQL = String.raw`^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,3}))?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$`;
const SLASHED = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;

const REASONS = {
  dateRequired: 'the date of the activity is required',
  kindRequired: 'the activity type is required (or state the kind for the whole file)',
  accountRequired: 'the account is required: a record without an account would be an orphan',
  accountMissing: 'the activity’s account is neither in this import nor in Rapport',
  noEmail: 'participant without an e-mail address: not linked',
};

/** The pool client under a node-postgres transaction; undefined on PGlite. */
function pgClientOf(db: Db): PoolClient | undefined {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client as PoolClient | undefined;
  if (!client || typeof client.query !== 'function' || typeof (client as { release?: unknown }).release !== 'function') return undefined;
  return client;
}

/**
 * True when every quote in the file is where RFC 4180 puts it (a field that starts with a quote
 * and ends with one, doubled inside): there csv-parse and PostgreSQL's CSV reader agree. A quote in
 * the middle of a field, which csv-parse reads leniently, sends the file to the JavaScript path.
 */
export function quotesAreStrict(bytes: Uint8Array, delimiter: number): boolean {
  if (bytes.indexOf(0x22) < 0) return true;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inQuotes) {
      if (b !== 0x22) continue;
      if (bytes[i + 1] === 0x22) {
        i++;
        continue;
      }
      const next = bytes[i + 1];
      if (next !== undefined && next !== delimiter && next !== 0x0a && next !== 0x0d) return false;
      inQuotes = false;
      fieldStart = false;
      continue;
    }
    if (b === 0x22) {
      if (!fieldStart) return false;
      inQuotes = true;
      continue;
    }
    fieldStart = b === delimiter || b === 0x0a || b === 0x0d;
  }
  return !inQuotes;
}

function eligibleBytes(bytes: Uint8Array, delimiter: string): boolean {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false; // UTF-16
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const firstLineEnd = buffer.indexOf(0x0a);
  const header = buffer.subarray(0, firstLineEnd < 0 ? buffer.length : firstLineEnd);
  if (header.indexOf(0x22) >= 0) return false; // a quoted header could span lines
  // A line holding only \. ends the data for COPY.
  for (let at = buffer.indexOf('\n\\.'); at >= 0; at = buffer.indexOf('\n\\.', at + 1)) {
    const next = buffer[at + 3];
    if (next === undefined || next === 0x0a || (next === 0x0d && (buffer[at + 4] === undefined || buffer[at + 4] === 0x0a))) return false;
  }
  return quotesAreStrict(bytes, delimiter.charCodeAt(0));
}

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** One statement on the import's connection, its rows typed. */
type Query = <T = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<T[]>;
/** The staging table's column (c1, c2, …) holding each field the file maps; undefined when the file has none. */
type Columns = Record<
  'ext' | 'accountId' | 'accountName' | 'kind' | 'date' | 'subject' | 'description' | 'participants' | 'owner',
  string | undefined
>;
/** What every step reads: the file, its converter's reading of the header, the columns, the connection. */
type Run = { file: OpenedFile; options: CopyOptions; info: ConverterInfo; c: Columns; q: Query; client: PoolClient };
/** The distinct values the JavaScript rules decide, gathered in SQL. */
type Distinct = {
  kinds: string[];
  owners: string[];
  participants: string[];
  accountIds: string[];
  accountNames: string[];
  dates: string[];
  needsNatural: boolean;
};
type Decided = {
  kinds: { v: string; parsed: ReturnType<typeof mapActivityKind> }[];
  owners: { v: string; reason: string }[];
  dates: { v: string; parsed: ReturnType<typeof parseDateTime> }[];
  participants: { v: string; emails: string[]; bad: string[] }[];
};
type Resolved = { accounts: { v: string; by: string; id: string | undefined }[]; people: { email: string; id: string }[] };
type Counts = { rows: number; valid: number; invalid: number; skipped: number; orphans: number };

const TEMP_TABLES = 'rapport_stage, rapport_rows, rapport_write, rapport_inserted, rapport_participants';

/**
 * The steps, in order: plan the columns, stage the file, read its rows, gather the distinct values,
 * decide them with the JavaScript rules, resolve accounts and people, load those decisions, count,
 * collect errors and warnings, write, report. Undefined (nothing written) when the file is not one
 * this path reproduces exactly.
 */
export async function copyTouchpoints(db: Db, file: OpenedFile, options: CopyOptions, caches: Caches): Promise<CopyResult | undefined> {
  const client = pgClientOf(db);
  if (!client) return undefined;
  const planned = planColumns(file, options);
  if (!planned) return undefined;
  const q: Query = async (text, values) => (await client.query(text, values)).rows;
  const run: Run = { ...planned, file, options, q, client };
  return inSavepoint(q, async () => {
    if (!(await stage(client, file))) return undefined;
    await readRows(run);
    const distinct = await distinctValues(run);
    if (!distinct) return undefined;
    const decided = decideValues(distinct, options);
    await loadDecisions(run, decided, await resolveReferences(db, distinct, decided, caches));
    const resolved = resolvedRows(options, distinct.needsNatural);
    const counts = await countRows(run, resolved);
    const errors = counts.invalid + counts.orphans > 0 ? await collectErrors(run, resolved, counts.orphans > 0) : [];
    const warnings = await collectWarnings(run);
    const written = await insertTouchpoints(run, resolved, decided.participants.length > 0);
    return {
      report: reportOf(run, counts),
      errors,
      warnings,
      created: written.created,
      unchanged: counts.valid - counts.orphans - written.created,
      unlinked: written.unlinked,
    };
  });
}

/** Which staging column holds which field; undefined when this path does not take the file. */
function planColumns(file: OpenedFile, options: CopyOptions): { info: ConverterInfo; c: Columns } | undefined {
  const { format, headers, delimiter } = file;
  if ((format.system !== 'generic' && format.system !== 'rapport') || format.object !== 'touchpoint') return undefined;
  const { info } = createConverter(format, headers, { mapping: options.mapping, dateFormat: options.dateFormat, file: file.file.name });
  if (info.problems.length > 0 || info.missingRequired.length > 0) return undefined;
  if (!eligibleBytes(file.file.bytes, delimiter)) return undefined;
  const column = (field: string) => {
    const at = info.mapping[field] === undefined ? -1 : headers.indexOf(info.mapping[field]);
    return at < 0 ? undefined : `c${at + 1}`;
  };
  return {
    info,
    c: {
      ext: column('externalId'),
      accountId: column('accountExternalId'),
      accountName: column('accountName'),
      kind: column('activityType'),
      date: column('occurredAt'),
      subject: column('subject'),
      description: column('description'),
      participants: column('participantEmails'),
      owner: column('ownerEmail'),
    },
  };
}

/** Runs the steps under a savepoint: kept when they return a result, rolled back when they give up or fail. */
async function inSavepoint(q: Query, steps: () => Promise<CopyResult | undefined>): Promise<CopyResult | undefined> {
  await q('savepoint rapport_copy');
  // Sorts and hashes over a million rows stay in memory (for this transaction only).
  await q(`set local work_mem = '64MB'`);
  let done = false;
  try {
    const result = await steps();
    done = result !== undefined;
    return result;
  } finally {
    if (done) await q(`drop table if exists ${TEMP_TABLES}; release savepoint rapport_copy`);
    else await q('rollback to savepoint rapport_copy; release savepoint rapport_copy');
  }
}

/**
 * Each row once, trimmed as the converters trim, with its plain ISO date read (fenced subqueries:
 * every expression is computed once per row); then the dates once per distinct value, plain ISO ones
 * read in SQL (the rest are decided by parseDateTime in decideValues).
 */
async function readRows({ file, c, q }: Run) {
  const { headers } = file;
  const t = headers.map((_, i) => `t${i + 1}`);
  const f = (column: string | undefined) => (column ? column.replace(/^c/, 't') : `''`);
  const accountBy = `case when ${c.accountId ? `${f(c.accountId)} <> ''` : 'false'} then 'id' when ${f(c.accountName)} <> '' then 'name' end`;
  await q(`create temp table rapport_rows on commit drop as
    select n, empty, dv, kv, ov, account_by, account_v, ext_v, participants_v, summary
    from (select n, ${t.map((x) => `${x} = ''`).join(' and ')} as empty,
          ${f(c.date)} as dv, ${f(c.kind)} as kv, ${f(c.owner)} as ov, ${accountBy} as account_by,
          case when ${accountBy} = 'id' then ${f(c.accountId)} else ${f(c.accountName)} end as account_v,
          ${f(c.ext)} as ext_v, ${f(c.participants)} as participants_v,
          case when ${f(c.subject)} <> '' and ${f(c.description)} <> '' then ${f(c.subject)} || E'\n\n' || ${f(c.description)}
            else ${f(c.subject)} || ${f(c.description)} end as summary
        from (select n, ${headers.map((_, i) => `${trimmed(`c${i + 1}`)} as t${i + 1}`).join(', ')} from rapport_stage s offset 0) trimmed
        offset 0) cells`);
  await q(`create temp table rapport_dates on commit drop as
    select v, ${fastIso('g')} as at, null::text as reason
    from (select v, regexp_match(v, '${ISO_SQL}') as g from (select distinct dv as v from rapport_rows where dv <> '') d offset 0) x`);
}

/** The distinct values the JavaScript rules decide, in one pass; undefined when one of them needs the JavaScript path. */
async function distinctValues({ q, options }: Run): Promise<Distinct | undefined> {
  const values = await q<{ grp: string; v: string }>(`select case
      when grouping(kv) = 0 then 'kind' when grouping(ov) = 0 then 'owner'
      when grouping(participants_v) = 0 then 'participants' when grouping(account_id) = 0 then 'account-id'
      when grouping(account_name) = 0 then 'account-name' else 'natural' end as grp,
      coalesce(kv, ov, participants_v, account_id, account_name, no_id) as v
    from (select kv, ov, participants_v,
        case when account_by = 'id' then account_v end as account_id, case when account_by = 'name' then account_v end as account_name,
        case when not empty and (ext_v = '' or ext_v like '@%') then 'yes' end as no_id
      from rapport_rows) v
    group by grouping sets ((kv), (ov), (participants_v), (account_id), (account_name), (no_id))`);
  const of = (set: string) => values.filter((r) => r.grp === set && r.v !== null && r.v !== '').map((r) => r.v);
  const dates = (await q<{ v: string }>('select v from rapport_dates where at is null')).map((r) => r.v);
  // Slashed dates under 'auto' need the whole-file day/month scan: the JavaScript path does it.
  if (options.dateFormat === 'auto' && dates.some((d) => SLASHED.test(d))) return undefined;
  const accountIds = of('account-id');
  if (accountIds.some((id) => id.startsWith('@'))) return undefined;
  const needsNatural = of('natural').length > 0;
  if (needsNatural && !(await q<{ ok: boolean }>(`select to_regprocedure('digest(text,text)') is not null as ok`))[0].ok) return undefined;
  return {
    kinds: of('kind'),
    owners: of('owner'),
    participants: of('participants'),
    accountIds,
    accountNames: of('account-name'),
    dates,
    needsNatural,
  };
}

/** The JavaScript rules, once per distinct value: activity kinds, owner e-mails, dates that are not plain ISO, participant lists. */
function decideValues(distinct: Distinct, options: CopyOptions): Decided {
  return {
    kinds: distinct.kinds.map((v) => ({ v, parsed: mapActivityKind(v) })),
    owners: distinct.owners.flatMap((v) => {
      const parsed = parseEmail(v);
      return parsed.ok ? [] : [{ v, reason: parsed.reason }];
    }),
    dates: distinct.dates.map((v) => ({ v, parsed: parseDateTime(v, options.dateFormat) })),
    participants: distinct.participants.map((v) => {
      const entries = splitMultiValue(v);
      // Lower-cased: participants are looked up by e-mail, case-insensitively.
      const emails = entries.flatMap((e) => emailIn(e)?.toLowerCase() ?? []);
      return { v, emails, bad: entries.filter((e) => emailIn(e) === undefined) };
    }),
  };
}

/** Accounts (by name or file id) and people (by e-mail), through the same caches and lookups as the batch path. */
async function resolveReferences(db: Db, distinct: Distinct, decided: Decided, caches: Caches): Promise<Resolved> {
  const names = distinct.accountNames;
  await resolveAccounts(
    db,
    names.map((name) => ({ by: 'name', name })),
    caches,
  );
  const accounts = [
    ...names.map((v) => ({ v, by: 'name', id: caches.accountIds.get(accountRefKey({ by: 'name', name: v })) })),
    ...distinct.accountIds.map((v) => ({
      v,
      by: 'id',
      id: caches.accountIds.get(accountRefKey({ by: 'external_id', externalId: { system: 'csv', id: v } })),
    })),
  ].filter((r) => r.id !== undefined);
  const emails = [...new Set(decided.participants.flatMap((p) => p.emails))];
  await resolvePeople(
    db,
    emails.map((email) => ({ by: 'email', email })),
    caches,
  );
  const people = emails.flatMap((email) => {
    const id = caches.personIds.get(contactRefKey({ by: 'email', email }));
    return id ? [{ email, id }] : [];
  });
  return { accounts, people };
}

/** The decisions as small temporary tables the row statements join. */
async function loadDecisions({ q }: Run, decided: Decided, resolved: Resolved) {
  const table = async (name: string, columns: string, arrays: unknown[][]) => {
    const list = columns.split(', ');
    await q(
      `create temp table ${name} on commit drop as select * from unnest(${list.map((col, i) => `$${i + 1}::${col.split(' ')[1]}[]`).join(', ')})
       as x(${list.map((col) => col.split(' ')[0]).join(', ')})`,
      arrays,
    );
    await q(`analyze ${name}`);
  };
  const { kinds, dates, owners, participants } = decided;
  await table('rapport_kinds', 'v text, kind text, reason text', [
    kinds.map((k) => k.v),
    kinds.map((k) => (k.parsed.ok ? k.parsed.value : null)),
    kinds.map((k) => (k.parsed.ok ? null : k.parsed.reason)),
  ]);
  await q(
    `update rapport_dates d set at = x.at, reason = x.reason from unnest($1::text[], $2::timestamptz[], $3::text[]) as x(v, at, reason)
     where d.v = x.v`,
    [
      dates.map((d) => d.v),
      dates.map((d) => (d.parsed.ok ? d.parsed.value : null)),
      dates.map((d) => (d.parsed.ok ? null : d.parsed.reason)),
    ],
  );
  await q('analyze rapport_dates');
  await table('rapport_owners', 'v text, reason text', [owners.map((o) => o.v), owners.map((o) => o.reason)]);
  await table('rapport_accounts', 'v text, by text, id uuid', [
    resolved.accounts.map((a) => a.v),
    resolved.accounts.map((a) => a.by),
    resolved.accounts.map((a) => a.id),
  ]);
  await table('rapport_people', 'v text, id uuid', [resolved.people.map((p) => p.email), resolved.people.map((p) => p.id)]);
  await table('rapport_participants', 'v text, emails text, bad text', [
    participants.map((p) => p.v),
    participants.map((p) => (p.emails.length > 0 ? p.emails.join('\u001f') : null)),
    participants.map((p) => (p.bad.length > 0 ? p.bad.join('\u001f') : null)),
  ]);
}

/**
 * The rows with everything decided, as a subquery: status as convertRow decides it (empty → skipped;
 * after asOf → skipped; any error → invalid) and, for rows to write, the id they are written with.
 */
function resolvedRows(options: CopyOptions, needsNatural: boolean): string {
  const naturalId = needsNatural
    ? `'natural:' || encode(digest(account_id::text || '|' || to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '|' || kind || '|' || summary, 'sha1'), 'hex')`
    : 'null';
  return `(select z.*, case when z.status = 'valid' and z.account_id is not null then
        case when z.ext_v <> '' and z.ext_v not like '@%' then 'csv:' || z.ext_v else ${naturalId} end end as external_id
    from (select y.*,
        case when y.empty then 'skipped'
          when y.at > ${literal(options.asOf)}::timestamptz then 'skipped'
          when y.at is null or y.kind is null or y.account_by is null or y.owner_reason is not null then 'invalid'
          else 'valid' end as status
      from (select r.*, d.at, d.reason as date_reason, k.kind, k.reason as kind_reason,
          o.reason as owner_reason, a.id as account_id
        from rapport_rows r
        left join rapport_dates d on d.v = r.dv
        left join rapport_kinds k on k.v = r.kv
        left join rapport_owners o on o.v = r.ov
        left join rapport_accounts a on a.v = r.account_v and a.by = r.account_by) y) z)`;
}

async function countRows({ q }: Run, resolved: string): Promise<Counts> {
  const [counts] = await q<Counts>(
    `select count(*)::int as rows, count(*) filter (where status = 'valid')::int as valid, count(*) filter (where status = 'invalid')::int as invalid,
      count(*) filter (where status = 'skipped')::int as skipped, count(*) filter (where status = 'valid' and account_id is null)::int as orphans
     from ${resolved} x`,
  );
  return counts;
}

/**
 * Writes the valid rows (a touchpoint from its first row; an id already in Rapport is left as it is)
 * and links each new touchpoint's participants from that row, as the account's stakeholders.
 */
async function insertTouchpoints({ client, q }: Run, resolved: string, withParticipants: boolean) {
  if (!withParticipants)
    return {
      created:
        (
          await client.query(`insert into touchpoints (account_id, kind, occurred_at, summary, external_id)
            select account_id, kind, at, summary, external_id from ${resolved} x where external_id is not null order by n
            on conflict (external_id) do nothing`)
        ).rowCount ?? 0,
      unlinked: 0,
    };
  // Each row to write gets its key first, so the participants of the rows actually inserted (first
  // rows of new ids) are found by key, without matching rows back by external id. The keys are
  // version-7 UUIDs: one made by uuid_v7() for the import (time, sub-millisecond time, random bits)
  // whose last 48 bits count the file's rows (RFC 9562's counter method), cheaper than one call per row.
  await q(`create temp table rapport_write on commit drop as
    select (left(k.base, 24) || lpad(to_hex(x.n), 12, '0'))::uuid as id, n, account_id, kind, at, summary, external_id, participants_v
    from ${resolved} x cross join (select uuid_v7()::text as base) k where external_id is not null`);
  await q(`create temp table rapport_inserted (id uuid) on commit drop`);
  await q(`with ins as (insert into touchpoints (id, account_id, kind, occurred_at, summary, external_id)
      select id, account_id, kind, at, summary, external_id from rapport_write order by n
      on conflict (external_id) do nothing returning id)
    insert into rapport_inserted select id from ins`);
  const [linked] = await q<{ created: number; unlinked: number }>(`with refs as (
      select w.id, w.account_id, pe.id as person_id
      from rapport_write w join rapport_inserted i on i.id = w.id
      join rapport_participants p on p.v = w.participants_v cross join unnest(string_to_array(p.emails, chr(31))) as e(email)
      left join rapport_people pe on pe.v = e.email),
    links as (insert into touchpoint_stakeholders (touchpoint_id, stakeholder_id)
      select r.id, s.id from refs r join stakeholders s on s.account_id = r.account_id and s.person_id = r.person_id
      on conflict do nothing)
    select (select count(*)::int from rapport_inserted) as created, (select count(*)::int from refs where person_id is null) as unlinked`);
  return linked;
}

/** The file's report, as the JavaScript path gives it. */
function reportOf({ file, info }: Run, counts: Counts): FileReport {
  const { format } = file;
  return {
    file: file.file.name,
    format: { system: format.system, object: format.object, headerStyle: format.headerStyle },
    reasons: format.reasons,
    unknownColumns: info.unknownColumns,
    missingRequired: info.missingRequired,
    columns: file.headers,
    fields: fieldsOf(format),
    mapping: info.mapping,
    ignoredColumns: info.ignoredColumns,
    naturalKeys: info.naturalKeys,
    rows: counts.rows,
    valid: counts.valid,
    invalid: counts.invalid,
    skipped: counts.skipped,
    via: 'copy',
  };
}

/** Row errors in the converters' order: by row, then (for missing accounts) where the batch path would report them. */
async function collectErrors({ file, info, c, q }: Run, resolved: string, orphans: boolean): Promise<RowIssue[]> {
  type Bad = {
    n: number;
    dv: string;
    date_reason: string | null;
    at: string | null;
    kv: string;
    kind: string | null;
    kind_reason: string | null;
    account_by: string | null;
    owner_reason: string | null;
    date_raw: string;
    kind_raw: string;
    account_raw: string;
    owner_raw: string;
  };
  const name = file.file.name;
  const col = (field: string) => info.mapping[field] ?? field;
  const issue = (row: number, column: string, value: string, reason: string): RowIssue => ({ row, column, value, reason, file: name });
  const keyed: { key: [number, number, number]; issue: RowIssue }[] = [];
  // Values in issues are the cells as written (untrimmed), as the converters report them.
  const bad = await q<Bad>(`select x.n::int, x.dv, x.date_reason, x.at, x.kv, x.kind, x.kind_reason, x.account_by, x.owner_reason,
      ${rawCell(c.date)} as date_raw, ${rawCell(c.kind)} as kind_raw, ${rawCell(c.accountId ?? c.accountName)} as account_raw,
      ${rawCell(c.owner)} as owner_raw
    from ${resolved} x join rapport_stage s on s.n = x.n where x.status = 'invalid' order by x.n`);
  for (const r of bad) {
    const row = r.n + 1;
    if (r.dv === '') keyed.push({ key: [row, 0, 0], issue: issue(row, col('occurredAt'), r.date_raw, REASONS.dateRequired) });
    else if (r.date_reason) keyed.push({ key: [row, 0, 0], issue: issue(row, col('occurredAt'), r.date_raw, r.date_reason) });
    if (r.kv === '') keyed.push({ key: [row, 0, 0], issue: issue(row, col('activityType'), r.kind_raw, REASONS.kindRequired) });
    else if (r.kind_reason) keyed.push({ key: [row, 0, 0], issue: issue(row, col('activityType'), r.kind_raw, r.kind_reason) });
    if (!r.account_by) {
      const column = c.accountId ? col('accountExternalId') : col('accountName');
      keyed.push({ key: [row, 0, 0], issue: issue(row, column, r.account_raw, REASONS.accountRequired) });
    }
    // The converter reads the owner only once the kind and the date are known.
    if (r.owner_reason && r.kind && r.at)
      keyed.push({ key: [row, 0, 0], issue: issue(row, col('ownerEmail'), r.owner_raw, r.owner_reason) });
  }
  if (orphans) {
    // The batch path reports a batch's missing accounts when the batch is written: after the row that fills it.
    const missing = await q<{ n: number; account_v: string; flush: number | null }>(`with valid as (
        select n, account_v, account_id, row_number() over (order by n) as ordinal from ${resolved} x where status = 'valid'),
      batched as (select *, (ordinal - 1) / ${TOUCHPOINT_BATCH} as batch from valid),
      flushes as (select batch, max(n) filter (where ordinal % ${TOUCHPOINT_BATCH} = 0) as flush from batched group by batch)
      select b.n::int, b.account_v, f.flush::int from batched b join flushes f using (batch) where b.account_id is null order by b.n`);
    for (const m of missing) {
      const at = m.flush === null ? Number.MAX_SAFE_INTEGER : m.flush + 1;
      keyed.push({ key: [at, 1, m.n + 1], issue: issue(m.n + 1, 'account', m.account_v, REASONS.accountMissing) });
    }
  }
  // Stable sort: within a row, the converter's order (date, kind, account, owner) is kept.
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return keyed.map((k) => k.issue);
}

/** Participants without an e-mail address, for every row that is not skipped (an invalid row's participants too). */
async function collectWarnings({ file, info, options, c, q }: Run): Promise<RowIssue[]> {
  if (!c.participants) return [];
  const rows = await q<{ n: number; bad: string }>(`select r.n::int, p.bad from rapport_rows r
    join rapport_participants p on p.v = r.participants_v
    left join rapport_dates d on d.v = r.dv
    where p.bad is not null and not r.empty
      and not coalesce(d.at > ${literal(options.asOf)}::timestamptz, false)
    order by r.n`);
  const column = info.mapping.participantEmails;
  return rows.flatMap((r) =>
    r.bad.split('\u001f').map((value) => ({ row: r.n + 1, column, value, reason: REASONS.noEmail, file: file.file.name })),
  );
}

/** A plain ISO date or date-time read with parseDateTime's rules; null when it does not match or is not a real date/time. */
function fastIso(g: string): string {
  const int = (i: number) => `${g}[${i}]::int`;
  const zoneMinutes = `case when ${g}[8] is null or ${g}[8] = 'Z' then 0 else
    (case when left(${g}[8], 1) = '-' then -1 else 1 end) *
    (substr(replace(${g}[8], ':', ''), 2, 2)::int * 60 + substr(replace(${g}[8], ':', ''), 4, 2)::int) end`;
  return `case when ${g} is null then null
    when ${int(1)} < 100 or ${int(2)} not between 1 and 12 then null
    when ${int(3)} not between 1 and extract(day from make_date(${int(1)}, ${int(2)}, 1) + interval '1 month - 1 day')::int then null
    when coalesce(${int(4)}, 0) > 23 or coalesce(${int(5)}, 0) > 59 or coalesce(${int(6)}, 0) > 59 then null
    else make_timestamptz(${int(1)}, ${int(2)}, ${int(3)}, coalesce(${int(4)}, 0), coalesce(${int(5)}, 0), coalesce(${int(6)}, 0), 'UTC')
      + coalesce(rpad(${g}[7], 3, '0')::int, 0) * interval '1 millisecond' - (${zoneMinutes}) * interval '1 minute' end`;
}

/** Streams the file into a temporary staging table; false when PostgreSQL's CSV reader refuses it (the JavaScript path reports why). */
async function stage(client: PoolClient, file: OpenedFile): Promise<boolean> {
  const columns = file.headers.map((_, i) => `c${i + 1}`);
  await client.query(
    `create temp table rapport_stage (${columns.map((c) => `${c} text`).join(', ')}, n bigint generated always as identity) on commit drop`,
  );
  const delimiter = file.delimiter === '\t' ? "E'\\t'" : literal(file.delimiter);
  const copy = client.query(
    copyFrom(
      `copy rapport_stage (${columns.join(', ')}) from stdin with (format csv, header true, delimiter ${delimiter}, encoding 'UTF8')`,
    ),
  );
  const bytes = file.file.bytes;
  async function* pieces() {
    for (let at = 0; at < bytes.length; at += 1 << 20)
      yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(1 << 20, bytes.length - at));
  }
  try {
    await pipeline(Readable.from(pieces()), copy);
    return true;
  } catch {
    return false;
  }
}
