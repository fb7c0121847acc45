/**
 * Persona suggestion from a job title (SPEC C1). Only a suggestion: the UI shows it with its reasons
 * and the user confirms; nothing here is ever written to a stakeholder without that confirmation.
 *
 * `champion` is never suggested: a champion is someone who sells for us inside their company, which
 * is behaviour a CSM observes, never something a title reveals.
 *
 * The buyer's product area is unknown here (Rapport's customers sell anything), so a VP, Director or
 * Head of any function is read as deciding for their area; the confidence says how specific the
 * title was, not how well it fits one product.
 */
import type { Persona } from '../../../domain/personas.ts';

export type { Persona };
export type Seniority =
  | 'c_level'
  | 'vp'
  | 'director'
  | 'head'
  | 'manager'
  | 'senior_individual'
  | 'individual'
  | 'unknown';
export type PersonaSuggestion = {
  personas: Persona[];
  seniority: Seniority;
  /** 0..1: how specific the match was. */
  confidence: number;
  reasons: string[];
};

/** How a rank reacts when the title also names finance or procurement. */
type BudgetEffect = 'adds_budget_holder' | 'becomes_budget_holder' | 'individual';

type RoleRule = {
  pattern: RegExp;
  seniority: Seniority;
  personas: Persona[];
  /** Confidence when the title also names a function; see BARE_PENALTY. */
  confidence: number;
  /** Shown to the user; "{role}" becomes the words matched, e.g. "Chief Financial Officer". */
  reason: string;
  budget?: BudgetEffect;
  /** A bare "Director" or "Analyst" says less than "Director of Procurement". */
  bareMatters?: boolean;
  /** "Senior" and "Chief" lift an individual contributor, not a manager. */
  individual?: boolean;
};

const EXEC: Persona[] = ['executive_sponsor', 'decision_maker'];
const IC_NOUNS =
  'analyst|engineer|specialist|coordinator|associate|representative|agent|assistant|developer|programmer|' +
  'technician|clerk|operator|officer|accountant|designer|scientist|researcher|planner|buyer|purchaser|recruiter|' +
  'generalist|secretary|bookkeeper|auditor|controller|inspector|estimator|technologist|receptionist|trainee|intern|' +
  'apprentice|member|staff|employee|user';
const EXPERT_NOUNS =
  'officer|engineer|developer|scientist|architect|analyst|consultant|designer|researcher|technologist|programmer|specialist|strategist';

/**
 * Ordered: the first rule that matches a role segment wins, so the traps ("Executive Assistant",
 * "Chief of Staff", "Non-Executive Director") come before the ranks whose words they borrow.
 */
