/** Which segment an account belongs to: the first specific segment by priority, else the default (SPEC §1 Segment). */
import type { AccountFacts, Segment } from './types.ts';

type SegmentedAccount = Pick<AccountFacts, 'tier' | 'sizeBand' | 'region' | 'industry'>;

// An empty list means "any"; a non-empty list never matches an unknown (null) value.
function fits<T>(allowed: readonly T[], value: T | null): boolean {
  return allowed.length === 0 || (value !== null && allowed.includes(value));
}

export function segmentMatches(segment: Segment, account: SegmentedAccount): boolean {
  const { tiers, sizeBands, regions, industries } = segment.match;
  return (
    fits(tiers, account.tier) && fits(sizeBands, account.sizeBand) && fits(regions, account.region) && fits(industries, account.industry)
  );
}

/** Throws when no default segment exists: that is a broken configuration, not a property of the account. */
export function matchSegment(account: SegmentedAccount, segments: Segment[]): Segment {
  const specific = segments.filter((s) => !s.isDefault).sort((a, b) => a.priority - b.priority);
  const hit = specific.find((s) => segmentMatches(s, account));
  if (hit) return hit;
  const fallback = segments.find((s) => s.isDefault);
  if (!fallback) throw new Error('No default segment is configured');
  return fallback;
}
