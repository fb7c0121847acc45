/** Which tracked fields a change touches, as history entries. Pure, so the rules are tested without a database. */
export const TRACKED_FIELDS = [
  'personas',
  'keyToSuccess',
  'assessedSentiment',
  'relationshipStrength',
  'personalRapport',
  'status',
] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];
export type TrackedValues = { [K in TrackedField]?: unknown };
export type HistoryEntry = { field: TrackedField; fromValue: unknown; toValue: unknown };

const same = (a: unknown, b: unknown) => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return (a ?? null) === (b ?? null);
};

export function historyEntries(before: TrackedValues | null, after: TrackedValues): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const field of TRACKED_FIELDS) {
    if (!(field in after) || after[field] === undefined) continue;
    const from = before ? (before[field] ?? null) : null;
    const to = after[field] ?? null;
    if (before && same(from, to)) continue;
    if (!before && (to === null || (Array.isArray(to) && to.length === 0))) continue;
    entries.push({ field, fromValue: from, toValue: to });
  }
  return entries;
}
