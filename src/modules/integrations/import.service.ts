/**
 * An import, all or nothing: read and validate every file, then upsert everything in one
 * transaction. Any invalid row writes nothing (the report names file, row, column, value and
 * reason) unless `skipInvalid`; a dry run does the whole upsert and rolls it back, so its counts are
 * exactly what a real run would do.
 */
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { TIERS, type Tier } from '../../domain/vocabulary.ts';
import { forbidden, invalid } from '../../http/problem.ts';
import { recordAudit } from '../../lib/audit.ts';
import { isoDate } from '../../lib/dates.ts';
import type { Actor } from '../auth/index.ts';
import { recomputeCoverage } from '../coverage/index.ts';
import type { DateFormat, RowIssue } from './domain/index.ts';
import { type ApplyResult, applyRecords } from './import-apply.ts';
import { type FileReport, type InputFile, parseImport } from './import-parse.ts';

export type ImportOptions = { dryRun: boolean; skipInvalid: boolean; dateFormat?: DateFormat; defaultTier?: Tier };
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
};

const MAX_LISTED = 500;
class RollBack extends Error {
  constructor(readonly result: ApplyResult) {
    super('roll back');
  }
}

export async function runImport(deps: Deps, actor: Actor | null, files: InputFile[], options: ImportOptions): Promise<ImportReport> {
  if (actor && actor.role !== 'admin' && actor.role !== 'leader') throw forbidden('Only leaders and admins import data');
  if (files.length === 0) throw invalid('files', 'give at least one file');
  if (options.defaultTier && !TIERS.includes(options.defaultTier)) throw invalid('defaultTier', `must be one of ${TIERS.join(', ')}`);
  const today = isoDate(deps.now());
  const parsed = await parseImport(files, { dateFormat: options.dateFormat, asOf: today });
  const notes = notesFor(parsed.files, options);
  const report = (
    status: ImportReport['status'],
    written: boolean,
    counts: ImportReport['counts'],
    errors: RowIssue[],
    warnings: RowIssue[],
  ): ImportReport => ({
    status,
    written,
    files: parsed.files,
    counts,
    errors: errors.slice(0, MAX_LISTED),
    errorCount: errors.length,
    warnings: warnings.slice(0, MAX_LISTED),
    warningCount: warnings.length,
    notes,
  });
  if (parsed.errors.length > 0 && !options.skipInvalid) return report('rejected', false, null, parsed.errors, parsed.warnings);

  let applied: ApplyResult;
  try {
    applied = await deps.database.db.transaction(async (tx) => {
      const result = await applyRecords(tx as unknown as Db, parsed.records, { defaultTier: options.defaultTier ?? 'community', today });
      const allErrors = [...parsed.errors, ...result.errors];
      if (options.dryRun || (result.errors.length > 0 && !options.skipInvalid)) throw new RollBack(result);
      await recordAudit(tx as unknown as Db, {
        actorId: actor?.id ?? null,
        action: 'import',
        entity: 'import',
        detail: { files: files.map((f) => f.name), counts: result.counts, skipped: allErrors.length },
      });
      return result;
    });
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
    const errors = [...parsed.errors, ...err.result.errors];
    const rejected = !options.dryRun;
    return report(rejected ? 'rejected' : 'dry_run', false, err.result.counts, errors, [...parsed.warnings, ...err.result.warnings]);
  }
  await recomputeCoverage(deps);
  return report('imported', true, applied.counts, [...parsed.errors, ...applied.errors], [...parsed.warnings, ...applied.warnings]);
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
  if (options.skipInvalid) notes.push('Invalid rows were skipped; every valid row was written.');
  return notes;
}
