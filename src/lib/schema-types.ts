/**
 * Shared request field types, so every endpoint refuses the same bad input the same way.
 *
 * - `calendarDate`: `YYYY-MM-DD` naming a real day (`2027-02-30` and `2027-13-45` are refused,
 *   leap years honoured), years 1000–9999 (what PostgreSQL's date type stores without surprises).
 * - `instant`: an ISO 8601 date-time with a zone, on a real calendar day.
 * - `textProblem`: the text rule the HTTP layer applies to every string of every JSON body and
 *   query (see http/app-env.ts): no control characters (C0 other than tab/newline/CR, DEL, C1) and
 *   no unpaired surrogates anywhere; single-line fields (names, titles, e-mails, `q`) take no tab
 *   or line break either. Such input is refused with a 422 naming the field, never stripped, so
 *   what is stored is what was sent.
 */
import { z } from '@hono/zod-openapi';

// Only judged on what has the date format already (a malformed value is reported once, by the format check).
const yearInRange = (value: string) => {
  if (!/^\d{4}-/.test(value)) return true;
  const year = Number(value.slice(0, 4));
  return year >= 1000 && year <= 9999;
};

export const calendarDate = z.iso
  .date({ message: 'must be a calendar date as YYYY-MM-DD (e.g. 2027-02-28)' })
  .refine(yearInRange, 'must be a year between 1000 and 9999')
  .openapi({ format: 'date', example: '2027-02-28' });

export const instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a zone, on a calendar date' })
  .refine(yearInRange, 'must be a year between 1000 and 9999')
  .openapi({ format: 'date-time', example: '2027-02-28T09:30:00Z' });

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const LINE_BREAK = /[\t\n\r\u0085\u2028\u2029]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Fields that hold one line: a name, a title, an e-mail address, a search. */
const SINGLE_LINE = /(^|\.)(name|firstName|lastName|title|email|q|subject|label|prompt|lowLabel|highLabel|source|owner)$/i;

/** Why a string sent for this field is refused, or undefined when it is fine. */
export function textProblem(field: string, value: string): string | undefined {
  if (CONTROL.test(value)) return 'contains a control character';
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired surrogate (not valid Unicode text)';
  if (SINGLE_LINE.test(field) && LINE_BREAK.test(value)) return 'must be one line (no tab or line break)';
  return undefined;
}
