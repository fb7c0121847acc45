/**
 * Importing past answers (another tool's export: date, 0-10 score, comment, the respondent's e-mail
 * or external id). All or nothing by default: any invalid row rejects the file and writes nothing;
 * `skipInvalid` writes the valid rows and reports the rest. Re-importing the same file adds nothing
 * (each row's content is its key). Rows that name nobody attach to the account given, as answers
 * from someone unknown: they count in NPS but not in anyone's measured sentiment.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Db } from '../../../db/client.ts';
import type { Deps } from '../../../deps.ts';
import type { DateFormat } from '../../../domain/dates.ts';
import { forbidden, invalid, notFound } from '../../../lib/errors.ts';
import type { Actor } from '../../auth/index.ts';
import { recomputeCoverage } from '../../coverage/index.ts';
import { recordAudit } from '../../system/index.ts';
import {
  convertPastResponse,
  detectPastResponseColumns,
  type NpsSummary,
  type PastResponse,
  type PastResponseColumns,
  type PastResponseIssue,
  summarizeNps,
} from '../domain/index.ts';
import { canConfigureAssessments } from '../questionnaires/questionnaires.service.ts';
import { getAssessmentSettings } from '../settings/settings.service.ts';
import * as repo from './past-responses.repository.ts';
import { setMeasuredSentiment } from './responses.service.ts';

export type PastResponseImportOptions = {
  dateFormat: DateFormat;
  skipInvalid: boolean;
  dryRun: boolean;
  /** Account id or exact account name for rows that name no stakeholder. */
  account?: string;
  columns?: Partial<PastResponseColumns>;
};

export type PastResponseImportReport = {
  status: 'imported' | 'dry_run' | 'rejected';
  rows: number;
  imported: number;
  /** Already imported before (same content): left as they were. */
  skipped: number;
  rejected: number;
  columns: Partial<PastResponseColumns>;
  errors: PastResponseIssue[];
  nps: NpsSummary;
};

/** The import's query string as the API takes it: flags as 'true'/'false', one optional parameter per column. */
export type PastResponseImportQuery = {
  dateFormat: PastResponseImportOptions['dateFormat'];
  skipInvalid: 'true' | 'false';
  dryRun: 'true' | 'false';
  account?: string;
  dateColumn?: string;
  scoreColumn?: string;
  textColumn?: string;
  emailColumn?: string;
  externalIdColumn?: string;
  labelColumn?: string;
};

export function importOptionsFrom(q: PastResponseImportQuery): PastResponseImportOptions {
  const named: [keyof PastResponseColumns, string | undefined][] = [
    ['date', q.dateColumn],
    ['score', q.scoreColumn],
    ['text', q.textColumn],
    ['email', q.emailColumn],
    ['externalId', q.externalIdColumn],
    ['label', q.labelColumn],
  ];
  return {
    dateFormat: q.dateFormat,
    skipInvalid: q.skipInvalid === 'true',
    dryRun: q.dryRun === 'true',
    account: q.account,
    columns: Object.fromEntries(named.filter(([, v]) => v)),
  };
}

const MAX_LISTED = 500;
class RollBack extends Error {}

async function resolveAccount(db: Db, account: string | undefined): Promise<{ id: string; name: string } | null> {
  if (!account) return null;
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(account);
  const rows = await repo.selectAccountsByIdOrName(db, account, isUuid);
  if (rows.length === 0) throw notFound('Account', account);
  if (rows.length > 1) throw invalid('account', `${rows.length} accounts are named "${account}"; give the account id`);
  return rows[0] ?? null;
}

type Target = { accountId: string; stakeholderId: string | null };

/** Stakeholders by e-mail and by external id (person CRM ids or the stakeholder id); one query each. */
async function resolveStakeholders(db: Db, responses: PastResponse[], accountId: string | null) {
  const emails = [...new Set(responses.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])))];
  const ids = [...new Set(responses.flatMap((r) => (r.externalId ? [r.externalId] : [])))];
  const byEmail = await repo.selectStakeholdersByEmail(db, emails, accountId);
  const byId = await repo.selectStakeholdersByExternalId(db, ids, accountId);
  return { byEmail: new Map(byEmail.map((r) => [r.key, r])), byId: new Map(byId.map((r) => [r.key, r])) };
}

