/**
 * An import, all or nothing, in one transaction: the sObject tree and record files (accounts,
 * contacts, roles, opportunities) are converted and upserted parents-first, then activity files
 * stream through in batches. Any invalid row rolls everything back (the report names file, row,
 * column, value and reason) unless `skipInvalid`; a dry run does the whole import and rolls it
 * back, so its counts are exactly what a real run would do. A killed process leaves the database
 * as it was: the transaction never committed.
 */
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { TIERS, type Tier } from '../../domain/vocabulary.ts';
import { isoDate } from '../../lib/dates.ts';
import { AppError, forbidden, invalid } from '../../lib/errors.ts';
import type { Actor } from '../auth/index.ts';
import { recomputeCoverage } from '../coverage/index.ts';
import { recordAudit } from '../system/index.ts';
import {
  CsvSyntaxError,
  collectReferences,
  type DateFormat,
  type ImportObject,
  mayHoldGuardedCells,
  openCsv,
  type RowIssue,
  type TouchpointRecord,
} from './domain/index.ts';
import { type ApplyResult, applyRecords } from './import-apply.ts';
import {
  ACTIVITY_OBJECTS,
  convertFile,
  type FileReport,
  type InputFile,
  openFiles,
  parseTree,
  type SourcedRecord,
} from './import-parse.ts';
import {
  checkSourceName,
  findSavedMapping,
  GENERIC_KIND_NAMES,
  GENERIC_KINDS,
  type SavedMapping,
  saveMapping,
  UNSTORED_OBJECTS,
} from './saved-mappings.ts';
import { type Caches, TOUCHPOINT_BATCH, type TouchpointBatchItem, writeTouchpointBatch } from './touchpoint-batches.repository.ts';
import { copyTouchpoints } from './touchpoint-copy.repository.ts';

export type ImportOptions = {
  dryRun: boolean;
  skipInvalid: boolean;
  dateFormat?: DateFormat;
  defaultTier?: Tier;
  /** Generic CSV: what the file holds and, optionally, which column is which field. */
  kind?: ImportObject;
  mapping?: Record<string, string>;
  /** A column mapping saved for a source: its kind and mapping apply unless stated here. */
  savedMapping?: string;
  /** Saves this run's kind and mapping under a source name, for the next file from it. */
  saveMappingAs?: string;
  onProgress?: (rows: number) => void;
  /** Called once the rows are committed, before coverage is recomputed (the benchmark times the import up to here). */
  onCommitted?: () => void;
  /** PostgreSQL's COPY path for plain touchpoint files (default on); off forces the row-by-row reader, for comparison. */
  useCopy?: boolean;
};
export type ImportReport = {
  status: 'imported' | 'dry_run' | 'rejected';
  written: boolean;
  files: FileReport[];
  counts: ApplyResult['counts'] | null;
  errors: RowIssue[];
  errorCount: number;
  warnings: RowIssue[];
  warningCount: number;
  notes: string[];
  /** The saved mapping this run used or saved, if any. */
  savedMapping: SavedMapping | null;
};

const MAX_LISTED = 500;
class RollBack extends Error {}

export async function runImport(deps: Deps, actor: Actor | null, files: InputFile[], options: ImportOptions): Promise<ImportReport> {
  try {
    return await importFiles(deps, actor, files, options);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw await csvSyntaxProblem(error, files);
    throw error;
  }
}

/**
 * A file that is not CSV (an unclosed or stray quote): a 422 naming the file and the line, with
 * nothing written (the transaction rolled back). The error does not say which file it came from,
 * so on this path each file is read again to find it.
 */
async function csvSyntaxProblem(error: CsvSyntaxError, files: InputFile[]): Promise<AppError> {
  let name = files.length === 1 ? files[0].name : undefined;
  for (const file of name ? [] : files.filter((f) => !/\.json$/i.test(f.name))) {
    try {
      const csv = await openCsv(file.bytes);
      if (csv.ok) for await (const _ of csv.rows);
    } catch (found) {
      if (found instanceof CsvSyntaxError && found.line === error.line) {
        name = file.name;
        break;
      }
    }
  }
  const where = name ? `${name}, line ${error.line}` : `line ${error.line}`;
  const message = `${error.message.replace(/^line \d+: /, '')} (a stray or unclosed quote); nothing was imported`;
  return new AppError('VALIDATION_FAILED', `${where}: ${message}`, [{ field: name ?? 'files', row: error.line, message }]);
}

