/**
 * The shape of a header table: for one (system, object), each canonical field with the header
 * spellings that mean it — API names and labels alike, compared after normalizeHeader, first
 * spelling present wins. `required` lists groups of alternatives: each group needs one mapped field.
 * `distinctive` fields weigh more in detectFormat because other exports rarely carry them.
 */
import type { ImportObject, ImportSystem } from '../format.ts';

/** `detectOnly`: recognised to tell exports apart, but not imported (reported as ignored columns). */
export type FieldSpec = { spellings: readonly string[]; distinctive?: boolean; detectOnly?: boolean };

export type HeaderTable = {
  system: ImportSystem;
  object: ImportObject;
  fields: Readonly<Record<string, FieldSpec>>;
  required: readonly (readonly string[])[];
  /** File names the exporter gives this object (Data Export writes `Account.csv`, HubSpot `…-all-companies-…`). */
  fileName?: RegExp;
};

export const f = (...spellings: string[]): FieldSpec => ({ spellings });
export const distinct = (...spellings: string[]): FieldSpec => ({ spellings, distinctive: true });

/** A column that identifies the export but carries nothing Rapport stores. */
export const signal = (...spellings: string[]): FieldSpec => ({ spellings, distinctive: true, detectOnly: true });