export async function importPastResponses(
  deps: Deps,
  actor: Actor | null,
  csv: string,
  options: PastResponseImportOptions,
): Promise<PastResponseImportReport> {
  if (actor && !canConfigureAssessments(actor)) throw forbidden('Only leaders and admins import past responses');
  const db = deps.database.db;
  const account = await resolveAccount(db, options.account);
  let records: Record<string, string>[];
  try {
    records = parse(csv, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true, trim: false }) as Record<
      string,
      string
    >[];
  } catch (err) {
    throw invalid('file', `not a readable CSV file: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (records.length === 0) throw invalid('file', 'the file has no rows below its header');
  const headers = Object.keys(records[0] ?? {});
  const columns = { ...detectPastResponseColumns(headers), ...(options.columns ?? {}) };
  for (const field of ['date', 'score'] as const) {
    const column = columns[field];
    if (!column) throw invalid(`${field}Column`, `no column holds the ${field}; name it (the file's columns are ${headers.join(', ')})`);
    if (!headers.includes(column)) throw invalid(`${field}Column`, `the file has no column "${column}"`);
  }
  const errors: PastResponseIssue[] = [];
  const accepted: { row: number; response: PastResponse }[] = [];
  records.forEach((record, index) => {
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const row = index + 2;
    const converted = convertPastResponse(record, row, columns as PastResponseColumns, options.dateFormat);
    if (converted.ok) accepted.push({ row, response: converted.response });
    else errors.push(...converted.issues);
  });

  const { byEmail, byId } = await resolveStakeholders(
    db,
    accepted.map((a) => a.response),
    account?.id ?? null,
  );
  const targeted: { row: number; response: PastResponse; target: Target }[] = [];
  for (const a of accepted) {
    const { email, externalId } = a.response;
    const found = (email && byEmail.get(email.toLowerCase())) || (externalId && byId.get(externalId)) || undefined;
    if (found) targeted.push({ ...a, target: { accountId: found.accountId, stakeholderId: found.stakeholderId } });
    else if (email || externalId) {
      const column = email ? (columns.email ?? 'email') : (columns.externalId ?? 'externalId');
      errors.push({ row: a.row, column, value: (email ?? externalId) as string, reason: 'no stakeholder has this e-mail or id' });
    } else if (account) targeted.push({ ...a, target: { accountId: account.id, stakeholderId: null } });
    else
      errors.push({
        row: a.row,
        column: columns.email ?? 'email',
        value: '',
        reason: 'the row names nobody; give an e-mail or id column, or the account these answers belong to',
      });
  }
  const rejectedRows = new Set(errors.map((e) => e.row));
  const base = {
    rows: records.length,
    rejected: rejectedRows.size,
    columns,
    errors: errors.slice(0, MAX_LISTED),
    nps: summarizeNps(targeted.map((t) => t.response.score)),
  };
  if (errors.length > 0 && !options.skipInvalid) return { status: 'rejected', imported: 0, skipped: 0, ...base };

  // Identical rows in one file are distinct answers: their key counts occurrences.
  const seen = new Map<string, number>();
  const values = targeted.map(({ response: r, target }) => {
    const content = JSON.stringify([r.respondedAt, r.score, r.text, r.email?.toLowerCase() ?? null, r.externalId, target.accountId]);
    const nth = (seen.get(content) ?? 0) + 1;
    seen.set(content, nth);
    return {
      accountId: target.accountId,
      stakeholderId: target.stakeholderId,
      answers: { nps: r.score, ...(r.text ? { comment: r.text } : {}) },
      score: r.score,
      verbatim: r.text,
      respondedAt: r.respondedAt,
      source: 'import' as const,
      importKey: createHash('sha256').update(`${content}#${nth}`).digest('hex'),
    };
  });
  const settings = await getAssessmentSettings(db);
  let imported = 0;
  type Scored = { score: number; at: string };
  const latest = new Map<string, Scored>();
  const latestOf = (a: Scored | undefined, b: { score: number | null; at: string }): Scored =>
    a && Date.parse(a.at) >= Date.parse(b.at) ? a : { score: b.score as number, at: b.at };
  try {
    await db.transaction(async (tx) => {
      const txDb = tx as unknown as Db;
      for (let start = 0; start < values.length; start += 500) {
        const rows = await repo.insertImportedResponses(txDb, values.slice(start, start + 500));
        imported += rows.length;
        for (const row of rows)
          if (row.stakeholderId && row.score !== null) latest.set(row.stakeholderId, latestOf(latest.get(row.stakeholderId), row));
      }
      // Only each stakeholder's latest imported answer can set their measured sentiment: one update each.
      for (const [stakeholderId, row] of latest)
        await setMeasuredSentiment(txDb, stakeholderId, row.score, settings.sentimentBands, row.at, `Imported past answer: ${row.score}`);
      if (actor)
        await recordAudit(txDb, {
          actorId: actor.id,
          action: 'import',
          entity: 'assessment_responses',
          detail: { rows: records.length, imported },
        });
      if (options.dryRun) throw new RollBack();
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  if (!options.dryRun && imported > 0) await recomputeCoverage(deps, { accountIds: [...new Set(values.map((v) => v.accountId))] });
  return { status: options.dryRun ? 'dry_run' : 'imported', imported, skipped: values.length - imported, ...base };
}