async function importFiles(deps: Deps, actor: Actor | null, files: InputFile[], options: ImportOptions): Promise<ImportReport> {
  if (actor && actor.role !== 'admin' && actor.role !== 'leader') throw forbidden('Only leaders and admins import data');
  if (files.length === 0) throw invalid('files', 'give at least one file');
  if (options.defaultTier && !TIERS.includes(options.defaultTier)) throw invalid('defaultTier', `must be one of ${TIERS.join(', ')}`);
  let saved: SavedMapping | null = null;
  if (options.savedMapping) {
    saved = await findSavedMapping(deps, options.savedMapping);
    options = { ...options, kind: options.kind ?? saved.kind, mapping: { ...saved.mapping, ...options.mapping } };
  }
  if (options.kind && !Object.values(GENERIC_KINDS).includes(options.kind))
    throw invalid('kind', `Rapport does not store ${options.kind} rows; a generic CSV holds one of ${GENERIC_KIND_NAMES.join(', ')}`);
  if (options.saveMappingAs) {
    checkSourceName(options.saveMappingAs);
    if (!options.kind) throw invalid('kind', `say what the files hold (${GENERIC_KIND_NAMES.join(', ')}) to save a mapping`);
  }
  const today = isoDate(deps.now());
  const problems = { errors: [] as RowIssue[], warnings: [] as RowIssue[] };
  const reports: FileReport[] = [];
  let counts: ApplyResult['counts'] | null = null;
  let unlinked = 0;
  let rowsSeen = 0;
  const onRow = () => {
    rowsSeen++;
    if (rowsSeen % 10_000 === 0) options.onProgress?.(rowsSeen);
  };
  // Activities later than this instant have not happened yet (earlier today they have).
  const parse = { dateFormat: options.dateFormat, asOf: deps.now().toISOString(), mapping: options.mapping };
  const { opened, json } = await openFiles(files, problems, options.kind);
  const unstored = opened.filter((f) => UNSTORED_OBJECTS.includes(f.format.object));
  if (unstored.length > 0) {
    const names = unstored.map((f) => f.file.name).join(', ');
    throw invalid(
      'kind',
      `${names}: ${unstored[0].format.object} rows are not stored by Rapport yet; import ${GENERIC_KIND_NAMES.join(', ')}`,
    );
  }

  let committed = false;
  try {
    await deps.database.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const records: SourcedRecord[] = [];
      if (json.length > 0) parseTree(json, { ...problems, records, files: reports }, parse);
      for (const file of opened.filter((f) => !ACTIVITY_OBJECTS.includes(f.format.object))) {
        const sink = (found: SourcedRecord['record'][], row: number) => {
          for (const record of found) records.push({ record, file: file.file.name, row });
        };
        reports.push(
          await convertFile(file, { ...parse, references: collectReferences(records.map((r) => r.record)) }, problems, sink, onRow),
        );
      }
      const caches: Caches = { accountIds: new Map(), personIds: new Map() };
      const applied = await applyRecords(db, records, caches, {
        defaultTier: options.defaultTier ?? 'community',
        today,
        now: deps.now().toISOString(),
      });
      problems.errors.push(...applied.errors);
      problems.warnings.push(...applied.warnings);
      counts = applied.counts;

      const references = collectReferences(records.map((r) => r.record));
      records.length = 0; // activities stream next; the parents are in the caches now
      for (const file of opened.filter((f) => ACTIVITY_OBJECTS.includes(f.format.object))) {
        // PostgreSQL: a plain touchpoint file goes through COPY and set-based SQL, with the same outcome.
        const copied =
          // A cell with the export's formula guard is read through openCsv, which takes the guard off.
          options.useCopy === false || mayHoldGuardedCells(file.file.bytes, file.delimiter)
            ? undefined
            : await copyTouchpoints(db, file, { ...parse, dateFormat: parse.dateFormat ?? 'auto' }, caches);
        if (copied) {
          reports.push(copied.report);
          problems.errors.push(...copied.errors);
          problems.warnings.push(...copied.warnings);
          applied.counts.touchpoints.created += copied.created;
          applied.counts.touchpoints.unchanged += copied.unchanged;
          applied.unlinkedParticipants += copied.unlinked;
          rowsSeen += copied.report.rows;
          options.onProgress?.(rowsSeen);
          continue;
        }
        let batch: TouchpointBatchItem[] = [];
        const flush = async () => {
          const written = await writeTouchpointBatch(db, batch, caches);
          applied.counts.touchpoints.created += written.created;
          applied.counts.touchpoints.unchanged += written.unchanged;
          applied.unlinkedParticipants += written.unlinked;
          problems.errors.push(...written.errors);
          batch = [];
        };
        const sink = async (found: SourcedRecord['record'][], row: number) => {
          for (const record of found)
            if (record.type === 'touchpoint') batch.push({ record: record as TouchpointRecord, file: file.file.name, row });
          if (batch.length >= TOUCHPOINT_BATCH) await flush();
        };
        reports.push(await convertFile(file, { ...parse, references }, problems, sink, onRow));
        if (batch.length > 0) await flush();
      }
      unlinked = applied.unlinkedParticipants;
      if (options.dryRun || (problems.errors.length > 0 && !options.skipInvalid)) throw new RollBack();
      await recordAudit(db, {
        actorId: actor?.id ?? null,
        action: 'import',
        entity: 'import',
        detail: { files: files.map((f) => f.name), counts: applied.counts, skipped: problems.errors.length },
      });
    });
    committed = true;
    options.onCommitted?.();
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  if (committed) await recomputeCoverage(deps);
  // A mapping is worth saving once every file read with it (row-level problems aside: they are the data's).
  const readable = problems.errors.every((e) => e.row > 1) && reports.every((r) => r.missingRequired.length === 0);
  if (options.saveMappingAs && options.kind && readable) {
    const mapping = Object.fromEntries(reports.flatMap((r) => Object.entries(r.mapping)));
    saved = await saveMapping(deps, actor, options.saveMappingAs, { kind: options.kind, mapping });
  }
  const status: ImportReport['status'] = committed ? 'imported' : options.dryRun ? 'dry_run' : 'rejected';
  return {
    status,
    written: committed,
    files: reports,
    counts,
    errors: problems.errors.slice(0, MAX_LISTED),
    errorCount: problems.errors.length,
    warnings: problems.warnings.slice(0, MAX_LISTED),
    warningCount: problems.warnings.length,
    savedMapping: saved,
    notes: [
      ...notesFor(reports, options),
      ...(saved && options.saveMappingAs
        ? [`Column mapping saved as "${saved.source}": use it for the next file from this source.`]
        : options.saveMappingAs
          ? [`The column mapping was not saved: the files could not be read with it.`]
          : []),
      ...(saved && options.savedMapping && !options.saveMappingAs ? [`Columns read with the mapping saved as "${saved.source}".`] : []),
      ...(unlinked > 0
        ? [`${unlinked} activity participant(s) are not stakeholders of the activity's account (or not in Rapport) and were not linked.`]
        : []),
    ],
  };
}

function notesFor(files: FileReport[], options: ImportOptions): string[] {
  const notes: string[] = [];
  const natural = files.filter((f) => f.naturalKeys).map((f) => f.file);
  if (natural.length > 0)
    notes.push(
      `No id column in ${natural.join(', ')}: records are matched by natural keys (account name; contact e-mail, else name within the account).`,
    );
  const unknown = files.filter((f) => f.unknownColumns.length > 0).map((f) => `${f.file}: ${f.unknownColumns.join(', ')}`);
  if (unknown.length > 0) notes.push(`Columns not imported (unknown): ${unknown.join('; ')}.`);
  notes.push(`Accounts new to Rapport get tier ${options.defaultTier ?? 'community'} unless the file has a tier column.`);
  if (options.skipInvalid)
    notes.push(
      options.dryRun
        ? 'Invalid rows will be skipped; every valid row will be written.'
        : 'Invalid rows were skipped; every valid row was written.',
    );
  return notes;
}
