/**
 * Simple themes for verbatims (SPEC C4: "verbatims with simple themes"): each theme is a list of words
 * and phrases matched on word boundaries, case-insensitively. Deliberately plain and explainable — a
 * verbatim can carry several themes, and negation is not understood ("not easy" is still ease of use).
 */
import { classifyScore } from './nps.ts';
import { THEMES, type Theme, type ThemeSummary, type Verbatim } from './types.ts';

/** Between the words of a phrase: spaces, hyphens, a lost character (read as an apostrophe) or nothing ("set up", "set-up", "setup"). */
const GAP = "[\\s'-]*";
const phrase = (words: string) => words.split(' ').join(GAP);

/** Word and phrase patterns (regular-expression fragments, a space meaning "a gap") per theme. */
export const THEME_PATTERNS: Readonly<Record<Theme, readonly string[]>> = {
  support: [
    'support(?:ed|ing|s)?',
    'help desk',
    'help line',
    'service desk',
    'tickets?',
    'engineers?',
    'technicians?',
    'customer (?:service|services|care|support)',
    'tech(?:nical)? (?:support|team)',
    'call (?:centre|center)s?',
    'complain(?:t|ts|ed|ing)?',
    'escalat(?:e|ed|ion)',
    'resolv(?:e|ed|ing)',
    'fix(?:ed|ing)?',
    'sort(?:ed)? (?:it )?out',
    'troubleshoot(?:ing)?',
    'sorted',
    'live chat',
    'chat',
    'departments?',
  ],
  onboarding: [
    'on board(?:ing|ed)?',
    'set up',
    'setting up',
    'install(?:s|ed|ing|er|ers|ation|ations)?',
    'getting started',
    'get started',
    'activat(?:e|ed|ing|ion)',
    'implement(?:ed|ing|ation)?',
    'go live',
    'went live',
    'switch(?:ed|ing)? over',
    'migrat(?:e|ed|ing|ion)',
    'training',
    'welcome',
    'deliver(?:y|ed)',
    '(?<!in )order(?:ed|ing|s)?',
    'appointments?',
    'first (?:day|week|month)s?',
    'connect(?:ed|ing)?',
    'fitted',
    'up and running',
  ],
  pricing: [
    'pric(?:e|es|ed|ing|ey)',
    'costs?',
    'costly',
    'expensive',
    'cheap(?:er|est|ly)?',
    'bill(?:s|ed|ing)?',
    'charg(?:e|es|ed|ing)',
    'overcharg(?:e|ed|ing)',
    'contracts?',
    'value for money',
    'good value',
    'money',
    'fees?',
    'paid',
    'pay(?:ing|ment|ments)?',
    'refunds?(?:ed)?',
    'discounts?',
    'afford(?:able)?',
    'tariffs?',
    'deals?(?! with)',
    'invoices?',
  ],
  reliability: [
    'outages?',
    '(?<!let )(?<!turned )(?<!sit )(?<!sat )down',
    'down time',
    'slow(?:er|est|ly|ness)?',
    'connections?',
    'connectivity',
    'disconnect(?:s|ed|ion|ions)?',
    'drop(?:s|ped|ping)?(?: out)?',
    'cut(?:s|ting)? out',
    'reliab(?:le|ility)',
    'unreliable',
    'bugs?',
    'buggy',
    'crash(?:es|ed|ing)?',
    'speeds?',
    'stab(?:le|ility)',
    'unstable',
    'intermittent(?:ly)?',
    'not working',
    'stopped working',
    "(?:doesn't|does not|don't|do not|didn't|did not) work",
    'faults?',
    'faulty',
    'broken',
    'errors?',
    'lag(?:gy|s)?',
    'signal',
  ],
  ease_of_use: [
    'easy',
    'easier',
    'easiest',
    'easily',
    'ease',
    'simple',
    'simpler',
    'simply',
    'simplicity',
    'straight forward',
    'intuitive',
    'confus(?:ing|ed|ion)',
    'complicated',
    'complex',
    'hassle(?: free)?',
    'process(?:es)?',
    'user friendly',
    'seamless(?:ly)?',
    'smooth(?:ly)?',
    'painless(?:ly)?',
    'effortless(?:ly)?',
    'difficult',
    'hard work',
    'convenient',
    'clear',
  ],
  people: [
    'staff',
    'teams?',
    'engineers?',
    'technicians?',
    'managers?',
    'friendly',
    'unfriendly',
    'rude(?:ness)?',
    'helpful',
    'unhelpful',
    'polite(?:ly)?',
    'impolite',
    'courteous',
    'professional(?:ism|ly)?',
    'unprofessional',
    'knowledgeable',
    'advis[eo]rs?',
    'agents?',
    'operators?',
    'representatives?',
    'reps?',
    'employees?',
    'colleagues?',
    'people',
    'person',
    'lady',
    'gentleman',
    'guy',
    'attitude',
    'patien(?:t|ce)',
    'caring',
  ],
  communication: [
    'communicat(?:e|ed|es|ing|ion|ions)',
    'informed',
    'inform(?:ation)?',
    '(?:kept|keep|keeping) (?:me|us) (?:informed|updated|posted|in the loop)',
    'kept me',
    'kept us',
    'respon(?:d|ded|ds|se|ses|sive)',
    'repl(?:y|ies|ied)',
    'updates?',
    'updated',
    'call(?:ed|s)? (?:me )?back',
    'e mails?',
    'e mailed',
    'letters?',
    'messages?',
    'notif(?:y|ied|ication|ications)',
    'told',
    'tell(?:ing)?',
    'explain(?:ed|ing)?',
    'explanation',
    'on hold',
    'chas(?:e|ed|ing)',
    'phone calls?',
    'contact(?:ed|ing)?',
    'answer(?:ed|ing)?',
    'speak(?:ing)? to',
    'spoke to',
  ],
  product: [
    'features?',
    'products?',
    'functionality',
    'functions?',
    'integrat(?:e|es|ed|ion|ions)',
    'apps?',
    'application',
    'software',
    'platform',
    'tools?',
    'equipment',
    'devices?',
    'hardware',
    'dashboards?',
    'reports?',
    'reporting',
    'modules?',
    'versions?',
    'upgrades?',
    'packages?',
  ],
};

