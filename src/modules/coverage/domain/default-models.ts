/**
 * Shipped segments and coverage models (SPEC C2): what a CS leader would set up on day one.
 * Lighter from strategic to community because each tier's engagement model reaches fewer people personally.
 */
import type { Persona } from '../../../domain/personas.ts';
import type { Sentiment } from '../../../domain/vocabulary.ts';
import type { CoverageModel, PersonaRequirement, Segment } from './types.ts';

const anything = { tiers: [], sizeBands: [], regions: [], industries: [] };

export const DEFAULT_SEGMENTS: Segment[] = [
  { id: 'strategic', name: 'Strategic', priority: 10, isDefault: false, match: { ...anything, tiers: ['strategic'] } },
  { id: 'enterprise', name: 'Enterprise', priority: 20, isDefault: false, match: { ...anything, tiers: ['enterprise'] } },
  { id: 'community', name: 'Community', priority: 30, isDefault: false, match: { ...anything, tiers: ['community'] } },
  { id: 'default', name: 'Default', priority: 1000, isDefault: true, match: anything },
];

type Row = [
  persona: Persona,
  minCount: number,
  lowestSentiment: Sentiment | null,
  recencyDays: number | null,
  participation: number | null,
];

function model(segmentId: string, rows: Row[], minEngagedStakeholders: number, engagementWindowDays: number): CoverageModel {
  const requirements: PersonaRequirement[] = rows.map(([persona, minCount, lowestSentiment, recencyDays, participationTarget]) => ({
    persona,
    minCount,
    lowestSentiment,
    recencyDays,
    participationTarget,
  }));
  return { segmentId, requirements, minEngagedStakeholders, engagementWindowDays };
}

// Every persona is listed in every model so the UI can show (and a leader can edit) the full mix.
const STRATEGIC: Row[] = [
  ['decision_maker', 1, 'neutral', 90, 0.6],
  ['budget_holder', 1, 'neutral', 180, 0.6],
  ['executive_sponsor', 1, 'neutral', 90, 0.6],
  ['champion', 2, 'neutral', 45, 0.5],
  ['influencer', 0, 'neutral', null, 0.5],
  ['main_contact', 1, 'neutral', 30, 0.5],
  ['day_to_day_user', 3, 'neutral', 60, 0.5],
];

const ENTERPRISE: Row[] = [
  ['decision_maker', 1, 'neutral', 180, 0.5],
  ['budget_holder', 0, 'neutral', null, 0.5],
  ['executive_sponsor', 1, 'neutral', 180, 0.5],
  ['champion', 1, 'neutral', 60, 0.4],
  ['influencer', 0, 'resistant', null, 0.4],
  ['main_contact', 1, 'neutral', 45, 0.4],
  ['day_to_day_user', 2, 'resistant', 90, 0.4],
];

// Community is digital one-to-many: only a reachable main contact and someone using the product are required.
const COMMUNITY: Row[] = [
  ['decision_maker', 0, 'resistant', null, 0.3],
  ['budget_holder', 0, 'resistant', null, 0.3],
  ['executive_sponsor', 0, 'resistant', null, 0.3],
  ['champion', 0, 'resistant', null, 0.3],
  ['influencer', 0, 'resistant', null, 0.3],
  ['main_contact', 1, 'neutral', 60, 0.3],
  ['day_to_day_user', 1, 'resistant', null, 0.3],
];

/** A fresh copy each call, so callers may edit it. Unknown segments get the enterprise values under their own id. */
export function defaultCoverageModel(segmentId: string): CoverageModel {
  switch (segmentId) {
    case 'strategic':
      return model(segmentId, STRATEGIC, 3, 90);
    case 'community':
      // One engaged person is enough here, so single-threaded never applies.
      return model(segmentId, COMMUNITY, 1, 90);
    default:
      return model(segmentId, ENTERPRISE, 2, 90);
  }
}
