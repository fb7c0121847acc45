/**
 * Dates with a stated format. 'iso' accepts ISO-8601 and the forms Salesforce and HubSpot write
 * (`2020-12-22T21:16:01Z`, `2020-12-22T21:16:01.000+0000`, `2024-03-05 14:30`). 'us' reads slashed
 * dates as MM/DD/YYYY, 'eu' as DD/MM/YYYY (also `DD.MM.YYYY`). 'auto' accepts the ISO forms and
 * refuses slashed dates: whether 03/04/2024 is March or April is decided per file by scanDateFormat
 * (date-format-scan.ts), never per cell. A time without a zone is read as UTC.
 */
import { fail, ok, type Parsed } from './parsed.ts';

export const DATE_FORMATS = ['iso', 'us', 'eu', 'auto'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export type ParsedDate = { date: string; dateTime: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isCalendarDate(y: number, m: number, d: number): boolean {
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

function build(raw: string, y: number, m: number, d: number, time: [number, number, number, number], zone?: string): Parsed<ParsedDate> {
  if (!isCalendarDate(y, m, d)) return fail(`"${raw}" is not a calendar date`);
  const [h, min, s, ms] = time;
  if (h > 23 || min > 59 || s > 59) return fail(`"${raw}" has an impossible time of day`);
  let offsetMinutes = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    offsetMinutes = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const instant = Date.UTC(y, m - 1, d, h, min, s, ms) - offsetMinutes * 60_000;
  return ok({ date: `${y}-${pad(m)}-${pad(d)}`, dateTime: new Date(instant).toISOString() });
}

function parseIso(raw: string, match: RegExpMatchArray): Parsed<ParsedDate> {
  const [, y, m, d, h = '0', min = '0', s = '0', frac = '0', zone] = match;
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  return build(raw, Number(y), Number(m), Number(d), [Number(h), Number(min), Number(s), ms], zone);
}

function parseSlashed(raw: string, match: RegExpMatchArray, order: 'us' | 'eu'): Parsed<ParsedDate> {
  const [, first, separator, second, year, h = '0', min = '0', s = '0', meridiem] = match;
  if (year.length === 2) return fail(`"${raw}" has a two-digit year; export four-digit years`);
  if (separator === '.' && order === 'us') return fail(`"${raw}" is day-first (dotted) but the stated format is US (MM/DD/YYYY)`);
  let hour = Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) return fail(`"${raw}" has an impossible 12-hour time`);
    hour = (hour % 12) + (meridiem.toLowerCase().startsWith('p') ? 12 : 0);
  }
  const [month, day] = order === 'us' ? [Number(first), Number(second)] : [Number(second), Number(first)];
  return build(raw, Number(year), month, day, [hour, Number(min), Number(s), 0]);
}

/** Both the calendar date as written and the UTC instant, so callers pick what their column needs. */
export function parseDateValue(raw: string, format: DateFormat): Parsed<ParsedDate> {
  const text = raw.trim();
  const iso = text.match(ISO);
  if (iso) return parseIso(raw, iso);
  const slashed = text.match(SLASHED);
  if (!slashed) return fail(`"${raw}" is not a date`);
  if (format === 'iso') return fail(`"${raw}" is not an ISO date (YYYY-MM-DD); state the format (us or eu)`);
  if (format === 'auto') {
    return fail(`"${raw}" could be month-first or day-first: state the date format (us = MM/DD/YYYY, eu = DD/MM/YYYY)`);
  }
  return parseSlashed(raw, slashed, format);
}

/** `YYYY-MM-DD` as written in the file (a datetime's offset does not move the calendar date). */
export function parseDate(raw: string, format: DateFormat): Parsed<string> {
  const parsed = parseDateValue(raw, format);
  return parsed.ok ? ok(parsed.value.date) : parsed;
}

/** ISO-8601 UTC instant; a bare date is midnight UTC. */
export function parseDateTime(raw: string, format: DateFormat): Parsed<string> {
  const parsed = parseDateValue(raw, format);
  return parsed.ok ? ok(parsed.value.dateTime) : parsed;
}

/** The day/month order a slashed cell allows on its own: 'us' when the second part is > 12, 'eu' when the first is. */
export function slashedOrderEvidence(raw: string): 'us' | 'eu' | 'either' | 'both_impossible' | null {
  const match = raw.trim().match(SLASHED);
  if (!match) return null;
  const [, first, separator, second] = match;
  if (separator === '.') return 'eu';
  const a = Number(first);
  const b = Number(second);
  if (a > 12 && b > 12) return 'both_impossible';
  if (a > 12) return 'eu';
  if (b > 12) return 'us';
  return 'either';
}
