/**
 * Which file column feeds which canonical field. Headers are compared after normalizeHeader (case,
 * spaces, punctuation and a BOM never matter); for each field the first table spelling present wins
 * (generic tables then accept the field's own name);
 * a column feeds at most one field. User overrides (`--map field=Column`) come first and are checked:
 * an unknown field or a column not in the file is a problem, not a silent no-op.
 */
import type { HeaderTable } from './headers/index.ts';
import { normalizeHeader } from './normalize.ts';

/** Canonical field → the column name exactly as written in the file. */
export type ColumnMapping = Readonly<Record<string, string>>;

export type MappingProblem = { field: string; column: string; reason: string };

export type HeaderMapping = {
  mapping: ColumnMapping;
  /** Columns no field reads: reported, then ignored. */
  unknownColumns: string[];
  /** Columns recognised (they help detection) but not imported, e.g. BillingState. */
  ignoredColumns: string[];
  /** Required groups with no mapped field, written "firstName | lastName | email". */
  missingRequired: string[];
  problems: MappingProblem[];
};

export function mapHeaders(headers: readonly string[], table: HeaderTable, overrides: ColumnMapping = {}): HeaderMapping {
  const byNormal = new Map<string, string>();
  for (const h of headers) if (!byNormal.has(normalizeHeader(h))) byNormal.set(normalizeHeader(h), h);
  const mapping: Record<string, string> = {};
  const used = new Set<string>();
  const problems: MappingProblem[] = [];

  for (const [field, column] of Object.entries(overrides)) {
    const actual = byNormal.get(normalizeHeader(column));
    if (!(field in table.fields)) {
      problems.push({ field, column, reason: `"${field}" is not a field of ${table.object} (${Object.keys(table.fields).join(', ')})` });
    } else if (!actual) {
      problems.push({ field, column, reason: `column "${column}" is not in the file` });
    } else {
      mapping[field] = actual;
      used.add(actual);
    }
  }

  for (const [field, spec] of Object.entries(table.fields)) {
    if (mapping[field]) continue;
    // Generic tables also accept the field's own name: Rapport's export writes field names as headers.
    for (const spelling of table.system === 'generic' ? [...spec.spellings, field] : spec.spellings) {
      const column = byNormal.get(normalizeHeader(spelling));
      if (column && !used.has(column)) {
        mapping[field] = column;
        used.add(column);
        break;
      }
    }
  }

  const unknownColumns = headers.filter((h) => !used.has(h) && h.replace(/^\uFEFF/, '').trim() !== '');
  const ignoredColumns = Object.entries(mapping)
    .filter(([field]) => table.fields[field]?.detectOnly)
    .map(([, column]) => column);
  const missingRequired = table.required.filter((group) => !group.some((field) => mapping[field])).map((group) => group.join(' | '));
  return { mapping, unknownColumns, ignoredColumns, missingRequired, problems };
}
