/**
 * Reading one row's cells by canonical field, collecting problems as it goes: every problem names
 * the row, the column as written in the file, the value and the reason. Converters read through
 * this, so no converter can forget to say where a bad value came from.
 */
import type { ColumnMapping } from './map-headers.ts';
import { cleanOptional, cleanText } from './normalize.ts';
import type { RowIssue } from './records.ts';
import type { Parsed } from './values.ts';

export type CellReader = {
  readonly row: number;
  readonly errors: RowIssue[];
  readonly warnings: RowIssue[];
  has(field: string): boolean;
  /** Trimmed text, undefined when empty or the field is not mapped. */
  text(field: string): string | undefined;
  /** Like text, but "n/a", "null", "-" count as empty. */
  optional(field: string): string | undefined;
  /** Text that must be present: a missing value is an error. */
  required(field: string, what: string): string | undefined;
  /** Parses a non-empty cell; a failure is an error naming the cell. */
  parse<T>(field: string, parser: (raw: string) => Parsed<T>): T | undefined;
  /** parse, with a missing value an error. */
  parseRequired<T>(field: string, what: string, parser: (raw: string) => Parsed<T>): T | undefined;
  error(field: string, reason: string, value?: string): void;
  warn(field: string, reason: string, value?: string): void;
};

export function readCells(row: number, cells: Readonly<Record<string, string>>, mapping: ColumnMapping, file?: string): CellReader {
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const column = (field: string) => mapping[field] ?? field;
  const raw = (field: string) => (mapping[field] === undefined ? undefined : cells[mapping[field]]);
  const issue = (field: string, reason: string, value?: string): RowIssue => ({
    row,
    column: column(field),
    value: value ?? raw(field) ?? '',
    reason,
    ...(file ? { file } : {}),
  });
  const reader: CellReader = {
    row,
    errors,
    warnings,
    has: (field) => mapping[field] !== undefined,
    text: (field) => cleanText(raw(field)),
    optional: (field) => cleanOptional(raw(field)),
    required(field, what) {
      const value = cleanText(raw(field));
      if (value === undefined) errors.push(issue(field, `${what} is required`));
      return value;
    },
    parse(field, parser) {
      const value = cleanText(raw(field));
      if (value === undefined) return undefined;
      const parsed = parser(value);
      if (parsed.ok) return parsed.value;
      errors.push(issue(field, parsed.reason));
      return undefined;
    },
    parseRequired(field, what, parser) {
      return reader.required(field, what) === undefined ? undefined : reader.parse(field, parser);
    },
    error: (field, reason, value) => void errors.push(issue(field, reason, value)),
    warn: (field, reason, value) => void warnings.push(issue(field, reason, value)),
  };
  return reader;
}
