/** Some holders of a persona, but fewer than the model wants. */
import { makeGap, personaPlural } from '../gap-support.ts';
import { activeHolders } from '../recency.ts';
import type { Gap, GapDetector } from '../types.ts';

export const tooFewDetector: GapDetector = {
  kind: 'too_few',
  detect({ account, model }) {
    const gaps: Gap[] = [];
    for (const req of model.requirements) {
      const count = activeHolders(account, req.persona).length;
      if (count === 0 || count >= req.minCount) continue;
      // Users come and go; one short there matters less than a missing champion.
      const severity = req.persona === 'day_to_day_user' ? 'low' : 'medium';
      const explanation = `${personaPlural(req.persona)}: ${count} of ${req.minCount} wanted`;
      gaps.push(makeGap('too_few', severity, req.persona, null, explanation, { count, wanted: req.minCount }));
    }
    return gaps;
  },
};
