/** Small shared pieces for gap detectors: identity, wording, severity steps. */
import { DECISION_MAKER_PERSONAS, PERSONA_LABELS, type Persona } from '../../../domain/personas.ts';
import { type Gap, type GapFacts, type GapKind, SEVERITIES, type Severity } from './types.ts';

/** Same kind, persona and stakeholder = the same gap across recomputes, so plans stay idempotent. */
export function gapKey(kind: GapKind, persona: Persona | null, stakeholderId: string | null): string {
  return `${kind}:${persona ?? '-'}:${stakeholderId ?? '-'}`;
}

export function makeGap(
  kind: GapKind,
  severity: Severity,
  persona: Persona | null,
  stakeholderId: string | null,
  explanation: string,
  facts?: GapFacts,
): Gap {
  return { kind, severity, persona, stakeholderId, key: gapKey(kind, persona, stakeholderId), explanation, ...(facts ? { facts } : {}) };
}

/** "Executive sponsor" at the start of a sentence, "executive sponsor" in the middle. */
export function personaLabel(persona: Persona, midSentence = false): string {
  const label = PERSONA_LABELS[persona];
  return midSentence ? label.toLowerCase() : label;
}

export function personaPlural(persona: Persona, midSentence = false): string {
  return `${personaLabel(persona, midSentence)}s`;
}

export function holdsDecisionMakerPersona(personas: readonly Persona[]): boolean {
  return personas.some((p) => DECISION_MAKER_PERSONAS.includes(p));
}

/** One step more severe, capped at critical. */
export function raiseSeverity(severity: Severity): Severity {
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(severity) - 1)]!;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
