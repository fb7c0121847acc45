/**
 * Options and per-file state shared by the row converters. Options are what the user states
 * (date format, decimal separator, editable role and kind mappings); state is what one pass over a
 * file must remember (keys seen, for duplicates), bounded by the number of accounts and contacts,
 * never by the number of activity rows.
 */
import type { TouchpointKind } from '../../../domain/vocabulary.ts';
import type { KindMapping } from './activity-kinds.ts';
import type { RoleMapping } from './contact-roles.ts';
import type { DateFormat } from './dates.ts';
import type { ExternalSystem } from './records.ts';

/** What a batch-local reference (`@AccountRef3`) points at, collected from the parent file. */
export type ReferenceTarget =
  | { sobject: 'Account'; name: string }
  | { sobject: 'Contact'; email?: string; firstName: string; lastName: string }
  | { sobject: 'Opportunity'; name?: string };

/** referenceId (without "@") → target. */
export type ReferenceMap = ReadonlyMap<string, ReferenceTarget>;

export type ConvertOptions = {
  /** Default 'auto': ISO forms only; slashed dates need 'us'/'eu' or a decided scanDateFormat verdict. */
  dateFormat?: DateFormat;
  decimalSeparator?: '.' | ',';
  roleMapping?: RoleMapping;
  kindMapping?: KindMapping;
  /** Unknown contact roles are errors by default; 'warning' imports the contact without them. */
  unknownRoles?: 'error' | 'warning';
  /** Resolves `@AccountRefN` cells (sObject tree, Salesforce sample CSVs). */
  references?: ReferenceMap;
  /** ISO instant: activities after it are scheduled, not interactions, and are skipped. */
  asOf?: string;
  /** Kind for activity files without a type column (a HubSpot "calls" export). */
  activityKind?: TouchpointKind;
  /** Which system a generic CSV's ids belong to; default 'csv'. */
  idSystem?: ExternalSystem;
  /** Named in every issue when several files are imported together. */
  file?: string;
};

export type ConvertState = {
  /** Natural or external key → first row, for duplicate detection of accounts, contacts, users, renewals. */
  seen: Map<string, number>;
  /** Report exports: account name → the account cells first seen, to emit each account once. */
  reportAccounts: Map<string, { row: number; signature: string }>;
  /** Keys claimed by the row being converted: kept only if the row turns out valid. */
  pending: (() => void)[];
};

export type ConvertContext = {
  system: ExternalSystem;
  options: ConvertOptions;
  dateFormat: DateFormat;
  /** 1-based position of the record among the file's data records (sample-CSV reference convention). */
  ordinal: number;
  state: ConvertState;
};

export const newConvertState = (): ConvertState => ({ seen: new Map(), reportAccounts: new Map(), pending: [] });

/** Ends a row: an invalid row claims no keys, so a later valid row with the same key is not called a duplicate. */
export function settleRow(state: ConvertState, valid: boolean): void {
  if (valid) for (const commit of state.pending) commit();
  state.pending.length = 0;
}
