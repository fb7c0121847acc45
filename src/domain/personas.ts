/** The persona vocabulary of SPEC §1. Persona groups drive scoring later (decision makers vs influencing users). */
export const PERSONAS = [
  'decision_maker',
  'budget_holder',
  'executive_sponsor',
  'champion',
  'influencer',
  'main_contact',
  'day_to_day_user',
] as const;
export type Persona = (typeof PERSONAS)[number];

export const DECISION_MAKER_PERSONAS: readonly Persona[] = ['decision_maker', 'budget_holder', 'executive_sponsor'];
export const INFLUENCING_USER_PERSONAS: readonly Persona[] = ['champion', 'influencer', 'main_contact', 'day_to_day_user'];

export const PERSONA_LABELS: Record<Persona, string> = {
  decision_maker: 'Decision maker',
  budget_holder: 'Budget holder',
  executive_sponsor: 'Executive sponsor',
  champion: 'Champion',
  influencer: 'Influencer',
  main_contact: 'Main contact',
  day_to_day_user: 'Day-to-day user',
};

export type PersonaGroup = 'decision_makers' | 'influencing_users';
export function personaGroup(persona: Persona): PersonaGroup {
  return DECISION_MAKER_PERSONAS.includes(persona) ? 'decision_makers' : 'influencing_users';
}
