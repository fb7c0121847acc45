/**
 * The reading half of an import: every file detected, converted and validated, parents before
 * children, into records with the file and row they came from. Nothing touches the database here.
 */
import {
  collectReferences,
  convertRows,
  createConverter,
  type DateFormat,
  type DetectedFormat,
  detectFormat,
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
  naturalKeys: boolean;
  rows: number;
  valid: number;
  invalid: number;
  skipped: number;
};
export type ParsedImport = { records: SourcedRecord[]; files: FileReport[]; errors: RowIssue[]; warnings: RowIssue[] };
export type ParseOptions = { dateFormat?: DateFormat; asOf: string };

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

export async function parseImport(files: InputFile[], options: ParseOptions): Promise<ParsedImport> {
  const result: ParsedImport = { records: [], files: [], errors: [], warnings: [] };
  const json = files.filter((f) => /\.json$/i.test(f.name));
  const csv = files.filter((f) => !/\.json$/i.test(f.name));
  if (json.length > 0) parseTree(json, result, options);

  const opened = [];
  for (const file of csv) {
    const probe = await openCsv(file.bytes);
    if (!probe.ok) {
      result.errors.push({ file: file.name, row: 0, column: '', value: '', reason: probe.reason });
      continue;
    }
    opened.push({ file, headers: probe.headers, format: detectFormat(file.name, probe.headers) });
  }
  opened.sort((a, b) => rank(a.format.object) - rank(b.format.object));

  for (const { file, headers, format } of opened) {
    const report: FileReport = {
      file: file.name,
      format: { system: format.system, object: format.object, headerStyle: format.headerStyle },
      reasons: format.reasons,
      unknownColumns: [],
      missingRequired: [],
      naturalKeys: false,
      rows: 0,
      valid: 0,
      invalid: 0,
      skipped: 0,
    };
    result.files.push(report);
    if (format.object === 'unknown') {
      result.errors.push({
        file: file.name,
        row: 1,
        column: '',
        value: '',
        reason: `not a format Rapport knows: ${format.reasons.join('; ')}`,
      });
      continue;
    }
    const references = collectReferences(result.records.map((r) => r.record));
    let converter = createConverter(format, headers, {
      dateFormat: options.dateFormat ?? 'auto',
      references,
      asOf: options.asOf,
      file: file.name,
    });
    if ((options.dateFormat ?? 'auto') === 'auto' && converter.info.dateColumns.length > 0) {
      const again = await openCsv(file.bytes);
      if (again.ok) {
        const verdict = await scanDateFormat(again.rows, converter.info.dateColumns);
        if (verdict.status === 'ambiguous' || verdict.status === 'conflicting') {
          // Never guessed: the user states the format (--date-format us|eu|iso).
          result.errors.push({
            file: file.name,
            row: 1,
            column: converter.info.dateColumns.join(', '),
            value: '',
            reason: `${verdict.reason}; state the date format`,
          });
          continue;
        }
        const dateFormat = resolveDateFormat('auto', verdict);
        converter = createConverter(format, headers, { dateFormat, references, asOf: options.asOf, file: file.name });
      }
    }
    Object.assign(report, {
      unknownColumns: converter.info.unknownColumns,
      missingRequired: converter.info.missingRequired,
      naturalKeys: converter.info.naturalKeys,
    });
    if (converter.info.missingRequired.length > 0) {
      result.errors.push({
        file: file.name,
        row: 1,
        column: converter.info.missingRequired.join(', '),
        value: '',
        reason: 'required column missing',
      });
      continue;
    }
    const reopened = await openCsv(file.bytes);
    if (!reopened.ok) continue;
    for await (const outcome of convertRows(converter, reopened.rows)) {
      report.rows++;
      result.warnings.push(...outcome.warnings.map((w) => ({ ...w, file: file.name })));
      if (outcome.status === 'invalid') {
        report.invalid++;
        result.errors.push(...outcome.errors.map((e) => ({ ...e, file: file.name })));
      } else if (outcome.status === 'skipped') report.skipped++;
      else {
        report.valid++;
        for (const record of outcome.records) result.records.push({ record, file: file.name, row: outcome.row });
      }
    }
  }
  return result;
}

function parseTree(json: InputFile[], result: ParsedImport, options: ParseOptions) {
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
      naturalKeys: false,
      rows: summary.records,
      valid: summary.valid,
      invalid: summary.invalid,
      skipped: summary.skipped,
    });
  }
  for (const [i, record] of tree.records.entries()) result.records.push({ record, file: 'sObject tree', row: i + 1 });
}
