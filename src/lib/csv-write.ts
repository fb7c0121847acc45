/**
 * RFC 4180 CSV output: every field that needs it is quoted, so names with commas or newlines survive
 * a round trip.
 *
 * Formula guard: a text cell starting with `=` `+` `-` `@`, a tab or a carriage return is run as a
 * formula by spreadsheet programs (CSV injection), so the export writes it with a leading apostrophe
 * (`'+44 20 7946 0958`), which spreadsheets show as text. Plain numbers (`-12.5`) are left alone:
 * a spreadsheet reads them as that number and runs nothing. A value that already starts with
 * apostrophes before such a character (`'=x`) gets one more, so the guard is never ambiguous, and
 * the import (`unguardCell`, applied to every CSV cell it reads) removes exactly one apostrophe
 * when the rest would need the guard: every exported value re-imports as it was.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

function needsGuard(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** The text as a spreadsheet-safe cell value: a leading apostrophe when it would start a formula. */
export function guardFormula(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** The inverse of guardFormula: strips the one apostrophe the export added, nothing else. */
export function unguardCell(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = Array.isArray(value) ? value.join(';') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const safe = guardFormula(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
