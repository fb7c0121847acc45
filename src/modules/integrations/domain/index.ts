/**
 * Public surface of the pure CRM-import core: bytes of an export in, canonical records and per-row
 * issues out, no database. The flow a service follows:
 *
 *   const csv = await openCsv(stream);                        // BOM, delimiter, ragged rows, row numbers
 *   if (!csv.ok) → report csv.reason ("empty file")
 *   const format = stated ?? detectFormat(fileName, csv.headers);   // explain format.reasons in the UI
 *   const converter = createConverter(format, csv.headers, { dateFormat, mapping, references, ... });
 *   converter.info → column mapping, unknownColumns (reported, ignored), missingRequired, naturalKeys
 *   (dateFormat 'auto' with slashed dates: a first pass `scanDateFormat(rows, info.dateColumns)`
 *    then `resolveDateFormat('auto', verdict)`; an ambiguous verdict is shown, never guessed)
 *   for await (const outcome of convertRows(converter, csv.rows)) → upsert valid records by
 *   recordKey(record), collect invalid outcomes' errors (row, column, value, reason).
 *
 * Parents before children: accounts, then contacts (pass `collectReferences(accountRecords)` as
 * `references` for `@AccountRefN` files), then roles, activities, opportunities. sObject-tree JSON
 * goes through `parseSObjectTree(plan, files)` instead.
 */
export { DEFAULT_KIND_MAPPING, type KindMapping, mapActivityKind } from './activity-kinds.ts';
export { type ConversionReport, collectOutcomes, scanDateFormat } from './collect.ts';
export { DEFAULT_ROLE_MAPPING, mapContactRoles, type RoleMapping, type RoleMappingResult } from './contact-roles.ts';
export type { ConvertOptions, ReferenceMap, ReferenceTarget } from './convert-context.ts';
export {
  type Converter,
  type ConverterInfo,
  type ConverterOptions,
  convertRows,
  createConverter,
  type RowOutcome,
  type SourceRow,
} from './converter.ts';
export { type CsvFile, type CsvOptions, type CsvRow, type CsvSource, CsvSyntaxError, mayHoldGuardedCells, openCsv } from './csv-reader.ts';
export { createDateFormatScanner, type DateFormatScanner, type DateFormatVerdict, resolveDateFormat } from './date-format-scan.ts';
export { DATE_FORMATS, type DateFormat, parseDate, parseDateTime, parseDateValue } from './dates.ts';
export { detectFormat, headerStyleOf } from './detect-format.ts';
export { EXPORT_ENTITIES, type ExportEntity } from './export-entities.ts';
export * from './format.ts';
export { findHeaderTable, HEADER_TABLES, type HeaderTable } from './headers/index.ts';
export { type ColumnMapping, type HeaderMapping, type MappingProblem, mapHeaders } from './map-headers.ts';
export { normalizeHeader } from './normalize.ts';
export { accountRefKey, contactRefKey, recordKey } from './record-keys.ts';
export * from './records.ts';
export { collectReferences, referenceTargetOf } from './references.ts';
export { emailIn, salesforceObjectOf, toSalesforceId18 } from './refs.ts';
export { parseSObjectTree, type TreeFileSummary, type TreeImport } from './sobject-tree.ts';
export { type Parsed, parseBoolean, parseCount, parseEmail, parseNumber, splitMultiValue } from './values.ts';
export { parseLifecycleStage, parseRegion, parseSizeBand, parseTier, regionForCountry } from './vocabulary-values.ts';
