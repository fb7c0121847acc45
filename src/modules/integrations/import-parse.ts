/**
 * The reading half of an import: every file detected, converted and validated, parents before
 * children, into records with the file and row they came from. Nothing touches the database here.
 */
import {
  type collectReferences,
  convertRows,
  createConverter,
  type DateFormat,
  type DetectedFormat,
  detectFormat,
  findHeaderTable,
  type ImportObject,
  type ImportRecord,
  openCsv,
  parseSObjectTree,
  type RowIssue,
  resolveDateFormat,
  scanDateFormat,
} from './domain/index.ts';

export type InputFile = { name: string; bytes: Uint8Array };
export type SourcedRecord = { record: ImportRecord; file: string; row: number };
export type FileReport = {
  file: string;
  format: Pick<DetectedFormat, 'system' | 'object' | 'headerStyle'> | null;
  reasons: string[];
  unknownColumns: string[];
  missingRequired: string[];
  /** The file's columns, in order. */
  columns: string[];
  /** Every field Rapport reads for this kind of file, in the header table's order… */
  fields: string[];
  /** …and the column that feeds each (fields without one are absent). */
  mapping: Record<string, string>;
  /** Columns recognised (they identify the export) but not imported. */
  ignoredColumns: string[];
  naturalKeys: boolean;
  rows: number;
  valid: number;
  invalid: number;
  skipped: number;
  /** How the rows were read: streamed through the converters, or (PostgreSQL, plain touchpoint files) COPY and SQL. */
  via?: 'rows' | 'copy';
};
export type ParseOptions = { dateFormat?: DateFormat; asOf: string; mapping?: Record<string, string>; kind?: ImportObject };

// Parents first, so `@AccountRefN` references and contact roles find what they point at.
const ORDER: ImportObject[] = [
  'user',
  'account',
  'company',
  'accounts_contacts_report',
  'contact',
  'account_contact_relation',
  'opportunity',
  'deal',
  'opportunity_contact_role',
  'task',
  'event',
  'engagement',
  'touchpoint',
  'usage_metric',
];
const rank = (object: ImportObject) => (ORDER.includes(object) ? ORDER.indexOf(object) : ORDER.length);

const text = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

export type OpenedFile = { file: InputFile; headers: string[]; delimiter: string; format: DetectedFormat };
export type ParseProblems = { errors: RowIssue[]; warnings: RowIssue[] };

/** Activity exports (tasks, events, engagements, touchpoints): streamed, never held in memory. */
export const ACTIVITY_OBJECTS: readonly ImportObject[] = ['task', 'event', 'engagement', 'touchpoint'];

/** Detects every CSV's format and sorts the files parents-first; JSON files are the sObject tree. */
export async function openFiles(files: InputFile[], problems: ParseProblems, kind?: ImportObject) {
  const opened: OpenedFile[] = [];
  for (const file of files.filter((f) => !/\.json$/i.test(f.name))) {
    const probe = await openCsv(file.bytes);
    if (!probe.ok) {
      problems.errors.push({ file: file.name, row: 0, column: '', value: '', reason: probe.reason });
      continue;
    }
    const detected = detectFormat(file.name, probe.headers);
    // A generic CSV says what it holds (--kind); its columns come from the generic tables and --map.
    const format: DetectedFormat = kind
      ? { system: 'generic', object: kind, headerStyle: detected.headerStyle, confidence: 'high', reasons: [`stated: generic ${kind} CSV`] }
      : detected;
    opened.push({ file, headers: probe.headers, delimiter: probe.delimiter, format });
  }
  opened.sort((a, b) => rank(a.format.object) - rank(b.format.object));
  return { opened, json: files.filter((f) => /\.json$/i.test(f.name)) };
}

/** The fields a file of this format can feed (not the columns only used to recognise it). */
export function fieldsOf(format: Pick<DetectedFormat, 'system' | 'object'>): string[] {
  const table = findHeaderTable(format);
  return table ? Object.entries(table.fields).flatMap(([field, spec]) => (spec.detectOnly ? [] : [field])) : [];
}

export type ConvertFileOptions = ParseOptions & { references: ReturnType<typeof collectReferences> };

