/**
 * Salesforce CLI sObject-tree import (`sf data import tree --plan data-plan.json`): the plan lists
 * sObjects in order, each with its files; records carry `attributes.referenceId` and children point
 * at parents as `@AccountRefN`. Files are converted in plan order through the same converters as
 * CSV rows (tree fields are API names), so the same records and issues come out. A dangling
 * reference is an error naming the file and the record. `row` is the record's 1-based position
 * in its file. The caller reads the JSON files; this stays pure.
 */
import type { ConvertOptions, ReferenceTarget } from './convert-context.ts';
import { createConverter, type SourceRow } from './converter.ts';
import type { ImportObject } from './format.ts';
import type { ImportRecord, RowIssue } from './records.ts';
import { referenceTargetOf } from './references.ts';

export type TreeFileSummary = { file: string; sobject: string; records: number; valid: number; invalid: number; skipped: number };

export type TreeImport = { records: ImportRecord[]; errors: RowIssue[]; warnings: RowIssue[]; files: TreeFileSummary[] };

type PlanStep = { sobject: string; saveRefs: boolean; resolveRefs: boolean; files: string[] };
type TreeRecord = Record<string, unknown> & { attributes?: { type?: string; referenceId?: string } };

const OBJECTS: Record<string, ImportObject> = {
  account: 'account',
  contact: 'contact',
  accountcontactrelation: 'account_contact_relation',
  opportunitycontactrole: 'opportunity_contact_role',
  task: 'task',
  event: 'event',
  opportunity: 'opportunity',
  user: 'user',
};

const fileIssue = (file: string, reason: string): RowIssue => ({ row: 0, column: '', value: '', reason, file });

function planSteps(plan: unknown, errors: RowIssue[]): PlanStep[] {
  if (!Array.isArray(plan)) {
    errors.push(fileIssue('plan', 'the plan is not an array of {sobject, files} steps'));
    return [];
  }
  return plan.flatMap((step, i) => {
    const s = step as Partial<PlanStep> | null;
    if (!s || typeof s.sobject !== 'string' || !Array.isArray(s.files)) {
      errors.push(fileIssue('plan', `step ${i + 1} has no sobject or no files`));
      return [];
    }
    return [{ sobject: s.sobject, saveRefs: s.saveRefs !== false, resolveRefs: s.resolveRefs === true, files: s.files.map(String) }];
  });
}

// Tree values are JSON: numbers and booleans become the text a CSV export would hold.
function cellsOf(record: TreeRecord): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'attributes' || value === null || value === undefined || typeof value === 'object') continue;
    cells[key] = String(value);
  }
  return cells;
}

export function parseSObjectTree(plan: unknown, files: Readonly<Record<string, unknown>>, options: ConvertOptions = {}): TreeImport {
  const result: TreeImport = { records: [], errors: [], warnings: [], files: [] };
  const references = new Map<string, ReferenceTarget>();
  for (const step of planSteps(plan, result.errors)) {
    const object = OBJECTS[step.sobject.toLowerCase()];
    for (const file of step.files) {
      const records = (files[file] as { records?: unknown } | undefined)?.records;
      if (!object) result.errors.push(fileIssue(file, `sObject ${step.sobject} is not imported`));
      else if (!Array.isArray(records))
        result.errors.push(
          fileIssue(file, files[file] === undefined ? `the plan names ${file} but it was not provided` : 'no records array'),
        );
      if (!object || !Array.isArray(records)) continue;
      const summary: TreeFileSummary = { file, sobject: step.sobject, records: records.length, valid: 0, invalid: 0, skipped: 0 };
      result.files.push(summary);
      const rows: (SourceRow & { referenceId?: string })[] = (records as TreeRecord[]).map((r, i) => ({
        row: i + 1,
        record: i + 1,
        cells: cellsOf(r),
        referenceId: r.attributes?.referenceId,
      }));
      const headers = [...new Set(rows.flatMap((r) => Object.keys(r.cells)))];
      const format = { system: 'sobject_tree', object, headerStyle: 'api' } as const;
      const converter = createConverter(format, headers, { ...options, file, references: step.resolveRefs ? references : undefined });
      for (const source of rows) {
        const outcome = converter.convertRow(source);
        const named = (issue: RowIssue) =>
          source.referenceId ? { ...issue, reason: `${issue.reason} (record ${source.referenceId})` } : issue;
        result.warnings.push(...outcome.warnings.map(named));
        if (outcome.status === 'invalid') {
          summary.invalid++;
          result.errors.push(...outcome.errors.map(named));
          continue;
        }
        if (outcome.status === 'skipped') {
          summary.skipped++;
          continue;
        }
        summary.valid++;
        for (const record of outcome.records) {
          const referable = record.type === 'account' || record.type === 'stakeholder' || record.type === 'renewal';
          const withRef = source.referenceId && referable ? { ...record, referenceId: source.referenceId } : record;
          result.records.push(withRef);
          const target = referenceTargetOf(withRef);
          if (step.saveRefs && source.referenceId && target) {
            if (references.has(source.referenceId))
              result.errors.push(named(fileIssue(file, `referenceId ${source.referenceId} is used twice`)));
            else references.set(source.referenceId, target);
          }
        }
      }
    }
  }
  return result;
}
