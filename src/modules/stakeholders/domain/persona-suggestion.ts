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
import { type RoleRule, RULES, type Seniority } from './persona-rules.ts';
import { ABBREVIATIONS, SUPPORTS_SOMEONE } from './title-words.ts';

export type { Persona, Seniority };
export type PersonaSuggestion = {
  personas: Persona[];
  seniority: Seniority;
  /** 0..1: how specific the match was. */
  confidence: number;
  reasons: string[];
};

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

const SENIORITY_ORDER: Seniority[] = ['c_level', 'vp', 'director', 'head', 'manager', 'senior_individual', 'individual', 'unknown'];

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
    .replace(/\boffice of (?:the )?(?:chief (?:[a-z]+ ){1,4}officer|president|chairman|chair|founder)\b/g, 'executive office');
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
    .sort((a, b) => SENIORITY_ORDER.indexOf(a.seniority) - SENIORITY_ORDER.indexOf(b.seniority) || b.confidence - a.confidence);
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
