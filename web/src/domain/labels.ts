/** Display labels for the shared vocabulary; the server owns the values, the UI owns the words. */

import { PERSONA_LABELS, PERSONAS, type Persona } from '@domain/personas.ts';
import {
  KEY_TO_SUCCESS,
  type KeyToSuccess,
  LIFECYCLE_STAGES,
  type LifecycleStage,
  REGIONS,
  type Region,
  ROLES,
  type Role,
  SENTIMENTS,
  type Sentiment,
  SIZE_BANDS,
  type SizeBand,
  TIERS,
  type Tier,
  TOUCHPOINT_KINDS,
  type TouchpointKind,
} from '@domain/vocabulary.ts';

export type { KeyToSuccess, LifecycleStage, Persona, Region, Role, Sentiment, SizeBand, Tier, TouchpointKind };
export { KEY_TO_SUCCESS, LIFECYCLE_STAGES, PERSONAS, REGIONS, ROLES, SENTIMENTS, SIZE_BANDS, TIERS, TOUCHPOINT_KINDS };

export const TIER_LABELS: Record<Tier, string> = { community: 'Community', enterprise: 'Enterprise', strategic: 'Strategic' };

export const SIZE_BAND_LABELS: Record<SizeBand, string> = {
  smb: 'SMB',
  mid_market: 'Mid-market',
  enterprise: 'Enterprise',
  large_enterprise: 'Large enterprise',
};

export const REGION_LABELS: Record<Region, string> = {
  north_america: 'North America',
  latin_america: 'Latin America',
  emea: 'EMEA',
  apac: 'APAC',
};

export const STAGE_LABELS: Record<LifecycleStage, string> = {
  discovery: 'Discovery',
  qualification: 'Qualification',
  selection: 'Selection',
  implementation: 'Implementation',
  adoption: 'Adoption',
  maintenance: 'Maintenance',
  change: 'Change',
  renewal: 'Renewal',
  churned: 'Churned',
  renewed: 'Renewed',
};

export const KEY_TO_SUCCESS_LABELS: Record<KeyToSuccess, string> = {
  critical: 'Critical',
  important: 'Important',
  peripheral: 'Peripheral',
};

export const SENTIMENT_LABELS: Record<Sentiment, string> = {
  detractor: 'Detractor',
  resistant: 'Resistant',
  neutral: 'Neutral',
  supportive: 'Supportive',
};

export const TOUCHPOINT_KIND_LABELS: Record<TouchpointKind, string> = {
  call: 'Call',
  meeting: 'Meeting',
  email: 'E-mail',
  qbr: 'QBR',
  ebr: 'EBR',
  onsite: 'On-site visit',
  event: 'Event',
  note: 'Internal note',
};

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', leader: 'CS leader', csm: 'CSM', viewer: 'Viewer' };

export { PERSONA_LABELS };

/** Looks up a label, falling back to a readable version of an unknown (configurable) value. */
export function labelOf(labels: Record<string, string>, value: string | null | undefined, empty = '—'): string {
  if (!value) return empty;
  return labels[value] ?? humanize(value);
}

export function humanize(value: string): string {
  const spaced = value.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export const optionsOf = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

export const personaLabel = (p: string) => labelOf(PERSONA_LABELS, p);

export const SENIORITY_LABELS: Record<string, string> = {
  c_level: 'C-level',
  vp: 'VP',
  director: 'Director',
  head: 'Head of',
  manager: 'Manager',
  senior_individual: 'Senior individual contributor',
  individual: 'Individual contributor',
  unknown: 'Seniority unknown',
};

/** Personas in the vocabulary's order, so badges read the same everywhere. */
export const sortPersonas = (personas: readonly string[]) => [...personas].sort((a, b) => indexOr(PERSONAS, a) - indexOr(PERSONAS, b));

const indexOr = (list: readonly string[], value: string) => {
  const i = list.indexOf(value);
  return i === -1 ? list.length : i;
};