const RULES: RoleRule[] = [
  {
    pattern: /\b(?:executive|personal) (?:[a-z]+ )?(?:assistant|secretary)\b|\b(?:assistant|secretary) to$/,
    seniority: 'individual',
    personas: ['main_contact'],
    confidence: 0.3,
    reason: 'Supports an executive: often the practical contact and gatekeeper, not the sponsor',
  },
  {
    pattern: /\bchief of staff\b/,
    seniority: 'director',
    personas: ['influencer'],
    confidence: 0.5,
    reason: 'Chief of Staff: shapes an executive’s agenda without owning a budget or a C-level function',
  },
  {
    pattern:
      /\bnon executive (?:director|chairman|chairwoman|chair)\b|\bboard (?:member|director|advisor|adviser|observer)\b|\btrustee\b/,
    seniority: 'c_level',
    personas: ['influencer'],
    confidence: 0.4,
    reason: 'Board-level role: influences strategy, not day-to-day buying',
  },
  {
    pattern: /\bchief executive(?: officer)?\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.95,
    reason: 'Title names the chief executive',
  },
  {
    // "Chief Petty/Warrant/Probation Officer" are ranks in other hierarchies, not the C-suite.
    pattern: /\bchief (?!petty |warrant |probation |parole |police )(?:[a-z]+ ){1,4}officer\b/,
    seniority: 'c_level',
    personas: ['executive_sponsor'],
    confidence: 0.9,
    budget: 'adds_budget_holder',
    reason: 'Title names a C-level role ({role})',
  },
  {
    pattern: /\b(?:cpo|cso|cdo|cco|cao|cxo|cbo|cgo)\b/,
    seniority: 'c_level',
    personas: ['executive_sponsor'],
    confidence: 0.8,
    reason:
      'Title names a C-level role ({role}) whose letters have several meanings, e.g. product, people or procurement',
  },
  {
    // "Founding Engineer" is an early employee, so only "founder" itself counts.
    pattern: /\b(?:co )?founder\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.9,
    reason: 'Founder: sponsors and decides',
  },
  {
    pattern: /(?<!\bvice )\bpresident\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.9,
    reason: 'President: top executive of the company or unit',
  },
  {
    pattern: /\bmanaging (?:director|partner|member)\b|\bgeneral partner\b|\bfounding partner\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.85,
    reason: 'Managing Director / Partner: runs the company',
  },
  {
    // Product/process/data owners own a backlog or a system, not the company.
    pattern:
      /(?<!\b(?:product|process|data|system|systems|account|project|service|content|risk|control|application|platform|technical|feature|solution|relationship|budget) )\b(?:co )?owner\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.85,
    reason: 'Owner of the business: sponsors and decides',
  },
  {
    pattern: /\bexecutive (?:chairman|chairwoman|chairperson|chair)\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.85,
    reason: 'Executive chair: leads the board and the business',
  },
  {
    pattern: /\b(?:department|committee|program|programme) chair(?:man|woman|person)?\b/,
    seniority: 'head',
    personas: ['decision_maker'],
    confidence: 0.5,
    reason: 'Chair of a department or committee: decides for that unit',
  },
  {
    pattern: /\bchair(?:man|woman|person)\b|\bchair(?: of\b|$)/,
    seniority: 'c_level',
    personas: ['executive_sponsor'],
    confidence: 0.8,
    reason: 'Chair of the board: sponsors, rarely runs the evaluation',
  },
  {
    pattern: /\bexecutive director\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.7,
    reason: 'Executive Director: usually the top executive (non-profits), sometimes a senior director',
  },
  {
    // A UK Vice-Chancellor runs the university; a Provost is its chief academic officer.
    pattern: /\b(?:vice )?chancellor\b|\bprovost\b/,
    seniority: 'c_level',
    personas: EXEC,
    confidence: 0.7,
    reason: 'Heads an academic institution',
  },
  {
    pattern: /\b(?:executive|senior|group|corporate) (?:executive )?vice president\b/,
    seniority: 'vp',
    personas: EXEC,
    confidence: 0.85,
    budget: 'adds_budget_holder',
    reason: 'Senior/Executive Vice President: executive-team member who sponsors and decides',
  },
  {
    // In banks an AVP is often a manager-level title, hence the lower confidence.
    pattern: /\b(?:assistant|associate|deputy) vice president\b/,
    seniority: 'vp',
    personas: ['decision_maker'],
    confidence: 0.55,
    budget: 'adds_budget_holder',
    bareMatters: true,
    reason: 'Assistant/Associate Vice President: below VP, often manager-level',
  },
  {
    pattern: /\bvice president\b/,
    seniority: 'vp',
    personas: ['decision_maker'],
    confidence: 0.8,
    budget: 'adds_budget_holder',
    bareMatters: true,
    reason: 'Vice President: decides for their area',
  },
  {
    pattern: /\bgeneral manager\b/,
    seniority: 'head',
    personas: EXEC,
    confidence: 0.7,
    reason: 'General Manager: runs a business unit or site',
  },
  {
    pattern: /\bgeneral counsel\b/,
    seniority: 'vp',
    personas: ['influencer'],
    confidence: 0.55,
    reason: 'General Counsel: shapes contracts and terms, rarely owns the product decision',
  },
  {
    // Only finance controllers: air-traffic and production controllers fall through to individuals.
    pattern:
      /\b(?:comptroller|treasurer)\b|(?:^|\b(?:financial|finance|corporate|regional|division|divisional|group|plant|country|business|assistant|deputy|senior|global|company|entity|unit|associate|area|district|project|budget) )controller\b/,
    seniority: 'director',
    personas: ['budget_holder'],
    confidence: 0.75,
    reason: 'Controller/Treasurer: runs the money side and signs off spend',
  },
  {
    pattern: /\bbudget (?:owner|holder)\b/,
    seniority: 'unknown',
    personas: ['budget_holder'],
    confidence: 0.8,
    reason: 'Title says they own the budget',
  },
  {
    pattern:
      /\bhead of\b|(?<=\b[a-z]+ )(?:head|chief)$|^head\b(?! (?:chef|cook|nurse|coach|cashier|teller|custodian|waiter|waitress|bartender|lifeguard|gardener|groundskeeper|housekeeper|porter|baker|butcher|start|teacher)\b)/,
    seniority: 'head',
    personas: ['decision_maker'],
    confidence: 0.75,
    budget: 'adds_budget_holder',
    bareMatters: true,
    reason: 'Head of a function (or "<function> Chief"): decides for their area',
  },
  {
    // These directors practise an occupation; they do not run a function.
    pattern:
      /\bfuneral (?:[a-z]+ )?director\b|\b(?:art|music|musical|choir|choral|casting|film|stage|activities|activity|camp) director\b|\bdirector of (?:photography|music)\b/,
    seniority: 'individual',
    personas: ['day_to_day_user'],
    confidence: 0.3,
    reason: 'Director here names an occupation (funeral, art, music ...), not a management rank',
  },
  {
    pattern: /\bdirector\b/,
    seniority: 'director',
    personas: ['decision_maker'],
    confidence: 0.75,
    budget: 'adds_budget_holder',
    bareMatters: true,
    reason: 'Director: decides for their area',
  },
  {
    pattern: /\bdean\b/,
    seniority: 'head',
    personas: ['decision_maker'],
    confidence: 0.55,
    reason: 'Dean: heads a faculty or school',
  },
  {
    pattern: /\bmanager\b/,
    seniority: 'manager',
    personas: ['main_contact'],
    confidence: 0.5,
    budget: 'becomes_budget_holder',
    bareMatters: true,
    reason: 'Manager: typically runs the work day to day, a natural main contact',
  },
  {
    pattern: /\b(?:supervisor|foreman|forewoman|foreperson|superintendent|leader)\b|\blead$/,
    seniority: 'manager',
    personas: ['main_contact'],
    confidence: 0.45,
    budget: 'becomes_budget_holder',
    bareMatters: true,
    reason: 'Supervises or leads a team: a natural main contact',
  },
  {
    pattern:
      /\b(?:system|systems|database|network|salesforce|crm|hubspot|platform|application|applications|technology|server|cloud|sharepoint|jira|erp|sap|workday|servicenow|security|web|lan|windows|linux|unix|tool|tools) administrator\b/,
    seniority: 'individual',
    personas: ['main_contact'],
    confidence: 0.6,
    individual: true,
    reason: 'Administers a system: usually the hands-on owner of the product, a natural main contact',
  },
  {
    pattern: /\badministrator\b/,
    seniority: 'unknown',
    personas: ['main_contact'],
    confidence: 0.3,
    reason: 'Administrator: could be a system admin or an institution’s manager',
  },
  {
    pattern: /\b(?:product|process|data|system|platform|application|service) owner\b|\bbusiness partner\b/,
    seniority: 'senior_individual',
    personas: ['influencer'],
    confidence: 0.45,
    reason: 'Owns a product, process or partnership: shapes requirements',
  },
  {
    pattern: /^(?:senior |equity |salaried )?partner$/,
    seniority: 'vp',
    personas: ['decision_maker'],
    confidence: 0.5,
    reason: 'Partner of a firm: part-owner who decides',
  },
  {
    pattern: new RegExp(
      `\\b(?:principal|distinguished|lead|chief) (?:[a-z]+ ){0,3}?(?:${EXPERT_NOUNS})\\b|\\bstaff (?:[a-z]+ )?(?:engineer|scientist|developer|architect|designer|researcher)\\b|\\b(?:architect|strategist|evangelist)\\b`,
    ),
    seniority: 'senior_individual',
    personas: ['influencer'],
    confidence: 0.6,
    reason: 'Senior expert (architect, principal, staff): shapes technical and buying choices',
  },
  {
    pattern: /\b(?:consultant|advisor|adviser|counsel|expert)\b/,
    seniority: 'individual',
    personas: ['influencer'],
    confidence: 0.5,
    individual: true,
    reason: 'Consultant/advisor: gives advice that shapes decisions',
  },
  {
    // What is left after the expert rule: a school principal or a firm principal.
    pattern: /\bprincipal\b/,
    seniority: 'head',
    personas: ['decision_maker'],
    confidence: 0.45,
    reason: 'Principal: heads a school or is a senior partner of a firm',
  },
  {
    pattern:
      /\b(?:account|sales|marketing|development|client|customer|advertising|media|recruitment|business) executive$/,
    seniority: 'individual',
    personas: ['day_to_day_user'],
    confidence: 0.45,
    individual: true,
    reason: 'Account/Sales Executive is a salesperson (an individual contributor), not an executive',
  },
  {
    pattern: new RegExp(`\\b(?:${IC_NOUNS})\\b|\\b[a-z]+ executive$`),
    seniority: 'individual',
    personas: ['day_to_day_user'],
    confidence: 0.5,
    budget: 'individual',
    individual: true,
    reason: 'Individual contributor: likely uses the product day to day',
  },
];

