/**
 * Who sits around the table at a customer, by tier: the personas, how much success depends on each
 * (key to success) and a job title that a CSM would recognise as fitting the persona.
 */
import type { Persona } from '../../../domain/personas.ts';
import type { KeyToSuccess, Tier } from '../../../domain/vocabulary.ts';
import type { Random } from './random.ts';

export type RosterSlot = { personas: Persona[]; keyToSuccess: KeyToSuccess; title: string };

// biome-ignore format: word lists read better packed than one per line
const TITLES = {
  sponsor: [
    'Chief Operating Officer', 'Chief Executive Officer', 'Chief Revenue Officer', 'Chief Information Officer',
    'Chief Customer Officer', 'Chief Technology Officer', 'Executive Vice President, Operations', 'Chief Digital Officer',
  ],
  smallSponsor: ['Managing Director', 'Founder & CEO', 'Chief Executive Officer', 'General Manager'],
  decisionMaker: [
    'VP Customer Operations', 'VP Operations', 'IT Director', 'Director of IT', 'Head of Customer Support',
    'VP Sales Operations', 'Director of Digital Transformation', 'VP Engineering', 'Director of Customer Experience',
  ],
  smallDecisionMaker: ['Head of Operations', 'Operations Director', 'Head of IT', 'Director of Finance & Operations'],
  budget: [
    'Procurement Manager', 'Head of Procurement', 'Finance Director', 'VP Finance', 'Strategic Sourcing Manager',
    'Chief Financial Officer',
  ],
  champion: [
    'Senior Operations Manager', 'Customer Operations Lead', 'Program Manager', 'Business Systems Manager',
    'Head of Service Delivery', 'Operational Excellence Lead',
  ],
  mainContact: [
    'Operations Manager', 'Project Manager', 'Systems Administrator', 'Business Applications Manager', 'IT Manager',
    'Platform Manager',
  ],
  influencer: [
    'Solutions Architect', 'Senior Business Analyst', 'Security Lead', 'Enterprise Architect', 'Data Protection Officer',
    'Head of Data', 'Principal Engineer', 'Training Manager',
  ],
  user: [
    'Operations Analyst', 'Support Specialist', 'Account Coordinator', 'Business Analyst', 'Data Analyst',
    'Customer Support Team Lead', 'Customer Support Agent', 'Sales Operations Specialist', 'Service Desk Analyst',
    'Reporting Analyst', 'Implementation Specialist', 'Marketing Operations Specialist',
  ],
} as const;

/** Titles for a persona added later (a person who moved, a consultant), used by the cross-account links. */
export function titleFor(random: Random, persona: Persona): string {
  switch (persona) {
    case 'executive_sponsor':
      return random.pick(TITLES.sponsor);
    case 'decision_maker':
      return random.pick(TITLES.decisionMaker);
    case 'budget_holder':
      return random.pick(TITLES.budget);
    case 'champion':
      return random.pick(TITLES.champion);
    case 'main_contact':
      return random.pick(TITLES.mainContact);
    case 'influencer':
      return random.pick(TITLES.influencer);
    case 'day_to_day_user':
      return random.pick(TITLES.user);
  }
}

export type RosterOptions = {
  /** False for the "no executive sponsor" story; otherwise enterprise and strategic always have one. */
  withSponsor: boolean;
  /** Stories about "the champion" need exactly one, or another champion would hide the problem. */
  singleChampion: boolean;
};

const STAKEHOLDER_COUNTS: Record<Tier, readonly [number, number]> = {
  community: [3, 5],
  enterprise: [8, 12],
  strategic: [16, 20],
};

/** Order matters: the first slot is always the main contact, which the touchpoint generator relies on. */
export function buildRoster(random: Random, tier: Tier, options: RosterOptions): RosterSlot[] {
  const [min, max] = STAKEHOLDER_COUNTS[tier];
  const size = random.int(min, max);
  const slots: RosterSlot[] = [];
  const add = (personas: Persona[], keyToSuccess: KeyToSuccess, title: string) => slots.push({ personas, keyToSuccess, title });

  if (tier === 'community') {
    const mainIsChampion = random.chance(0.4);
    add(
      mainIsChampion ? ['main_contact', 'champion'] : ['main_contact'],
      mainIsChampion ? 'critical' : 'important',
      random.pick(TITLES.mainContact),
    );
    add(['decision_maker', 'budget_holder'], 'critical', random.pick(TITLES.smallDecisionMaker));
    // Digital, one-to-many accounts often never meet an executive: only some have a sponsor on record.
    if (options.withSponsor && random.chance(0.4)) add(['executive_sponsor'], 'critical', random.pick(TITLES.smallSponsor));
  } else {
    const championIsMain = !options.singleChampion && random.chance(0.25);
    add(championIsMain ? ['main_contact', 'champion'] : ['main_contact'], 'important', random.pick(TITLES.mainContact));
    if (options.withSponsor) add(['executive_sponsor'], 'critical', random.pick(TITLES.sponsor));
    add(['decision_maker'], 'critical', random.pick(TITLES.decisionMaker));
    if (tier === 'strategic') add(['decision_maker'], 'important', random.pick(TITLES.decisionMaker));
    add(['budget_holder'], random.chance(0.5) ? 'critical' : 'important', random.pick(TITLES.budget));
    if (!championIsMain) add(['champion'], 'critical', random.pick(TITLES.champion));
    if (tier === 'strategic' && !options.singleChampion && random.chance(0.5)) {
      add(['champion', 'influencer'], 'important', random.pick(TITLES.champion));
    }
    const influencers = tier === 'strategic' ? random.int(2, 4) : random.int(1, 2);
    for (let i = 0; i < influencers; i++) {
      add(['influencer'], random.chance(0.6) ? 'important' : 'peripheral', random.pick(TITLES.influencer));
    }
  }
  while (slots.length < size) {
    add(['day_to_day_user'], random.chance(0.2) ? 'important' : 'peripheral', random.pick(TITLES.user));
  }
  return slots;
}

/** How often a persona shows up in touchpoints: main contacts weekly, executives a few times a year. */
export function engagementWeight(personas: readonly Persona[]): number {
  let weight = 0;
  for (const persona of personas) weight = Math.max(weight, ENGAGEMENT[persona]);
  return weight;
}

const ENGAGEMENT: Record<Persona, number> = {
  main_contact: 6,
  champion: 5,
  day_to_day_user: 2.5,
  influencer: 2,
  decision_maker: 1.5,
  budget_holder: 0.8,
  executive_sponsor: 0.7,
};
