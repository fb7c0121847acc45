/** Exactly one engaged stakeholder carries the account. Zero engaged is a recency problem, not a threading one. */
import { daysBetween } from '../../../../lib/dates.ts';
import { makeGap } from '../gap-support.ts';
import type { GapDetector } from '../types.ts';

export const singleThreadedDetector: GapDetector = {
  kind: 'single_threaded',
  detect({ account, model, asOf }) {
    // A model that asks for one engaged person (community) cannot be single-threaded.
    if (model.minEngagedStakeholders < 2) return [];
    const engaged = account.stakeholders.filter(
      (s) => s.status === 'active' && s.lastEngagedAt !== null && daysBetween(s.lastEngagedAt, asOf) <= model.engagementWindowDays,
    );
    if (engaged.length !== 1) return [];
    const only = engaged[0]!;
    const explanation =
      `Only ${only.name} was engaged in the last ${model.engagementWindowDays} days ` +
      `(the model wants at least ${model.minEngagedStakeholders}): the account hangs on one person`;
    return [
      makeGap('single_threaded', 'high', null, only.stakeholderId, explanation, {
        count: 1,
        wanted: model.minEngagedStakeholders,
        stakeholderName: only.name,
      }),
    ];
  },
};
