/** All header tables and the lookup by format. */
import type { ImportFormat } from '../format.ts';
import { GENERIC_TABLES } from './generic-headers.ts';
import type { HeaderTable } from './header-table.ts';
import { HUBSPOT_TABLES } from './hubspot-headers.ts';
import { RAPPORT_TABLES } from './rapport-headers.ts';
import { SALESFORCE_TABLES } from './salesforce-headers.ts';

export type { FieldSpec, HeaderTable } from './header-table.ts';

export const HEADER_TABLES: readonly HeaderTable[] = [...SALESFORCE_TABLES, ...HUBSPOT_TABLES, ...GENERIC_TABLES, ...RAPPORT_TABLES];

/** sObject-tree records use Salesforce API names, so they share the Salesforce tables. */
export function findHeaderTable(format: Pick<ImportFormat, 'system' | 'object'>): HeaderTable | undefined {
  const system = format.system === 'sobject_tree' ? 'salesforce' : format.system;
  return HEADER_TABLES.find((t) => t.system === system && t.object === format.object);
}
