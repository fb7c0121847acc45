/** A required persona nobody active holds. */
import { DECISION_MAKER_PERSONAS } from '../../../../domain/personas.ts';
import { makeGap, personaLabel } from '../gap-support.ts';
import { activeHolders } from '../recency.ts';
import type { Gap, GapDetector, Severity } from '../types.ts';

export const missingPersonaDetector: GapDetector = {
  kind: 'missing_persona',
  detect({ account, model }) {
    const gaps: Gap[] = [];
    for (const req of model.requirements) {
      if (req.minCount < 1 || activeHolders(account, req.persona).length > 0) continue;
      let severity: Severity = DECISION_MAKER_PERSONAS.includes(req.persona) ? 'high' : 'medium';
      // A strategic account without an executive sponsor has nobody at the top to defend the renewal.
      if (req.persona === 'executive_sponsor' && account.tier === 'strategic') severity = 'critical';
      const explanation = `No ${personaLabel(req.persona, true)}: the ${model.segmentId} model wants at least ${req.minCount}`;
      gaps.push(makeGap('missing_persona', severity, req.persona, null, explanation, { count: 0, wanted: req.minCount }));
    }
    return gaps;
  },
};
