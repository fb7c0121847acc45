import { describe, expect, it } from 'vitest';
import { type Persona, type Seniority, suggestPersonas } from './persona-suggestion.ts';

type Case = {
  title: string;
  personas: Persona[];
  seniority: Seniority;
  /** Personas that would be a costly mistake for this title. */
  never?: Persona[];
  minConfidence?: number;
  maxConfidence?: number;
};

const cases: Case[] = [
  // C-level and owners: executive sponsors; the general executives also decide.
  {
    title: 'Chief Executive Officer',
    personas: ['executive_sponsor', 'decision_maker'],
    seniority: 'c_level',
    minConfidence: 0.9,
  },
  { title: 'CEO', personas: ['executive_sponsor', 'decision_maker'], seniority: 'c_level', minConfidence: 0.9 },
  { title: 'CFO', personas: ['budget_holder', 'executive_sponsor'], seniority: 'c_level', minConfidence: 0.85 },
  { title: 'Chief Financial Officer', personas: ['budget_holder', 'executive_sponsor'], seniority: 'c_level' },
  { title: 'COO', personas: ['executive_sponsor', 'decision_maker'], seniority: 'c_level' },
  { title: 'CTO', personas: ['executive_sponsor'], seniority: 'c_level' },
  { title: 'CISO', personas: ['executive_sponsor'], seniority: 'c_level' },
  { title: 'Chief Customer Officer', personas: ['executive_sponsor'], seniority: 'c_level' },
  { title: 'Chief Procurement Officer', personas: ['budget_holder', 'executive_sponsor'], seniority: 'c_level' },
  { title: 'CPO', personas: ['executive_sponsor'], seniority: 'c_level', maxConfidence: 0.85 },
  { title: 'President & CEO', personas: ['executive_sponsor', 'decision_maker'], seniority: 'c_level' },
  { title: 'Co-Founder & CTO', personas: ['executive_sponsor', 'decision_maker'], seniority: 'c_level' },
  { title: 'Owner', personas: ['executive_sponsor', 'decision_maker'], seniority: 'c_level' },
  { title: 'Managing Director', personas: ['executive_sponsor', 'decision_maker'], seniority: 'c_level' },
  { title: 'General Manager, EMEA', personas: ['executive_sponsor', 'decision_maker'], seniority: 'head' },
  { title: 'Chairman of the Board', personas: ['executive_sponsor'], seniority: 'c_level' },
  // Vice presidents: abbreviations and punctuation read the same.
  { title: 'VP Customer Success', personas: ['decision_maker'], seniority: 'vp', minConfidence: 0.75 },
  { title: 'Vice-President, Sales', personas: ['decision_maker'], seniority: 'vp' },
  { title: 'V.P. of Finance', personas: ['budget_holder', 'decision_maker'], seniority: 'vp' },
  { title: 'SVP, Operations', personas: ['executive_sponsor', 'decision_maker'], seniority: 'vp' },
  { title: 'Sr. VP & GM', personas: ['executive_sponsor', 'decision_maker'], seniority: 'vp' },
  { title: 'AVP, IT', personas: ['decision_maker'], seniority: 'vp', maxConfidence: 0.6 },
  // Directors and heads.
  { title: 'Director of Procurement', personas: ['budget_holder', 'decision_maker'], seniority: 'director' },
  { title: 'Sr. Dir., Finance & Ops', personas: ['budget_holder', 'decision_maker'], seniority: 'director' },
  { title: 'Dir. of IT', personas: ['decision_maker'], seniority: 'director' },
  { title: 'Director', personas: ['decision_maker'], seniority: 'director', maxConfidence: 0.6 },
  { title: 'Head of Customer Success', personas: ['decision_maker'], seniority: 'head' },
  { title: 'Head, Procurement', personas: ['budget_holder', 'decision_maker'], seniority: 'head' },
  { title: 'Controller', personas: ['budget_holder'], seniority: 'director' },
  // Managers, leads and admins of the product area: the day-to-day relationship.
  { title: 'Procurement Manager', personas: ['budget_holder'], seniority: 'manager' },
  { title: 'Purchasing Mgr', personas: ['budget_holder'], seniority: 'manager' },
  { title: 'Customer Success Manager', personas: ['main_contact'], seniority: 'manager' },
  { title: 'IT Manager', personas: ['main_contact'], seniority: 'manager' },
  { title: 'Operations Manager', personas: ['main_contact'], seniority: 'manager' },
  { title: 'Manager', personas: ['main_contact'], seniority: 'manager', maxConfidence: 0.35 },
  { title: 'Team Lead', personas: ['main_contact'], seniority: 'manager' },
  { title: 'System Administrator', personas: ['main_contact'], seniority: 'individual' },
  { title: 'Salesforce Admin', personas: ['main_contact'], seniority: 'individual' },
  // Experts and advisers influence.
  { title: 'Solutions Architect', personas: ['influencer'], seniority: 'senior_individual' },
  { title: 'Principal Engineer', personas: ['influencer'], seniority: 'senior_individual' },
  { title: 'Management Consultant', personas: ['influencer'], seniority: 'individual' },
  { title: 'Buyer', personas: ['influencer'], seniority: 'individual', never: ['budget_holder'] },
  // Individual contributors use the product.
  { title: 'Data Analyst', personas: ['day_to_day_user'], seniority: 'individual' },
  { title: 'Senior Software Engineer', personas: ['day_to_day_user'], seniority: 'senior_individual' },
  { title: 'Sales Development Rep', personas: ['day_to_day_user'], seniority: 'individual' },
  { title: 'Jr. Analyst', personas: ['day_to_day_user'], seniority: 'individual' },
  { title: 'Customer Support Specialist', personas: ['day_to_day_user'], seniority: 'individual' },
  // Traps: words borrowed from senior titles.
  { title: 'Financial Analyst', personas: ['day_to_day_user'], seniority: 'individual', never: ['budget_holder'] },
  {
    title: 'Assistant to the CEO',
    personas: ['main_contact'],
    seniority: 'individual',
    never: ['executive_sponsor', 'decision_maker'],
    maxConfidence: 0.35,
  },
  {
    title: 'Executive Assistant to the CFO',
    personas: ['main_contact'],
    seniority: 'individual',
    never: ['executive_sponsor', 'budget_holder'],
  },
  { title: 'Executive Assistant', personas: ['main_contact'], seniority: 'individual', never: ['executive_sponsor'] },
  {
    title: 'Account Executive',
    personas: ['day_to_day_user'],
    seniority: 'individual',
    never: ['executive_sponsor', 'decision_maker'],
  },
  { title: 'Chief of Staff', personas: ['influencer'], seniority: 'director', never: ['executive_sponsor'] },
  { title: 'Chief of Staff to the CEO', personas: ['influencer'], seniority: 'director', never: ['executive_sponsor'] },
  { title: 'Non-Executive Director', personas: ['influencer'], seniority: 'c_level', never: ['decision_maker'] },
  {
    title: 'Director, Office of the CEO',
    personas: ['decision_maker'],
    seniority: 'director',
    never: ['executive_sponsor'],
  },
  { title: 'Product Owner', personas: ['influencer'], seniority: 'senior_individual', never: ['executive_sponsor'] },
  { title: 'Founding Engineer', personas: ['day_to_day_user'], seniority: 'individual', never: ['executive_sponsor'] },
  { title: 'Air Traffic Controller', personas: ['day_to_day_user'], seniority: 'individual', never: ['budget_holder'] },
  { title: 'Funeral Director', personas: ['day_to_day_user'], seniority: 'individual', never: ['decision_maker'] },
  {
    title: 'Chief Petty Officer',
    personas: ['influencer'],
    seniority: 'senior_individual',
    never: ['executive_sponsor'],
  },
  { title: 'Certified Prosthetist Orthotist (CPO)', personas: [], seniority: 'unknown', never: ['executive_sponsor'] },
  {
    title: 'Sales Director @ Chief Inc',
    personas: ['decision_maker'],
    seniority: 'director',
    never: ['executive_sponsor'],
  },
  { title: 'Head Chef', personas: [], seniority: 'unknown' },
  // Nothing to go on.
  { title: 'Administrator', personas: ['main_contact'], seniority: 'unknown', maxConfidence: 0.35 },
  { title: 'Welder', personas: [], seniority: 'unknown', maxConfidence: 0 },
  { title: '!!!', personas: [], seniority: 'unknown', maxConfidence: 0 },
  { title: '   ', personas: [], seniority: 'unknown', maxConfidence: 0 },
];