const MATCHERS: ReadonlyArray<[Theme, RegExp]> = THEMES.map((theme) => [
  theme,
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${THEME_PATTERNS[theme].map(phrase).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
]);

/**
 * Brings a verbatim to a form the patterns can read: a U+FFFD left by a bad encoding (usually a lost
 * apostrophe, "it�s") and typographic quotes become an apostrophe; runs of white space become one space.
 */
function normalise(text: string): string {
  return text.replace(/[\uFFFD\u2018\u2019\u02BC`´]/g, "'").replace(/\s+/g, ' ');
}

/** The themes a verbatim mentions, in the order of THEMES. */
export function findThemes(text: string): Theme[] {
  const normalised = normalise(text);
  return MATCHERS.filter(([, pattern]) => pattern.test(normalised)).map(([theme]) => theme);
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/**
 * A phone-number candidate: an optional "+country" and "(area)" then digits with single spaces, dots or
 * hyphens between them. Not started inside a word, a number or after a currency sign; not ended before
 * a further digit or a colon (so "2018-05-01 20:23" is read as a date and a time, not a phone number).
 */
const PHONE = /(?<![\p{L}\p{N}.,/£$€¥+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d(?:[ .-]?\d)*(?![\d:])/gu;
const MIN_PHONE_DIGITS = 9;
/** With a "+country" prefix the intent is unmistakable, so shorter numbers (e.g. "+1 555 0100") count too. */
const MIN_INTERNATIONAL_DIGITS = 7;

/**
 * Masks e-mail addresses as "[e-mail]" and phone numbers (nine digits or more, with or without spaces,
 * hyphens, dots, a +country code or an (area) code; seven or more after a +country code) as "[phone]".
 * Dates, amounts and short numbers stay.
 */
export function maskPersonalData(text: string): string {
  return text.replace(EMAIL, '[e-mail]').replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '').length;
    return digits >= MIN_PHONE_DIGITS || (match.startsWith('+') && digits >= MIN_INTERNATIONAL_DIGITS) ? '[phone]' : match;
  });
}

/** Verbatims grouped by theme, largest theme first (ties in THEMES order); themes nobody mentioned are left out. */
export function summarizeThemes(verbatims: Verbatim[], maxExamples = 3): ThemeSummary[] {
  const summaries = new Map<Theme, ThemeSummary>();
  for (const verbatim of verbatims) {
    const text = verbatim.text.trim();
    if (text === '') continue;
    for (const theme of findThemes(text)) {
      let summary = summaries.get(theme);
      if (!summary) {
        summary = { theme, count: 0, promoters: 0, passives: 0, detractors: 0, examples: [] };
        summaries.set(theme, summary);
      }
      summary.count += 1;
      if (verbatim.score !== null) {
        const group = classifyScore(verbatim.score);
        if (group === 'promoter') summary.promoters += 1;
        else if (group === 'passive') summary.passives += 1;
        else summary.detractors += 1;
      }
      if (summary.examples.length < maxExamples) summary.examples.push(maskPersonalData(text));
    }
  }
  return [...summaries.values()].sort((a, b) => b.count - a.count || THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme));
}
