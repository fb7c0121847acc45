/**
 * Which export a file is, from its name and headers (or, for JSON, its first records). Every header
 * table is scored: a matched field counts 1, a distinctive one 3, a matching file name 2, and a table
 * missing a required field is only a fallback. The result explains itself in `reasons`; a close
 * runner-up lowers the confidence, so the UI can ask the user to confirm instead of importing wrongly.
 */
import type { DetectedFormat, HeaderStyle, ImportObject } from './format.ts';
import { HEADER_TABLES, type HeaderTable } from './headers/index.ts';
import { mapHeaders } from './map-headers.ts';

type Scored = { table: HeaderTable; score: number; matched: string[]; missing: string[]; byName: boolean };

const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() ?? fileName;

/** Labels have spaces or an `Object: Field` prefix; API names are single tokens (`NumberOfEmployees`, `Owner.Email`). */
export function headerStyleOf(headers: readonly string[]): HeaderStyle {
  const labelled = headers.filter((h) => /[\s:/]/.test(h.trim())).length;
  return labelled * 2 >= headers.length && labelled > 0 ? 'label' : 'api';
}

function score(table: HeaderTable, headers: readonly string[], fileName: string): Scored {
  const { mapping, missingRequired } = mapHeaders(headers, table);
  const matched = Object.keys(mapping);
  const points = matched.reduce((sum, field) => sum + (table.fields[field].distinctive ? 3 : 1), 0);
  const byName = table.fileName?.test(baseName(fileName)) ?? false;
  return { table, score: points + (byName ? 2 : 0), matched, missing: missingRequired, byName };
}

const SOBJECTS: Record<string, ImportObject> = {
  account: 'account',
  contact: 'contact',
  accountcontactrelation: 'account_contact_relation',
  opportunitycontactrole: 'opportunity_contact_role',
  task: 'task',
  event: 'event',
  opportunity: 'opportunity',
  user: 'user',
};

function detectJson(fileName: string, sample: unknown): DetectedFormat {
  const tree = { system: 'sobject_tree', headerStyle: 'api' } as const;
  if (Array.isArray(sample) && sample.every((step) => typeof step === 'object' && step !== null && 'sobject' in step)) {
    return {
      ...tree,
      object: 'tree_plan',
      confidence: 'high',
      reasons: [`${baseName(fileName)} is an array of {sobject, files} steps: an sObject-tree plan`],
    };
  }
  const records = (sample as { records?: unknown } | null)?.records;
  const first = Array.isArray(records) ? (records[0] as { attributes?: { type?: unknown; referenceId?: unknown } } | undefined) : undefined;
  const type = typeof first?.attributes?.type === 'string' ? first.attributes.type : undefined;
  const object = type ? SOBJECTS[type.toLowerCase()] : undefined;
  if (object) {
    return { ...tree, object, confidence: 'high', reasons: [`records carry attributes.type "${type}" and referenceId: sObject-tree JSON`] };
  }
  return {
    ...tree,
    object: 'unknown',
    confidence: 'low',
    reasons: ['JSON without a plan array or records[].attributes.type: not an sObject tree'],
  };
}

/** Rapport's own export: every column of one export, and nothing else. */
function rapportExport(headers: readonly string[]): HeaderTable | undefined {
  const names = new Set(headers.map((h) => h.replace(/^\uFEFF/, '').trim()));
  return HEADER_TABLES.find((t) => {
    if (t.system !== 'rapport') return false;
    const columns = Object.values(t.fields).map((spec) => spec.spellings[0]);
    return columns.length === names.size && columns.every((c) => names.has(c));
  });
}

export function detectFormat(fileName: string, headers: readonly string[] | null, jsonSample?: unknown): DetectedFormat {
  if (headers === null) return detectJson(fileName, jsonSample);
  const headerStyle = headerStyleOf(headers);
  const own = rapportExport(headers);
  if (own) {
    return {
      system: 'rapport',
      object: own.object,
      headerStyle,
      confidence: 'high',
      reasons: [`the columns are exactly those of Rapport's own ${own.object === 'contact' ? 'stakeholders' : `${own.object}s`} export`],
    };
  }
  const ranked = HEADER_TABLES.filter((t) => t.system !== 'generic' && t.system !== 'rapport')
    .map((t) => score(t, headers, fileName))
    .sort((a, b) => Number(a.missing.length > 0) - Number(b.missing.length > 0) || b.score - a.score);
  const [best, second] = ranked;
  if (!best || best.score === 0 || best.missing.length > 0) {
    // Rapport's own export (and any file written to the generic columns) reads back without --kind.
    const generic = HEADER_TABLES.filter((t) => t.system === 'generic')
      .map((t) => score(t, headers, fileName))
      .filter((r) => r.missing.length === 0 && r.score >= 3)
      .sort((a, b) => b.score - a.score)[0];
    if (generic) {
      return {
        system: 'generic',
        object: generic.table.object,
        headerStyle,
        confidence: 'medium',
        reasons: [
          `headers ${generic.matched.map((f) => generic.table.fields[f].spellings[0]).join(', ')} match the generic ${generic.table.object} columns`,
        ],
      };
    }
    const reasons = ['no Salesforce or HubSpot export has these headers: map the columns (generic CSV)'];
    if (best && best.score > 0) reasons.push(`closest: ${best.table.system} ${best.table.object}, missing ${best.missing.join('; ')}`);
    return { system: 'generic', object: 'unknown', headerStyle, confidence: 'low', reasons };
  }
  const reasons = [
    `headers ${best.matched.map((f) => best.table.fields[f].spellings[0]).join(', ')} match ${best.table.system} ${best.table.object}`,
  ];
  if (best.byName) reasons.push(`file name "${baseName(fileName)}" fits ${best.table.object}`);
  const close = second && second.missing.length === 0 && second.score * 1.25 > best.score;
  if (close) reasons.push(`${second.table.system} ${second.table.object} fits almost as well (score ${second.score} vs ${best.score})`);
  const confidence = close ? 'low' : best.score >= 5 ? 'high' : 'medium';
  return { system: best.table.system, object: best.table.object, headerStyle, confidence, reasons };
}