describe('suggestPersonas', () => {
  it.each(cases)('$title → $personas ($seniority)', ({ title, personas, seniority, never = [], minConfidence, maxConfidence }) => {
    const suggestion = suggestPersonas(title);
    expect(suggestion.personas).toEqual(personas);
    expect(suggestion.seniority).toBe(seniority);
    for (const persona of never) expect(suggestion.personas).not.toContain(persona);
    if (minConfidence !== undefined) expect(suggestion.confidence).toBeGreaterThanOrEqual(minConfidence);
    if (maxConfidence !== undefined) expect(suggestion.confidence).toBeLessThanOrEqual(maxConfidence);
    expect(suggestion.reasons.length).toBeGreaterThan(0);
  });

  it('never suggests champion, and keeps confidence within 0..1', () => {
    for (const { title } of cases) {
      const { personas, confidence } = suggestPersonas(title);
      expect(personas).not.toContain('champion');
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  it.each([null, undefined, ''])('returns nothing, with a reason, for %s', (title) => {
    expect(suggestPersonas(title)).toEqual({
      personas: [],
      seniority: 'unknown',
      confidence: 0,
      reasons: ['No title given'],
    });
  });

  it('says why an unrecognised title gives nothing', () => {
    expect(suggestPersonas('Welder').reasons).toEqual(['No known role or seniority word in "Welder"']);
  });

  it.each([
    ['VP Sales', 'Vice President of Sales'],
    ['VP Sales', 'vice-president, SALES'],
    ['CFO', 'Chief Financial Officer (CFO)'],
    ['Sr. Manager', 'Senior Manager'],
    ['Procurement Mgr.', 'Manager, Procurement'],
  ])('reads "%s" the same as "%s"', (a, b) => {
    const [first, second] = [suggestPersonas(a), suggestPersonas(b)];
    expect({ ...first, reasons: undefined }).toEqual({ ...second, reasons: undefined });
  });

  it('is more confident the more specific the title', () => {
    const confidence = (title: string) => suggestPersonas(title).confidence;
    expect(confidence('Chief Executive Officer')).toBeGreaterThan(confidence('VP Customer Success'));
    expect(confidence('Director of Marketing')).toBeGreaterThan(confidence('Director'));
    expect(confidence('Director of Marketing')).toBeGreaterThan(confidence('Associate Director, Marketing'));
    expect(confidence('Procurement Manager')).toBeGreaterThan(confidence('Manager'));
    expect(confidence('VP Customer Success')).toBeGreaterThan(confidence('AVP Customer Success'));
  });

  it('explains a C-level match in words a user can check', () => {
    expect(suggestPersonas('CFO').reasons).toContain('Title names a C-level role (Chief Financial Officer)');
    expect(suggestPersonas('CPO').reasons[0]).toMatch(/^Title names a C-level role \(CPO\)/);
    expect(suggestPersonas('Assistant to the CEO').reasons).toContain('Words after "to" name whom they support, not their own role');
  });
});
