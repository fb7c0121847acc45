/**
 * CRM contact roles → personas. Salesforce's contact-role picklist (AccountContactRelation.Roles,
 * OpportunityContactRole.Role) and HubSpot's Buying Role (internal values like DECISION_MAKER and
 * their labels) map through one editable table. A role mapped to [] is known but carries no persona
 * (Other, Blocker, Legal and compliance); a role missing from the table is reported, never guessed.
 */
import { PERSONA_LABELS, PERSONAS, type Persona } from '../../../domain/personas.ts';
import { normalizeWords } from './normalize.ts';

/** Keys are matched case-, space- and punctuation-insensitively ("ECONOMIC_BUYER" = "Economic buyer"). */
export type RoleMapping = Readonly<Record<string, readonly Persona[]>>;

const PERSONA_NAMES: Record<string, Persona[]> = Object.fromEntries(
  PERSONAS.flatMap((p) => [
    [p, [p]],
    [PERSONA_LABELS[p], [p]],
  ]),
);

export const DEFAULT_ROLE_MAPPING: RoleMapping = {
  ...PERSONA_NAMES,
  // Salesforce contact-role picklist (both objects share it).
  'Decision Maker': ['decision_maker'],
  'Economic Buyer': ['budget_holder'],
  'Economic Decision Maker': ['budget_holder'],
  'Executive Sponsor': ['executive_sponsor'],
  Influencer: ['influencer'],
  Evaluator: ['influencer'],
  'Technical Buyer': ['influencer'],
  'Business User': ['day_to_day_user'],
  Other: [],
  // HubSpot Buying Role (internal values; their labels normalise to the same words).
  DECISION_MAKER: ['decision_maker'],
  BUDGET_HOLDER: ['budget_holder'],
  CHAMPION: ['champion'],
  INFLUENCER: ['influencer'],
  END_USER: ['day_to_day_user'],
  EXECUTIVE_SPONSOR: ['executive_sponsor'],
  // A blocker is a sentiment, not a role in the buying group: left to the CSM's assessment.
  BLOCKER: [],
  LEGAL_AND_COMPLIANCE: [],
  OTHER: [],
};

export type RoleMappingResult = {
  personas: Persona[];
  /** Roles in the table that carry no persona. */
  ignored: string[];
  /** Roles not in the table: the caller reports them. */
  unknown: string[];
};

const indexes = new WeakMap<RoleMapping, Map<string, readonly Persona[]>>();

function indexOf(mapping: RoleMapping): Map<string, readonly Persona[]> {
  let index = indexes.get(mapping);
  if (!index) {
    index = new Map(Object.entries(mapping).map(([role, personas]) => [normalizeWords(role), personas]));
    indexes.set(mapping, index);
  }
  return index;
}

/** Personas in PERSONAS order, each once. */
export function mapContactRoles(roles: readonly string[], mapping: RoleMapping = DEFAULT_ROLE_MAPPING): RoleMappingResult {
  const index = indexOf(mapping);
  const found = new Set<Persona>();
  const ignored: string[] = [];
  const unknown: string[] = [];
  for (const role of roles) {
    const personas = index.get(normalizeWords(role));
    if (!personas) unknown.push(role);
    else if (personas.length === 0) ignored.push(role);
    else for (const p of personas) found.add(p);
  }
  return { personas: PERSONAS.filter((p) => found.has(p)), ignored, unknown };
}
