import { describe, expect, it } from 'vitest';
import { DEFAULT_SEGMENTS } from './default-models.ts';
import { matchSegment } from './segments.ts';
import type { AccountFacts, Segment, SegmentMatch } from './types.ts';

type Acc = Pick<AccountFacts, 'tier' | 'sizeBand' | 'region' | 'industry'>;
const acc = (over: Partial<Acc> = {}): Acc => ({ tier: 'enterprise', sizeBand: 'mid_market', region: 'emea', industry: 'retail', ...over });
const any: SegmentMatch = { tiers: [], sizeBands: [], regions: [], industries: [] };
const seg = (id: string, priority: number, match: Partial<SegmentMatch>, isDefault = false): Segment => ({
  id,
  name: id,
  priority,
  isDefault,
  match: { ...any, ...match },
});

const custom: Segment[] = [
  seg('fallback', 0, {}, true), // default with the lowest priority still only applies last
  seg('emea-retail', 5, { regions: ['emea'], industries: ['retail'] }),
  seg('big-emea', 1, { regions: ['emea'], sizeBands: ['enterprise', 'large_enterprise'] }),
  seg('strategic', 10, { tiers: ['strategic'] }),
];

describe('matchSegment', () => {
  it.each([
    ['shipped: strategic tier', DEFAULT_SEGMENTS, acc({ tier: 'strategic' }), 'strategic'],
    ['shipped: community tier', DEFAULT_SEGMENTS, acc({ tier: 'community' }), 'community'],
    ['shipped: enterprise tier', DEFAULT_SEGMENTS, acc(), 'enterprise'],
    ['both match: lower priority number wins', custom, acc({ sizeBand: 'enterprise' }), 'big-emea'],
    ['all non-empty lists must contain the value', custom, acc({ industry: 'banking' }), 'fallback'],
    ['empty lists match anything', custom, acc({ tier: 'strategic', region: 'apac' }), 'strategic'],
    ['an unknown value does not match a non-empty list', custom, acc({ region: null, tier: 'community' }), 'fallback'],
    ['only the default matches', custom, acc({ region: 'apac' }), 'fallback'],
  ])('%s', (_case, segments, account, expected) => {
    expect(matchSegment(account, segments).id).toBe(expected);
  });

  it('fails loudly when no default segment is configured', () => {
    expect(() => matchSegment(acc({ region: 'apac' }), custom.slice(1))).toThrow(/default segment/);
  });
});