const BARE_PENALTY = 0.2;
const DEPUTY_PENALTY = 0.15;
const BRACKET_PENALTY = 0.1;
const BUDGET_BONUS = 0.2;

const FINANCE =
  /\b(?:finance|financial(?! (?:services|advisor|adviser|aid|planner|consultant|counselor|center|centre))|fiscal|treasury|budget|budgets|fp and a|fpa|controllership|comptroller)\b/;
const PROCUREMENT =
  /\b(?:procurement|purchasing|purchaser|sourcing|buyer|buying|commodity|commodities|vendor management|supplier management|supply management)\b/;
const OPERATING_CHIEF = /\bchief operating officer\b/;
const DEPUTY_BEFORE = /\b(?:assistant|associate|deputy|vice|sub|under)\s*$/;
const SENIOR_INDIVIDUAL = /\b(?:senior|chief|expert)\b/;

/** Words that say where or how senior, not which function: they do not make a title specific. */
const NOT_A_FUNCTION = new Set(
  (
    'of the and for in a an to at senior junior assistant associate deputy vice sub under acting interim ' +
    'global regional region national international area district local country territory zone worldwide ' +
    'emea apac americas latam north south east west central europe european asia us usa uk corporate group ' +
    'i ii iii iv v 1 2 3 4 level executive'
  ).split(' '),
);

