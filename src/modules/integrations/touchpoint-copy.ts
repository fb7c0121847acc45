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
import type { FileReport, OpenedFile } from './import-parse.ts';
import { type Caches, resolveAccounts, resolvePeople, TOUCHPOINT_BATCH } from './touchpoint-batches.ts';

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
const trimmed = (column: string | undefined) => (column ? `btrim(coalesce(s.${column}, ''), '${WS}')` : `''`);
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

export async function copyTouchpoints(db: Db, file: OpenedFile, options: CopyOptions, caches: Caches): Promise<CopyResult | undefined> {
  const found = pgClientOf(db);
  const { format, headers, delimiter } = file;
  if (!found || format.system !== 'generic' || format.object !== 'touchpoint') return undefined;
  const converter = createConverter(format, headers, { mapping: options.mapping, dateFormat: options.dateFormat, file: file.file.name });
  const { info } = converter;
  if (info.problems.length > 0 || info.missingRequired.length > 0) return undefined;
  if (!eligibleBytes(file.file.bytes, delimiter)) return undefined;

  const column = (field: string) => {
    const at = info.mapping[field] === undefined ? -1 : headers.indexOf(info.mapping[field]);
    return at < 0 ? undefined : `c${at + 1}`;
  };
  const c = {
    ext: column('externalId'),
    accountId: column('accountExternalId'),
    accountName: column('accountName'),
    kind: column('activityType'),
    date: column('occurredAt'),
    subject: column('subject'),
    description: column('description'),
    participants: column('participantEmails'),
    owner: column('ownerEmail'),
  };
  const client = found;
  const q = async <T = Record<string, unknown>>(text: string, values?: unknown[]) => (await client.query(text, values)).rows as T[];

  await q('savepoint rapport_copy');
  let done = false;
  try {
    const staged = await stage(client, file);
    if (!staged) return undefined;
    const result = await checkAndWrite();
    if (!result) return undefined;
    done = true;
    return result;
  } finally {
    if (done)
      await q(
        'drop table if exists rapport_stage, rapport_rows, rapport_values, rapport_maps, rapport_participants; release savepoint rapport_copy',
      );
    else await q('rollback to savepoint rapport_copy; release savepoint rapport_copy');
  }

  async function checkAndWrite(): Promise<CopyResult | undefined> {
    // One pass for the distinct values the JavaScript rules decide.
    await q(`create temp table rapport_values on commit drop as
      select grouping(kind) as gk, grouping(date) as gd, grouping(owner) as go, grouping(participants) as gp,
        grouping(account_id) as ga, grouping(account_name) as gn, grouping(ext) as ge,
        kind, date, owner, participants, account_id, account_name, ext
      from (select ${trimmed(c.kind)} as kind,
          case when ${fastIso('r.g')} is not null then null else d.dv end as date,
          ${trimmed(c.owner)} as owner, ${trimmed(c.participants)} as participants,
          ${trimmed(c.accountId)} as account_id, ${trimmed(c.accountName)} as account_name,
          case when ${trimmed(c.ext)} = '' or ${trimmed(c.ext)} like '@%' then 'natural' else null end as ext
        from rapport_stage s cross join lateral (select ${trimmed(c.date)} as dv) d
        cross join lateral (select regexp_match(d.dv, '${ISO_SQL}') as g) r) v
      group by grouping sets ((kind), (date), (owner), (participants), (account_id), (account_name), (ext))`);
    const distinct = async (set: string, value: string) =>
      (
        await q<{ v: string | null }>(
          `select ${value} as v from rapport_values where ${set} = 0 and ${value} is not null and ${value} <> ''`,
        )
      ).map((r) => r.v as string);
    const dates = await distinct('gd', 'date');
    // Slashed dates under 'auto' need the whole-file day/month scan: the JavaScript path does it.
    if (options.dateFormat === 'auto' && dates.some((d) => SLASHED.test(d))) return undefined;
    const accountIds = await distinct('ga', 'account_id');
    if (accountIds.some((id) => id.startsWith('@'))) return undefined;
    const needsNatural = (await distinct('ge', 'ext')).length > 0;
    if (needsNatural && !(await q<{ ok: boolean }>(`select to_regprocedure('digest(text,text)') is not null as ok`))[0].ok)
      return undefined;

    const kinds = (await distinct('gk', 'kind')).map((v) => ({ v, parsed: mapActivityKind(v) }));
    const owners = (await distinct('go', 'owner')).flatMap((v) => {
      const parsed = parseEmail(v);
      return parsed.ok ? [] : [{ v, reason: parsed.reason }];
    });
    const parsedDates = dates.map((v) => ({ v, parsed: parseDateTime(v, options.dateFormat) }));
    const participants = (await distinct('gp', 'participants')).map((v) => {
      const entries = splitMultiValue(v);
      const emails = entries.flatMap((e) => emailIn(e) ?? []);
      // Lower-cased: participants are looked up by e-mail, case-insensitively.
      return { v, emails: emails.map((e) => e.toLowerCase()), bad: entries.filter((e) => emailIn(e) === undefined) };
    });
    // Accounts and people resolve through the same caches and lookups as the batch path.
    const names = await distinct('gn', 'account_name');
    await resolveAccounts(
      db,
      names.map((name) => ({ by: 'name', name })),
      caches,
    );
    const accountRows = [
      ...names.map((v) => ({ v, kind: 'name', id: caches.accountIds.get(accountRefKey({ by: 'name', name: v })) })),
      ...accountIds.map((v) => ({
        v,
        kind: 'id',
        id: caches.accountIds.get(accountRefKey({ by: 'external_id', externalId: { system: 'csv', id: v } })),
      })),
    ].filter((r) => r.id !== undefined);
    const emails = [...new Set(participants.flatMap((p) => p.emails))];
    await resolvePeople(
      db,
      emails.map((email) => ({ by: 'email', email })),
      caches,
    );
    const people = emails.flatMap((email) => {
      const id = caches.personIds.get(contactRefKey({ by: 'email', email }));
      return id ? [{ email, id }] : [];
    });

    await q(
      `create temp table rapport_maps on commit drop as
       select 'kind' as map, v, k as value, r as reason, null::text[] as list, null::text[] as bad
         from unnest($1::text[], $2::text[], $3::text[]) as x(v, k, r)
       union all select 'date', v, d, r, null, null from unnest($4::text[], $5::text[], $6::text[]) as x(v, d, r)
       union all select 'owner', v, null, r, null, null from unnest($7::text[], $8::text[]) as x(v, r)
       union all select 'account-' || k, v, i, null, null, null from unnest($9::text[], $10::text[], $11::text[]) as x(v, k, i)
       union all select 'person', v, i, null, null, null from unnest($12::text[], $13::text[]) as x(v, i)`,
      [
        kinds.map((k) => k.v),
        kinds.map((k) => (k.parsed.ok ? k.parsed.value : null)),
        kinds.map((k) => (k.parsed.ok ? null : k.parsed.reason)),
        parsedDates.map((d) => d.v),
        parsedDates.map((d) => (d.parsed.ok ? d.parsed.value : null)),
        parsedDates.map((d) => (d.parsed.ok ? null : d.parsed.reason)),
        owners.map((o) => o.v),
        owners.map((o) => o.reason),
        accountRows.map((a) => a.v),
        accountRows.map((a) => a.kind),
        accountRows.map((a) => a.id),
        people.map((p) => p.email),
        people.map((p) => p.id),
      ],
    );
    await q('create index on rapport_maps (map, v)');
    if (participants.length > 0) {
      await q(
        `create temp table rapport_participants on commit drop as
         select v, string_to_array(e, chr(31)) as emails, string_to_array(b, chr(31)) as bad
         from unnest($1::text[], $2::text[], $3::text[]) as x(v, e, b)`,
        [
          participants.map((p) => p.v),
          participants.map((p) => (p.emails.length > 0 ? p.emails.join('\u001f') : null)),
          participants.map((p) => (p.bad.length > 0 ? p.bad.join('\u001f') : null)),
        ],
      );
    }

    const allEmpty = headers.map((_, i) => `${trimmed(`c${i + 1}`)} = ''`).join(' and ');
    const hasAccountId = c.accountId ? `${trimmed(c.accountId)} <> ''` : 'false';
    const map = (name: string) => `(select v, value, reason from rapport_maps where map = '${name}')`;
    const naturalId = needsNatural
      ? `'natural:' || encode(digest(account_id::text || '|' || to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '|' || kind || '|' || summary, 'sha1'), 'hex')`
      : 'null';
    // Each row once: its checks, its resolved account and date, its status as convertRow decides it
    // (empty → skipped; after asOf → skipped; any error → invalid) and the id it would be written with.
    await q(`create temp table rapport_rows on commit drop as
      select z.*, case when z.status = 'valid' and z.account_id is not null then
          case when z.ext_v <> '' and z.ext_v not like '@%' then 'csv:' || z.ext_v else ${naturalId} end end as external_id
      from (select x.*,
          case when x.empty then 'skipped'
            when x.at >= ${literal(options.asOf)}::date::timestamp at time zone 'UTC' then 'skipped'
            when x.date_missing or x.at is null or x.kind is null or x.account_by is null or x.owner_reason is not null then 'invalid'
            else 'valid' end as status,
          case when x.account_by = 'id' then ai.value::uuid when x.account_by = 'name' then an.value::uuid end as account_id
        from (select y.n, y.empty, y.date_missing, y.date_raw, y.kind_raw, y.owner_raw, y.account_raw, y.kind_missing,
            y.account_by, y.account_v, y.ext_v, y.participants_v, y.summary,
            coalesce(${fastIso('y.g')}, dm.value::timestamptz) as at, dm.reason as date_reason,
            km.value as kind, km.reason as kind_reason, case when y.ov <> '' then om.reason end as owner_reason
          from (select i.*, regexp_match(i.dv, '${ISO_SQL}') as g from (
              select s.n, ${allEmpty} as empty,
                ${trimmed(c.date)} as dv, ${trimmed(c.kind)} as kv, ${trimmed(c.owner)} as ov,
                ${trimmed(c.date)} = '' as date_missing, ${trimmed(c.kind)} = '' as kind_missing,
                ${rawCell(c.date)} as date_raw, ${rawCell(c.kind)} as kind_raw, ${rawCell(c.owner)} as owner_raw,
                ${rawCell(c.accountId ?? c.accountName)} as account_raw,
                case when ${hasAccountId} then 'id' when ${trimmed(c.accountName)} <> '' then 'name' end as account_by,
                case when ${hasAccountId} then ${trimmed(c.accountId)} else ${trimmed(c.accountName)} end as account_v,
                ${trimmed(c.ext)} as ext_v, ${trimmed(c.participants)} as participants_v,
                case when ${trimmed(c.subject)} <> '' and ${trimmed(c.description)} <> ''
                  then ${trimmed(c.subject)} || E'\\n\\n' || ${trimmed(c.description)}
                  else ${trimmed(c.subject)} || ${trimmed(c.description)} end as summary
              from rapport_stage s offset 0) i offset 0) y
          left join ${map('date')} dm on dm.v = y.dv
          left join ${map('kind')} km on km.v = y.kv
          left join ${map('owner')} om on om.v = y.ov) x
        left join ${map('account-id')} ai on ai.v = x.account_v
        left join ${map('account-name')} an on an.v = x.account_v) z`);

    const [counts] = await q<{ rows: number; valid: number; invalid: number; skipped: number; orphans: number }>(
      `select count(*)::int as rows, count(*) filter (where status = 'valid')::int as valid, count(*) filter (where status = 'invalid')::int as invalid,
        count(*) filter (where status = 'skipped')::int as skipped, count(*) filter (where status = 'valid' and account_id is null)::int as orphans
       from rapport_rows`,
    );
    const errors = await collectErrors(counts.orphans > 0);
    const warnings = await collectWarnings();

    let created = 0;
    let unlinked = 0;
    if (participants.length === 0) {
      const inserted = await client.query(`insert into touchpoints (account_id, kind, occurred_at, summary, external_id)
        select account_id, kind, at, summary, external_id from rapport_rows where external_id is not null order by n
        on conflict (external_id) do nothing`);
      created = inserted.rowCount ?? 0;
    } else {
      const linked = await linkParticipants();
      created = linked.created;
      unlinked = linked.unlinked;
    }
    const writable = counts.valid - counts.orphans;
    return {
      report: {
        file: file.file.name,
        format: { system: format.system, object: format.object, headerStyle: format.headerStyle },
        reasons: format.reasons,
        unknownColumns: info.unknownColumns,
        missingRequired: info.missingRequired,
        naturalKeys: info.naturalKeys,
        rows: counts.rows,
        valid: counts.valid,
        invalid: counts.invalid,
        skipped: counts.skipped,
        via: 'copy',
      },
      errors,
      warnings,
      created,
      unchanged: writable - created,
      unlinked,
    };
  }

  async function linkParticipants() {
    // A touchpoint is written from its first row, and its participants are linked from that row.
    await q(`create temp table rapport_inserted (id uuid, external_id text) on commit drop`);
    await q(`with ins as (insert into touchpoints (account_id, kind, occurred_at, summary, external_id)
        select account_id, kind, at, summary, external_id from rapport_rows where external_id is not null order by n
        on conflict (external_id) do nothing returning id, external_id)
      insert into rapport_inserted select id, external_id from ins`);
    const [result] = await q<{ created: number; unlinked: number }>(`with chosen as (
        select distinct on (external_id) external_id, account_id, participants_v from rapport_rows
        where external_id is not null order by external_id, n),
      refs as (select i.id, ch.account_id, (select m.value::uuid from rapport_maps m where m.map = 'person' and m.v = e.email) as person_id
        from rapport_inserted i join chosen ch on ch.external_id = i.external_id
        join rapport_participants p on p.v = ch.participants_v cross join unnest(p.emails) as e(email)),
      links as (insert into touchpoint_stakeholders (touchpoint_id, stakeholder_id)
        select r.id, s.id from refs r join stakeholders s on s.account_id = r.account_id and s.person_id = r.person_id
        on conflict do nothing)
      select (select count(*)::int from rapport_inserted) as created, (select count(*)::int from refs where person_id is null) as unlinked`);
    await q('drop table rapport_inserted');
    return result;
  }

  async function collectErrors(orphans: boolean): Promise<RowIssue[]> {
    type Bad = {
      n: number;
      date_missing: boolean;
      date_raw: string;
      date_reason: string | null;
      at: string | null;
      kind_missing: boolean;
      kind_raw: string;
      kind: string | null;
      kind_reason: string | null;
      account_by: string | null;
      account_raw: string;
      owner_reason: string | null;
      owner_raw: string;
    };
    const name = file.file.name;
    const col = (field: string) => info.mapping[field] ?? field;
    const issue = (row: number, column: string, value: string, reason: string): RowIssue => ({ row, column, value, reason, file: name });
    const keyed: { key: [number, number, number]; issue: RowIssue }[] = [];
    const bad = await q<Bad>(`select n::int, date_missing, date_raw, date_reason, at, kind_missing, kind_raw, kind, kind_reason,
        account_by, account_raw, owner_reason, owner_raw from rapport_rows where status = 'invalid' order by n`);
    for (const r of bad) {
      const row = r.n + 1;
      const found: RowIssue[] = [];
      if (r.date_missing) found.push(issue(row, col('occurredAt'), r.date_raw, REASONS.dateRequired));
      else if (r.date_reason) found.push(issue(row, col('occurredAt'), r.date_raw, r.date_reason));
      if (r.kind_missing) found.push(issue(row, col('activityType'), r.kind_raw, REASONS.kindRequired));
      else if (r.kind_reason) found.push(issue(row, col('activityType'), r.kind_raw, r.kind_reason));
      if (!r.account_by)
        found.push(issue(row, c.accountId ? col('accountExternalId') : col('accountName'), r.account_raw, REASONS.accountRequired));
      if (r.owner_reason && r.kind && r.at) found.push(issue(row, col('ownerEmail'), r.owner_raw, r.owner_reason));
      for (const e of found) keyed.push({ key: [row, 0, 0], issue: e });
    }
    if (orphans) {
      // The batch path reports a batch's missing accounts when the batch is written: after the row that fills it.
      const missing = await q<{ n: number; account_v: string; flush: number | null }>(`with valid as (
          select n, account_v, account_id, (row_number() over (order by n) - 1) / ${TOUCHPOINT_BATCH} as batch,
            row_number() over (order by n) as ordinal from rapport_rows where status = 'valid'),
        flushes as (select batch, max(n) filter (where ordinal % ${TOUCHPOINT_BATCH} = 0) as flush from valid group by batch)
        select v.n::int, v.account_v, f.flush::int from valid v join flushes f using (batch) where v.account_id is null order by v.n`);
      for (const m of missing) {
        const at = m.flush === null ? Number.MAX_SAFE_INTEGER : m.flush + 1;
        keyed.push({
          key: [at, 1, m.n + 1],
          issue: { file: name, row: m.n + 1, column: 'account', value: m.account_v, reason: REASONS.accountMissing },
        });
      }
    }
    keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
    return keyed.map((k) => k.issue);
  }

  async function collectWarnings(): Promise<RowIssue[]> {
    if (!c.participants) return [];
    const rows = await q<{ n: number; bad: string[] }>(`select r.n::int, p.bad from rapport_rows r
      join rapport_participants p on p.v = r.participants_v
      where p.bad is not null and r.status <> 'skipped' order by r.n`);
    const column = info.mapping.participantEmails;
    return rows.flatMap((r) => r.bad.map((value) => ({ row: r.n + 1, column, value, reason: REASONS.noEmail, file: file.file.name })));
  }
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
