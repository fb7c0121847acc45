/**
 * The row-conversion entry point. `createConverter` settles the column mapping once per file and
 * returns `convertRow`, which turns one source row into records or into issues naming row, column,
 * value and reason. `convertRows` streams outcomes for any (async) iterable of rows, holding no
 * more than one row plus the per-file key sets (accounts, contacts — never activities).
 *
 * A file is importable when `info.missingRequired` and `info.problems` are empty; atomic imports
 * then write nothing unless every outcome is `valid` or `skipped`.
 */

import { type CellReader, readCells } from './cells.ts';
import { convertAccount } from './convert-account.ts';
import { convertActivity } from './convert-activity.ts';
import { convertContact } from './convert-contact.ts';
import { type ConvertContext, type ConvertOptions, newConvertState, settleRow } from './convert-context.ts';
import { convertOpportunity } from './convert-opportunity.ts';
import { convertReportRow } from './convert-report.ts';
import { convertAccountContactRelation, convertOpportunityContactRole } from './convert-roles.ts';
import { convertUsageMetric } from './convert-usage.ts';
import { convertUser } from './convert-user.ts';
import type { ImportFormat, ImportObject } from './format.ts';
import { findHeaderTable } from './headers/index.ts';
import { type ColumnMapping, type MappingProblem, mapHeaders } from './map-headers.ts';
import type { ExternalSystem, ImportRecord, RowIssue } from './records.ts';

/** One data row as the CSV reader (or the sObject-tree parser) yields it. */
export type SourceRow = { row: number; record: number; cells: Readonly<Record<string, string>>; extraCells?: readonly string[] };

export type RowOutcome =
  | { status: 'valid'; row: number; records: ImportRecord[]; warnings: RowIssue[] }
  | { status: 'invalid'; row: number; errors: RowIssue[]; warnings: RowIssue[] }
  | { status: 'skipped'; row: number; reason: string; warnings: RowIssue[] };

export type ConverterInfo = {
  format: ImportFormat;
  mapping: ColumnMapping;
  unknownColumns: string[];
  /** Recognised but not imported (BillingState, Pipeline…). */
  ignoredColumns: string[];
  missingRequired: string[];
  problems: MappingProblem[];
  /** No id column: records are keyed by natural keys (account name; contact e-mail, else name within the account). */
  naturalKeys: boolean;
  /** Columns holding dates, for the day/month scan (date-format-scan.ts). */
  dateColumns: string[];
};

export type Converter = { info: ConverterInfo; convertRow(source: SourceRow): RowOutcome };

export type ConverterOptions = ConvertOptions & { mapping?: ColumnMapping };

type RowConverter = (cells: CellReader, ctx: ConvertContext) => ImportRecord[] | { skip: string };

const CONVERTERS: Partial<Record<ImportObject, RowConverter>> = {
  account: convertAccount,
  company: convertAccount,
  contact: convertContact,
  account_contact_relation: convertAccountContactRelation,
  opportunity_contact_role: convertOpportunityContactRole,
  task: (cells, ctx) => convertActivity(cells, ctx, 'task'),
  event: (cells, ctx) => convertActivity(cells, ctx, 'event'),
  engagement: (cells, ctx) => convertActivity(cells, ctx, 'engagement'),
  touchpoint: (cells, ctx) => convertActivity(cells, ctx, 'touchpoint'),
  opportunity: convertOpportunity,
  deal: convertOpportunity,
  user: convertUser,
  accounts_contacts_report: convertReportRow,
  usage_metric: convertUsageMetric,
};

const DATE_FIELDS = [
  'renewalDate',
  'closeDate',
  'activityDate',
  'completedAt',
  'startDateTime',
  'occurredAt',
  'endDate',
  'npsDate',
  'date',
];

function systemOf(format: ImportFormat, options: ConvertOptions): ExternalSystem {
  if (format.system === 'generic' || format.system === 'rapport') return options.idSystem ?? 'csv';
  return format.system === 'hubspot' ? 'hubspot' : 'salesforce';
}

function extraCellsIssue(source: SourceRow, file?: string): RowIssue | undefined {
  const extra = source.extraCells?.filter((c) => c.trim() !== '') ?? [];
  if (extra.length === 0) return undefined;
  const reason = `the row has ${extra.length} more value(s) than the header has columns: a value probably contains an unquoted comma`;
  return { row: source.row, column: '(beyond the last column)', value: extra.join(','), reason, ...(file ? { file } : {}) };
}

export function createConverter(format: ImportFormat, headers: readonly string[], options: ConverterOptions = {}): Converter {
  const table = findHeaderTable(format);
  const convert = CONVERTERS[format.object];
  const mapped = table ? mapHeaders(headers, table, options.mapping) : undefined;
  const problems = mapped?.problems ?? [];
  if (!table || !convert)
    problems.push({ field: '', column: '', reason: `no converter for ${format.system} ${format.object}: state the kind of file` });
  const mapping = Object.fromEntries(Object.entries(mapped?.mapping ?? {}).filter(([field]) => !table?.fields[field]?.detectOnly));
  const missingRequired = (mapped?.missingRequired ?? []).filter((group) => !(group === 'activityType' && options.activityKind));
  // A HubSpot calls/meetings export has no type column: detectable, but the kind must be stated once for the file.
  if (format.object === 'engagement' && !mapping.activityType && !options.activityKind) missingRequired.push('activityType');
  const info: ConverterInfo = {
    format,
    mapping,
    unknownColumns: mapped?.unknownColumns ?? [...headers],
    ignoredColumns: mapped?.ignoredColumns ?? [],
    missingRequired,
    problems,
    naturalKeys: mapping.externalId === undefined,
    dateColumns: DATE_FIELDS.filter((f) => mapping[f] !== undefined).map((f) => mapping[f]),
  };
  const ctx: ConvertContext = {
    system: systemOf(format, options),
    options,
    dateFormat: options.dateFormat ?? 'auto',
    ordinal: 0,
    state: newConvertState(),
  };

  function convertRow(source: SourceRow): RowOutcome {
    const cells = readCells(source.row, source.cells, mapping, options.file);
    if (!convert || problems.length > 0 || missingRequired.length > 0) {
      cells.error(
        '',
        `the file cannot be converted: ${[...problems.map((p) => p.reason), ...missingRequired.map((m) => `missing column for ${m}`)].join('; ')}`,
      );
      return { status: 'invalid', row: source.row, errors: cells.errors, warnings: cells.warnings };
    }
    if (Object.values(source.cells).every((v) => v.trim() === '') && !source.extraCells?.length) {
      return { status: 'skipped', row: source.row, reason: 'empty row', warnings: [] };
    }
    ctx.ordinal = source.record;
    const extra = extraCellsIssue(source, options.file);
    if (extra) cells.errors.push(extra);
    const result = convert(cells, ctx);
    settleRow(ctx.state, cells.errors.length === 0 && !('skip' in result));
    if (cells.errors.length > 0) return { status: 'invalid', row: source.row, errors: cells.errors, warnings: cells.warnings };
    if ('skip' in result) return { status: 'skipped', row: source.row, reason: result.skip, warnings: cells.warnings };
    return { status: 'valid', row: source.row, records: result, warnings: cells.warnings };
  }

  return { info, convertRow };
}

export async function* convertRows(converter: Converter, rows: AsyncIterable<SourceRow> | Iterable<SourceRow>): AsyncGenerator<RowOutcome> {
  for await (const row of rows) yield converter.convertRow(row);
}
