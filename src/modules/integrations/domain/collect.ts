/**
 * Folding a stream of row outcomes into one report: counts, all issues, and (optionally) the
 * records. For previews, tests and small files; the upsert consumes `convertRows` directly so a
 * large file is never held in memory. Also the first pass of 'auto' dates: scanDateFormat.
 */
import type { RowOutcome, SourceRow } from './converter.ts';
import { createDateFormatScanner, type DateFormatVerdict } from './date-format-scan.ts';
import type { ImportRecord, RowIssue } from './records.ts';

export type ConversionReport = {
  counts: { rows: number; valid: number; invalid: number; skipped: number; records: number };
  records: ImportRecord[];
  errors: RowIssue[];
  warnings: RowIssue[];
  skipped: { row: number; reason: string }[];
};

export async function collectOutcomes(
  outcomes: AsyncIterable<RowOutcome> | Iterable<RowOutcome>,
  options: { keepRecords?: boolean } = {},
): Promise<ConversionReport> {
  const report: ConversionReport = {
    counts: { rows: 0, valid: 0, invalid: 0, skipped: 0, records: 0 },
    records: [],
    errors: [],
    warnings: [],
    skipped: [],
  };
  for await (const outcome of outcomes) {
    report.counts.rows++;
    report.warnings.push(...outcome.warnings);
    if (outcome.status === 'invalid') {
      report.counts.invalid++;
      report.errors.push(...outcome.errors);
    } else if (outcome.status === 'skipped') {
      report.counts.skipped++;
      report.skipped.push({ row: outcome.row, reason: outcome.reason });
    } else {
      report.counts.valid++;
      report.counts.records += outcome.records.length;
      if (options.keepRecords !== false) report.records.push(...outcome.records);
    }
  }
  return report;
}

/** Observes the date columns of every row and returns the file's day/month verdict. */
export async function scanDateFormat(
  rows: AsyncIterable<SourceRow> | Iterable<SourceRow>,
  dateColumns: readonly string[],
): Promise<DateFormatVerdict> {
  const scanner = createDateFormatScanner();
  for await (const row of rows) {
    for (const column of dateColumns) {
      const value = row.cells[column];
      if (value) scanner.observe(value, row.row, column);
    }
  }
  return scanner.verdict();
}
