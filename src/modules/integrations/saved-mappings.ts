/**
 * Column mappings saved per source ("zendesk", "our-billing-export"): what a generic CSV from that
 * source holds and which column feeds which field, so the next file from it needs no `--map`.
 * Stored as settings (`import.mapping.<source>`).
 */
import type { Deps } from '../../deps.ts';
import { forbidden, invalid, notFound } from '../../lib/errors.ts';
import type { Actor } from '../auth/index.ts';
import { findSetting, findSettingsByPrefix, putSetting } from '../system/index.ts';
import type { ImportObject } from './domain/index.ts';

export type SavedMapping = { source: string; kind: ImportObject; mapping: Record<string, string>; savedAt: string };

const PREFIX = 'import.mapping.';
/**
 * What a generic CSV can hold, as the CLI and the API name it: only kinds Rapport stores. The
 * readers know usage-metric files too, but nothing keeps their rows yet, so `usage` is refused
 * (never "imported" with nothing written) until usage metrics are a stored kind.
 */
export const GENERIC_KINDS: Record<string, ImportObject> = {
  accounts: 'account',
  stakeholders: 'contact',
  touchpoints: 'touchpoint',
};
export const GENERIC_KIND_NAMES = Object.keys(GENERIC_KINDS);
/** Objects a file may be read as that no table keeps yet. */
export const UNSTORED_OBJECTS: readonly ImportObject[] = ['usage_metric'];

export function checkSourceName(source: string): string {
  const name = source.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._-]{0,62}$/.test(name))
    throw invalid('mapping', 'a source name is letters, digits, ".", "_" or "-" (up to 63), e.g. zendesk');
  return name;
}

export async function listSavedMappings(deps: Deps): Promise<SavedMapping[]> {
  const rows = await findSettingsByPrefix<Omit<SavedMapping, 'source'>>(deps.database.db, PREFIX);
  return rows.map((r) => ({ source: r.key.slice(PREFIX.length), ...r.value }));
}

export async function findSavedMapping(deps: Deps, source: string): Promise<SavedMapping> {
  const name = checkSourceName(source);
  const found = await findSetting<Omit<SavedMapping, 'source'>>(deps.database.db, PREFIX + name);
  if (!found) throw notFound('Saved column mapping', `"${name}"`);
  return { source: name, ...found };
}

export async function saveMapping(
  deps: Deps,
  actor: Actor | null,
  source: string,
  value: { kind: ImportObject; mapping: Record<string, string> },
): Promise<SavedMapping> {
  if (actor && actor.role !== 'admin' && actor.role !== 'leader') throw forbidden('Only leaders and admins import data');
  if (!Object.values(GENERIC_KINDS).includes(value.kind)) throw invalid('kind', `must be one of ${Object.keys(GENERIC_KINDS).join(', ')}`);
  if (Object.keys(value.mapping).length === 0) throw invalid('mapping', 'there is no column mapping to save');
  const name = checkSourceName(source);
  const saved = { kind: value.kind, mapping: value.mapping, savedAt: deps.now().toISOString() };
  await putSetting(deps.database.db, PREFIX + name, saved);
  return { source: name, ...saved };
}