/**
 * Abbreviations expanded before matching. "MD" is left alone: it is a physician as often as a managing
 * director. A Map, not an object literal, so that a title word like "constructor" finds nothing.
 */
const ABBREVIATIONS = new Map<string, string>(
  Object.entries({
    ceo: 'chief executive officer',
    cfo: 'chief financial officer',
    coo: 'chief operating officer',
    cto: 'chief technology officer',
    cio: 'chief information officer',
    ciso: 'chief information security officer',
    cro: 'chief revenue officer',
    cmo: 'chief marketing officer',
    chro: 'chief human resources officer',
    cno: 'chief nursing officer',
    clo: 'chief legal officer',
    svp: 'senior vice president',
    evp: 'executive vice president',
    avp: 'assistant vice president',
    vp: 'vice president',
    gm: 'general manager',
    sr: 'senior',
    snr: 'senior',
    jr: 'junior',
    mgr: 'manager',
    mngr: 'manager',
    dir: 'director',
    pres: 'president',
    exec: 'executive',
    admin: 'administrator',
    sysadmin: 'system administrator',
    asst: 'assistant',
    assoc: 'associate',
    coord: 'coordinator',
    spec: 'specialist',
    rep: 'representative',
    eng: 'engineer',
    engr: 'engineer',
    mktg: 'marketing',
    ops: 'operations',
    hr: 'human resources',
    it: 'information technology',
    cs: 'customer success',
    cx: 'customer experience',
    csm: 'customer success manager',
    ae: 'account executive',
    sdr: 'sales development representative',
    bdr: 'business development representative',
    ea: 'executive assistant',
    mgmt: 'management',
    dept: 'department',
    cofounder: 'co founder',
  }),
);

/** Words after "assistant to", "advisor to" ... name whom the person supports, not their own rank. */
const SUPPORTS_SOMEONE = new Set([
  'assistant',
  'secretary',
  'advisor',
  'adviser',
  'aide',
  'counsel',
  'staff',
  'reporting',
  'consultant',
]);

const SENIORITY_ORDER: Seniority[] = [
  'c_level',
  'vp',
  'director',
  'head',
  'manager',
  'senior_individual',
  'individual',
  'unknown',
];

