/**
 * Batch-local references (`@AccountRef3`): the sObject tree's `attributes.referenceId`, and the
 * Salesforce sample CSVs' row order (their N-th data row is `<SObject>RefN`, verified against the
 * same data in tree form). Collect them from the parent records, then pass the map as
 * `ConvertOptions.references` when converting the children; a reference that matches nothing is a
 * row error. The map holds one small entry per parent record.
 */
import type { ReferenceMap, ReferenceTarget } from './convert-context.ts';
import type { ImportRecord } from './records.ts';

export function referenceTargetOf(record: ImportRecord): ReferenceTarget | undefined {
  if (record.type === 'account') return { sobject: 'Account', name: record.name };
  if (record.type === 'stakeholder') {
    const { firstName, lastName, email } = record;
    return { sobject: 'Contact', firstName, lastName, ...(email ? { email } : {}) };
  }
  if (record.type === 'renewal') return { sobject: 'Opportunity', ...(record.name ? { name: record.name } : {}) };
  return undefined;
}

/** Adds every record that carries a referenceId; returns the same map for chaining across files. */
export function collectReferences(
  records: Iterable<ImportRecord>,
  into = new Map<string, ReferenceTarget>(),
): Map<string, ReferenceTarget> {
  for (const record of records) {
    const referenceId = 'referenceId' in record ? record.referenceId : undefined;
    const target = referenceTargetOf(record);
    if (referenceId && target) into.set(referenceId, target);
  }
  return into;
}

export type { ReferenceMap, ReferenceTarget };
