/**
 * Invented B2B company names and their e-mail domains. Names are built from made-up stems or unusual
 * word pairs so they read like real companies without being any; every domain ends in ".example"
 * (reserved by RFC 2606), so a demo that sends assessments can never mail a real person.
 */
import type { Region } from '../../../domain/vocabulary.ts';
import type { Random } from './random.ts';

/** Labels as a Salesforce or HubSpot export would carry them, since imports fill the same column. */
// biome-ignore format: word lists read better packed than one per line
export const INDUSTRY_NOUNS: Readonly<Record<string, readonly string[]>> = {
  Technology: ['Software', 'Systems', 'Labs', 'Analytics', 'Cloud', 'Digital'],
  'Financial Services': ['Capital', 'Financial', 'Bank', 'Payments', 'Wealth', 'Credit'],
  Healthcare: ['Health', 'Medical', 'Care', 'Clinics', 'Diagnostics', 'Biotech'],
  Manufacturing: ['Manufacturing', 'Industries', 'Components', 'Precision', 'Materials', 'Works'],
  Retail: ['Retail', 'Outfitters', 'Markets', 'Home', 'Goods', 'Stores'],
  Transportation: ['Logistics', 'Freight', 'Transport', 'Shipping', 'Mobility', 'Carriers'],
  Education: ['Learning', 'Academy', 'Education', 'College', 'Schools', 'Institute'],
  Energy: ['Energy', 'Power', 'Renewables', 'Utilities', 'Solar', 'Grid'],
  Telecommunications: ['Telecom', 'Networks', 'Communications', 'Connect', 'Fiber', 'Wireless'],
  Consulting: ['Consulting', 'Partners', 'Advisory', 'Group', 'Associates', 'Strategy'],
  Media: ['Media', 'Studios', 'Publishing', 'Broadcasting', 'Entertainment', 'Press'],
  Insurance: ['Insurance', 'Mutual', 'Assurance', 'Underwriters', 'Risk', 'Life'],
};

export const INDUSTRIES = Object.keys(INDUSTRY_NOUNS);

const INDUSTRY_WEIGHTS: readonly (readonly [string, number])[] = INDUSTRIES.map((industry) => [
  industry,
  industry === 'Technology' || industry === 'Financial Services' ? 2 : industry === 'Media' ? 0.7 : 1,
]);

// biome-ignore format: word lists read better packed than one per line
const ONSETS = [
  'Ar', 'Bel', 'Cor', 'Dal', 'Ev', 'Fen', 'Gal', 'Hal', 'Ist', 'Jor', 'Kel', 'Lum', 'Mar', 'Nor', 'Oct',
  'Pel', 'Quor', 'Ros', 'Sel', 'Tal', 'Ul', 'Ver', 'Wen', 'Xan', 'Yar', 'Zel', 'Bram', 'Cal', 'Dor', 'Esk',
  'Fal', 'Gry', 'Kest', 'Lor', 'Mer', 'Ost', 'Pra', 'Riv', 'Strat', 'Vel',
];
// biome-ignore format: word lists read better packed than one per line
const ENDINGS = [
  'ara', 'ion', 'ent', 'ora', 'ix', 'ova', 'enta', 'ario', 'wick', 'vale', 'gate', 'stead', 'holt',
  'brook', 'ane', 'ero', 'ium', 'yx', 'ander', 'ith', 'aro', 'iva', 'esse', 'una',
];
// biome-ignore format: word lists read better packed than one per line
const FIRST_WORDS = [
  'Copper', 'Granite', 'Silver', 'Amber', 'Cobalt', 'Juniper', 'Saffron', 'Indigo', 'Slate', 'Ember',
  'Harbor', 'Meadow', 'Summit', 'Cedar', 'Willow', 'Tidal', 'Lantern', 'Beacon', 'Quarry', 'Orchard',
  'Northbound', 'Hollow', 'Falcon', 'Heron', 'Marble', 'Linden', 'Aster', 'Basalt', 'Kelp', 'Thistle',
];
// biome-ignore format: word lists read better packed than one per line
const SECOND_WORDS = [
  'Quay', 'Ridge', 'Crest', 'Finch', 'Fjord', 'Delta', 'Mesa', 'Lark', 'Pine', 'Brook', 'Knoll', 'Vale',
  'Kite', 'Stone', 'Field', 'Bay', 'Row', 'Yard', 'Point', 'Reach', 'Loop', 'Arc', 'Wharf', 'Mill',
  'Ferry', 'Grove', 'Spire', 'Moor', 'Sound', 'Gate',
];

// biome-ignore format: word lists read better packed than one per line
const LEGAL_SUFFIXES: Record<Region, readonly string[]> = {
  north_america: ['Inc.', 'LLC', 'Corp.'],
  emea: ['Ltd', 'GmbH', 'AG', 'SA', 'BV', 'plc', 'AB'],
  apac: ['Pty Ltd', 'Pte Ltd', 'K.K.', 'Ltd'],
  latin_america: ['S.A.', 'S.A. de C.V.', 'Ltda.'],
};

export type CompanyName = { name: string; domain: string };

export type CompanyNamer = { next(random: Random, industry: string, region: Region): CompanyName };

/** Keeps names and domains unique across one portfolio; people's e-mails depend on unique domains. */
export function createCompanyNamer(): CompanyNamer {
  const names = new Set<string>();
  const domains = new Set<string>();

  const stem = (random: Random) =>
    random.chance(0.6) ? random.pick(ONSETS) + random.pick(ENDINGS) : `${random.pick(FIRST_WORDS)} ${random.pick(SECOND_WORDS)}`;

  const claimDomain = (stemText: string, noun: string): string => {
    const base = stemText.toLowerCase().replace(/[^a-z]/g, '');
    const candidates = [base, base + noun.toLowerCase().replace(/[^a-z]/g, '')];
    for (const candidate of candidates) {
      if (!domains.has(candidate)) {
        domains.add(candidate);
        return `${candidate}.example`;
      }
    }
    for (let n = 2; ; n++) {
      const candidate = `${candidates[1]}${n}`;
      if (!domains.has(candidate)) {
        domains.add(candidate);
        return `${candidate}.example`;
      }
    }
  };

  return {
    next(random, industry, region) {
      for (let attempt = 0; ; attempt++) {
        const stemText = stem(random);
        const noun = random.pick(INDUSTRY_NOUNS[industry]);
        let name = `${stemText} ${noun}`;
        if (random.chance(0.35)) name += ` ${random.pick(LEGAL_SUFFIXES[region])}`;
        // Past a few collisions (only at bench scale) a number keeps the name unique.
        if (names.has(name) && attempt > 8) name += ` ${attempt}`;
        if (names.has(name)) continue;
        names.add(name);
        return { name, domain: claimDomain(stemText, noun) };
      }
    },
  };
}

export function pickIndustry(random: Random): string {
  return random.weighted(INDUSTRY_WEIGHTS);
}
