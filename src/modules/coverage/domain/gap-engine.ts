/** The gap engine: runs every detector over one account's facts and orders the result for people to read. */
import { PERSONAS } from '../../../domain/personas.ts';
import { keyStakeholderLeftDetector } from './detectors/key-stakeholder-left.ts';
import { missingPersonaDetector } from './detectors/missing-persona.ts';
import { recencyBreachedDetector } from './detectors/recency-breached.ts';
import { sentimentBelowTargetDetector } from './detectors/sentiment-below-target.ts';
import { sentimentDisagreementDetector } from './detectors/sentiment-disagreement.ts';
import { silentDetector } from './detectors/silent.ts';
import { singleThreadedDetector } from './detectors/single-threaded.ts';
import { tooFewDetector } from './detectors/too-few.ts';
import { type Gap, type GapContext, type GapDetector, SEVERITIES } from './types.ts';

/** A new kind plugs in by adding its detector here; no detector knows another. */
export const DEFAULT_DETECTORS: GapDetector[] = [
  missingPersonaDetector,
  tooFewDetector,
  sentimentBelowTargetDetector,
  recencyBreachedDetector,
  singleThreadedDetector,
  keyStakeholderLeftDetector,
  sentimentDisagreementDetector,
  silentDetector,
];

/** Critical first, then persona order (account-wide gaps last), then stakeholder name, then key for a stable order. */
export function findGaps(ctx: GapContext, detectors: readonly GapDetector[] = DEFAULT_DETECTORS): Gap[] {
  const names = new Map(ctx.account.stakeholders.map((s) => [s.stakeholderId, s.name]));
  const personaIndex = (g: Gap) => (g.persona ? PERSONAS.indexOf(g.persona) : PERSONAS.length);
  const nameOf = (g: Gap) => (g.stakeholderId ? (names.get(g.stakeholderId) ?? '') : '');
  return detectors
    .flatMap((d) => d.detect(ctx))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        personaIndex(a) - personaIndex(b) ||
        nameOf(a).localeCompare(nameOf(b)) ||
        a.key.localeCompare(b.key),
    );
}
