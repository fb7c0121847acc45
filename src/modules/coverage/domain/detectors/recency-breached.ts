/** A persona whose latest engagement is older than the model's limit. Nobody holding it is missing_persona's job. */
import { makeGap, personaLabel, personaPlural, plural, raiseSeverity } from '../gap-support.ts';
import { activeHolders, isRecencyBreached, recencyByPersona } from '../recency.ts';
import type { Gap, GapDetector, Severity } from '../types.ts';

export const recencyBreachedDetector: GapDetector = {
  kind: 'recency_breached',
  detect({ account, model, asOf }) {
    const recency = recencyByPersona(account, asOf);
    const gaps: Gap[] = [];
    for (const req of model.requirements) {
      const limit = req.recencyDays;
      const holders = activeHolders(account, req.persona).length;
      const r = recency.get(req.persona);
      if (limit === null || holders === 0 || !r || !isRecencyBreached(r.days, limit)) continue;
      let severity: Severity = r.days === null || r.days > 2 * limit ? 'high' : 'medium';
      if (req.persona === 'executive_sponsor' || req.persona === 'decision_maker') severity = raiseSeverity(severity);
      const since = r.days === null ? 'never engaged' : `last engaged ${plural(r.days, 'day')} ago`;
      // With several holders the named one is the latest engaged; say so, or the sentence would blame one person for all.
      const who = holders > 1 ? `${r.name} (latest of ${holders})` : r.name;
      const explanation =
        r.days === null && holders > 1
          ? `${personaPlural(req.persona)}: none of ${holders} ever engaged; limit ${limit}`
          : `${personaLabel(req.persona)} ${who}: ${since}; limit ${limit}`;
      gaps.push(
        makeGap('recency_breached', severity, req.persona, r.stakeholderId, explanation, {
          daysSinceEngaged: r.days,
          limitDays: limit,
          count: holders,
          ...(r.name ? { stakeholderName: r.name } : {}),
        }),
      );
    }
    return gaps;
  },
};