/** Suggests personas and seniority for a job title, with the reasons to show the user. */
export function suggestPersonas(title: string | null | undefined): PersonaSuggestion {
  const raw = typeof title === 'string' ? title.trim() : '';
  if (!raw) return nothingRecognised('No title given');
  const lower = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  // O*NET-style "(CEO)" or CRM-style "(EMEA)" restate or qualify the title: read it only when the rest says nothing.
  const brackets = /\(([^)]*)\)|\[([^\]]*)\]/g;
  const outside = lower.replace(brackets, ' ');
  const main = normaliseText(outside);
  let suggestion = suggestFromRoles(main.text);
  if (!suggestion) {
    const inside = [...lower.matchAll(brackets)]
      .map((m) => m[1] ?? m[2] ?? '')
      .filter((text) => !isInitialsOf(text, outside))
      .join(' | ');
    suggestion = suggestFromRoles(normaliseText(inside).text);
    if (suggestion) {
      suggestion.confidence = clampConfidence(suggestion.confidence - BRACKET_PENALTY);
      suggestion.reasons.push('Read from the part of the title in brackets');
    }
  }
  if (!suggestion) return nothingRecognised(`No known role or seniority word in "${raw}"`);
  if (main.supportsSomeone) suggestion.reasons.push('Words after "to" name whom they support, not their own role');
  return suggestion;
}

/**
 * "Certified Prosthetist Orthotist (CPO)": brackets that only abbreviate the words before them add no
 * role of their own, and read alone they would look like a C-level title.
 */
function isInitialsOf(bracketed: string, outside: string): boolean {
  const letters = bracketed.replace(/[^a-z]/g, '');
  const initials = outside
    .split(/[^a-z]+/)
    .filter((word) => word && !['and', 'of', 'the', 'for'].includes(word))
    .map((word) => word[0])
    .join('');
  return letters.length >= 2 && letters === initials;
}

function nothingRecognised(reason: string): PersonaSuggestion {
  return { personas: [], seniority: 'unknown', confidence: 0, reasons: [reason] };
}

