/** A key stakeholder left within the last year and nobody active holds any of their personas. */
import { PERSONAS } from '../../../../domain/personas.ts';
import { daysBetween } from '../../../../lib/dates.ts';
import { holdsDecisionMakerPersona, makeGap, personaLabel } from '../gap-support.ts';
import type { Gap, GapDetector } from '../types.ts';

const LOOKBACK_DAYS = 365;

export const keyStakeholderLeftDetector: GapDetector = {
  kind: 'key_stakeholder_left',
  detect({ account, asOf }) {
    const active = account.stakeholders.filter((s) => s.status === 'active');
    const gaps: Gap[] = [];
    for (const s of account.stakeholders) {
      if (s.status !== 'left') continue;
      const isCritical = s.keyToSuccess === 'critical';
      if (!isCritical && !holdsDecisionMakerPersona(s.personas)) continue;
      // An unknown leaving date still surfaces: silence would hide the loss of a key person.
      if (s.leftAt !== null) {
        const ago = daysBetween(s.leftAt, asOf);
        if (ago < 0 || ago > LOOKBACK_DAYS) continue;
      }
      if (s.personas.some((p) => active.some((a) => a.personas.includes(p)))) continue;
      const personas = PERSONAS.filter((p) => s.personas.includes(p));
      const roles = personas.length > 0 ? ` (${personas.map((p) => personaLabel(p, true)).join(', ')})` : '';
      const when = s.leftAt ? `on ${s.leftAt.slice(0, 10)}` : '(date not recorded)';
      const role = personas.length > 1 ? 'roles' : 'role';
      const explanation = `${isCritical ? 'Critical' : 'Key'} stakeholder ${s.name}${roles} left ${when} and nobody has taken over the ${role}`;
      const severity = s.personas.includes('executive_sponsor') || s.personas.includes('decision_maker') ? 'critical' : 'high';
      gaps.push(makeGap('key_stakeholder_left', severity, personas[0] ?? null, s.stakeholderId, explanation, { stakeholderName: s.name }));
    }
    return gaps;
  },
};