/** Converts one CSV row by row, handing each valid row's records to `sink`; invalid rows become problems. */
export async function convertFile(
  { file, headers, format }: OpenedFile,
  options: ConvertFileOptions,
  problems: ParseProblems,
  sink: (records: ImportRecord[], row: number) => Promise<void> | void,
  onRow?: () => void,
): Promise<FileReport> {
  const report: FileReport = {
    file: file.name,
    format: { system: format.system, object: format.object, headerStyle: format.headerStyle },
    reasons: format.reasons,
    unknownColumns: [],
    missingRequired: [],
    columns: headers,
    fields: fieldsOf(format),
    mapping: {},
    ignoredColumns: [],
    naturalKeys: false,
    rows: 0,
    valid: 0,
    invalid: 0,
    skipped: 0,
    via: 'rows',
  };
  if (format.object === 'unknown') {
    problems.errors.push({
      file: file.name,
      row: 1,
      column: '',
      value: '',
      reason: `not a format Rapport knows: ${format.reasons.join('; ')}`,
    });
    return report;
  }
  const base = { references: options.references, asOf: options.asOf, file: file.name, mapping: options.mapping };
  let converter = createConverter(format, headers, { ...base, dateFormat: options.dateFormat ?? 'auto' });
  if ((options.dateFormat ?? 'auto') === 'auto' && converter.info.dateColumns.length > 0) {
    const again = await openCsv(file.bytes);
    if (again.ok) {
      const verdict = await scanDateFormat(again.rows, converter.info.dateColumns);
      if (verdict.status === 'ambiguous' || verdict.status === 'conflicting') {
        // Never guessed: the user states the format (--date-format us|eu|iso).
        problems.errors.push({
          file: file.name,
          row: 1,
          column: converter.info.dateColumns.join(', '),
          value: '',
          reason: `${verdict.reason}; state the date format`,
        });
        return report;
      }
      converter = createConverter(format, headers, { ...base, dateFormat: resolveDateFormat('auto', verdict) });
    }
  }
  Object.assign(report, {
    mapping: converter.info.mapping,
    ignoredColumns: converter.info.ignoredColumns,
    unknownColumns: converter.info.unknownColumns,
    missingRequired: converter.info.missingRequired,
    naturalKeys: converter.info.naturalKeys,
  });
  if (converter.info.missingRequired.length > 0) {
    problems.errors.push({
      file: file.name,
      row: 1,
      column: converter.info.missingRequired.join(', '),
      value: '',
      reason: 'required column missing',
    });
    return report;
  }
  const reopened = await openCsv(file.bytes);
  if (!reopened.ok) return report;
  for await (const outcome of convertRows(converter, reopened.rows)) {
    report.rows++;
    onRow?.();
    for (const w of outcome.warnings) problems.warnings.push({ ...w, file: file.name });
    if (outcome.status === 'invalid') {
      report.invalid++;
      for (const e of outcome.errors) problems.errors.push({ ...e, file: file.name });
    } else if (outcome.status === 'skipped') report.skipped++;
    else {
      report.valid++;
      await sink(outcome.records, outcome.row);
    }
  }
  return report;
}

export function parseTree(
  json: InputFile[],
  result: ParseProblems & { records: SourcedRecord[]; files: FileReport[] },
  options: ParseOptions,
) {
  const parsed = new Map<string, unknown>();
  for (const file of json) {
    try {
      parsed.set(file.name, JSON.parse(text(file.bytes)));
    } catch (err) {
      result.errors.push({ file: file.name, row: 0, column: '', value: '', reason: `not valid JSON: ${(err as Error).message}` });
    }
  }
  const planName = [...parsed.keys()].find((name) => Array.isArray(parsed.get(name)));
  if (!planName) {
    result.errors.push({
      file: json[0].name,
      row: 0,
      column: '',
      value: '',
      reason: 'sObject-tree JSON needs its plan file (the one `sf data export tree --plan` writes)',
    });
    return;
  }
  const files = Object.fromEntries(
    [...parsed].filter(([name]) => name !== planName).map(([name, value]) => [name.split('/').pop() as string, value]),
  );
  const tree = parseSObjectTree(parsed.get(planName), files, { asOf: options.asOf });
  result.errors.push(...tree.errors);
  result.warnings.push(...tree.warnings);
  for (const summary of tree.files) {
    result.files.push({
      file: summary.file,
      format: { system: 'sobject_tree', object: summary.sobject.toLowerCase() as ImportObject, headerStyle: 'api' },
      reasons: [],
      unknownColumns: [],
      missingRequired: [],
      columns: [],
      fields: [],
      mapping: {},
      ignoredColumns: [],
      naturalKeys: false,
      rows: summary.records,
      valid: summary.valid,
      invalid: summary.invalid,
      skipped: summary.skipped,
    });
  }
  for (const [i, record] of tree.records.entries()) result.records.push({ record, file: 'sObject tree', row: i + 1 });
}