/** Lower-case text in; words with abbreviations expanded and "|" between possible roles out. */
function normaliseText(lower: string): { text: string; supportsSomeone: boolean } {
  const spaced = lower
    .replace(/\b[a-z](?:\.\s?[a-z])+\b\.?/g, (letters) => letters.replace(/[.\s]/g, '')) // "V.P." -> "vp"
    .replace(/\s[-\u2013\u2014]\s/g, ' | ')
    .replace(/[/|;,+]/g, ' | ')
    .replace(/&/g, ' and ')
    .replace(/@/g, ' at ')
    .replace(/['\u2019]s\b/g, '')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9|]+/g, ' ');
  const words = spaced
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (ABBREVIATIONS.get(word) ?? word).split(' '));
  const kept: string[] = [];
  let supportsSomeone = false;
  for (const [index, word] of words.entries()) {
    // "VP Sales at Acme": the company is not part of the role.
    if (word === 'at') break;
    if (word === 'pa' && words[index + 1] === 'to') {
      kept.push('personal', 'assistant');
      continue;
    }
    kept.push(word);
    // "Assistant to the CEO" must not read as CEO: keep "to", drop whom they support.
    if (word === 'to' && SUPPORTS_SOMEONE.has(kept[kept.length - 2] ?? '')) {
      supportsSomeone = index < words.length - 1;
      break;
    }
  }
  const text = kept
    .join(' ')
    .replace(/\bfp and a\b/g, 'financial planning and analysis')
    .replace(
      /\boffice of (?:the )?(?:chief (?:[a-z]+ ){1,4}officer|president|chairman|chair|founder)\b/g,
      'executive office',
    );
  return { text, supportsSomeone };
}

/**
 * "Founder & CEO" and "SVP / GM" hold two roles; "Sales & Marketing Manager" and "VP, Sales" hold one.
 * A piece without a rank word of its own belongs to its neighbour.
 */
function splitRoles(text: string): string[] {
  const parts = text.split(/(\s*\|\s*|\s+and\s+)/);
  const roles: string[] = [];
  let pending = '';
  for (let index = 0; index < parts.length; index += 2) {
    const piece = (parts[index] ?? '').trim();
    if (!piece) continue;
    const separator = parts[index - 1] ?? ' ';
    if (findRule(piece)) {
      roles.push(pending ? pending + separator + piece : piece);
      pending = '';
    } else if (roles.length > 0) {
      roles[roles.length - 1] += separator + piece;
    } else {
      pending = pending ? pending + separator + piece : piece;
    }
  }
  return roles.map((role) => role.replace(/\s*\|\s*/g, ' ').trim());
}

function findRule(role: string): RoleRule | undefined {
  return RULES.find((rule) => rule.pattern.test(role));
}

function suggestFromRoles(text: string): PersonaSuggestion | null {
  const readings = splitRoles(text)
    .map(readRole)
    .filter((reading): reading is PersonaSuggestion => reading !== null)
    .sort(
      (a, b) =>
        SENIORITY_ORDER.indexOf(a.seniority) - SENIORITY_ORDER.indexOf(b.seniority) || b.confidence - a.confidence,
    );
  const [primary] = readings;
  if (!primary) return null;
  // Someone holding two roles carries the personas of both; the senior role sets seniority and confidence.
  return {
    personas: [...new Set(readings.flatMap((reading) => reading.personas))],
    seniority: primary.seniority,
    confidence: primary.confidence,
    reasons: [...new Set(readings.flatMap((reading) => reading.reasons))],
  };
}

function readRole(role: string): PersonaSuggestion | null {
  const rule = findRule(role);
  if (!rule) return null;
  // The last match is the head noun: "Associate Engineer" is an engineer, "Sales Associate" an associate.
  const matches = [...role.matchAll(new RegExp(rule.pattern.source, 'g'))];
  const match = matches[matches.length - 1];
  if (!match) return null;
  const before = role.slice(0, match.index);
  const after = role.slice(match.index + match[0].length);
  const functionWords = `${before} ${after}`.split(' ').filter((word) => word && !NOT_A_FUNCTION.has(word));

  let personas = [...rule.personas];
  let seniority = rule.seniority;
  let confidence = rule.confidence;
  const reasons = [rule.reason.replace('{role}', displayRole(match[0]))];

  const budgetArea = FINANCE.test(role) ? 'finance' : PROCUREMENT.test(role) ? 'procurement' : null;
  if (budgetArea && rule.budget === 'adds_budget_holder') {
    personas = ['budget_holder', ...personas];
    reasons.push(`Leads ${budgetArea}, which signs off spend: also budget holder`);
  } else if (budgetArea && rule.budget === 'becomes_budget_holder') {
    // The rank's own reason ("a natural main contact") no longer applies, so it is replaced.
    personas = ['budget_holder'];
    confidence += BUDGET_BONUS;
    reasons.splice(0, 1, `Manages ${budgetArea}, which signs off spend: budget holder`);
  } else if (budgetArea === 'procurement' && rule.budget === 'individual') {
    personas = ['influencer'];
    reasons.splice(0, 1, 'Buys on the company’s behalf without owning the budget: influences the purchase');
  } else if (budgetArea === 'finance' && rule.budget === 'individual') {
    reasons.push('Works in finance as an individual contributor: not the budget holder');
  }
  if (OPERATING_CHIEF.test(role) && !personas.includes('decision_maker')) {
    personas.push('decision_maker');
    reasons.push('Runs operations: also decides');
  }

  if (functionWords.length > 0) reasons.push(`Function named: ${functionWords.join(' ')}`);
  else if (rule.bareMatters) {
    confidence -= BARE_PENALTY;
    reasons.push('No function named, so less certain');
  }
  // "Associate Engineer" is still an engineer; "Associate Director" may not yet decide.
  if (!rule.individual && DEPUTY_BEFORE.test(before)) {
    confidence -= DEPUTY_PENALTY;
    reasons.push('Assistant, associate or deputy: a step below the rank named');
  }
  if (rule.individual && seniority === 'individual' && SENIOR_INDIVIDUAL.test(role)) seniority = 'senior_individual';
  return { personas, seniority, confidence: clampConfidence(confidence), reasons };
}

/** "chief financial officer" -> "Chief Financial Officer"; a lone abbreviation like "cpo" -> "CPO". */
function displayRole(words: string): string {
  if (!words.includes(' ')) return words.toUpperCase();
  return words.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

function clampConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0.05, value)) * 100) / 100;
}
