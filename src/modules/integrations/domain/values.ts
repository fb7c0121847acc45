/**
 * Cell parsers. Each returns a value or a reason a person can act on; none throws and none guesses:
 * where a cell could mean two things (a decimal comma, a day-first date) the format must be stated.
 */
import { fail, ok, type Parsed } from '../../../domain/parsed.ts';

export { fail, ok, type Parsed };

export type NumberOptions = { decimalSeparator?: '.' | ',' };

// Currency symbols and ISO codes that exports put around amounts.
const CURRENCY = /^(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud|jpy|sek|nok|dkk)\s*|\s*(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud|jpy|sek|nok|dkk)$/gi;

/**
 * "$1,234.56", "1 234,56 €" (with decimalSeparator ','), "(1,200)" (accounting negative), "12%"-free.
 * Thousands separators must group in threes, so "1,5" is refused unless the decimal comma is stated.
 */
export function parseNumber(raw: string, options: NumberOptions = {}): Parsed<number> {
  const decimal = options.decimalSeparator ?? '.';
  let text = raw.trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  text = text.replace(CURRENCY, '').trim();
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  const thousands = decimal === '.' ? /[,\s'\u00a0\u202f]/ : /[.\s'\u00a0\u202f]/;
  const [whole = '', fraction, ...extra] = text.split(decimal);
  if (extra.length > 0) return fail(`"${raw}" has more than one decimal separator "${decimal}"`);
  const groups = whole.split(thousands);
  const grouped = groups.length === 1 || (/^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g)));
  if (!/^\d+$/.test(groups.join('')) || (fraction !== undefined && !/^\d+$/.test(fraction))) {
    return fail(`"${raw}" is not a number`);
  }
  if (!grouped) {
    const hint = decimal === '.' ? '; if "," is the decimal separator, state it' : '';
    return fail(`"${raw}" has thousands separators that do not group in threes${hint}`);
  }
  const value = Number(`${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`);
  return ok(negative ? -value : value);
}

/** A whole, non-negative count such as employees. "51-200" (a range) is refused rather than averaged. */
export function parseCount(raw: string, options: NumberOptions = {}): Parsed<number> {
  if (/^\s*\d[\d,.\s]*\s*[-–]\s*\d[\d,.\s]*$/.test(raw)) return fail(`"${raw}" is a range, not a count`);
  const n = parseNumber(raw, options);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value) || n.value < 0) return fail(`"${raw}" is not a whole, non-negative number`);
  return n;
}

const TRUE = new Set(['true', 't', 'yes', 'y', '1', 'x', 'checked']);
const FALSE = new Set(['false', 'f', 'no', 'n', '0', 'unchecked']);

export function parseBoolean(raw: string): Parsed<boolean> {
  const word = raw.trim().toLowerCase();
  if (TRUE.has(word)) return ok(true);
  if (FALSE.has(word)) return ok(false);
  return fail(`"${raw}" is not true/false, yes/no or 1/0`);
}

/** Salesforce multi-select picklists and HubSpot multiple checkboxes: `;`-separated, trimmed, de-duplicated. */
export function splitMultiValue(raw: string | undefined): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(';').map((v) => v.trim()))].filter(Boolean);
}

// Shape only: one @, no spaces, a dot in the domain. Deliverability is not the importer's business.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseEmail(raw: string): Parsed<string> {
  const email = raw.trim();
  return EMAIL.test(email) ? ok(email) : fail(`"${raw}" is not an e-mail address`);
}
