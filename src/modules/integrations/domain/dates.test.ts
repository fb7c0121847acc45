import { describe, expect, it } from 'vitest';
import { createDateFormatScanner, resolveDateFormat } from './date-format-scan.ts';
import { type DateFormat, parseDate, parseDateTime } from './dates.ts';

describe('parseDateTime with a stated format', () => {
  it.each([
    ['2024-03-05', 'auto', '2024-03-05T00:00:00.000Z'],
    ['2020-12-22T21:16:01Z', 'auto', '2020-12-22T21:16:01.000Z'], // Salesforce sample CloseDate
    ['2024-03-05T15:30:00.000+0000', 'iso', '2024-03-05T15:30:00.000Z'], // Data Loader datetime
    ['2024-03-05T08:00:00-05:00', 'iso', '2024-03-05T13:00:00.000Z'],
    ['2024-03-04 14:30', 'auto', '2024-03-04T14:30:00.000Z'], // HubSpot export, no zone → UTC
    ['03/14/2024', 'us', '2024-03-14T00:00:00.000Z'],
    ['04/02/2024 2:30 PM', 'us', '2024-04-02T14:30:00.000Z'],
    ['14/03/2024', 'eu', '2024-03-14T00:00:00.000Z'],
    ['14.03.2024 09:05', 'eu', '2024-03-14T09:05:00.000Z'],
    ['03/04/2024', 'us', '2024-03-04T00:00:00.000Z'],
    ['03/04/2024', 'eu', '2024-04-03T00:00:00.000Z'],
  ] as [string, DateFormat, string][])('%s as %s → %s', (raw, format, iso) => {
    expect(parseDateTime(raw, format)).toEqual({ ok: true, value: iso });
  });

  it('keeps the calendar date as written, whatever the offset', () => {
    expect(parseDate('2024-03-05T23:30:00-08:00', 'iso')).toEqual({ ok: true, value: '2024-03-05' });
  });

  it.each([
    ['03/04/2024', 'auto', 'state the date format'],
    ['03/04/2024', 'iso', 'not an ISO date'],
    ['2025-02-30', 'iso', 'not a calendar date'],
    ['31/12/2024', 'us', 'not a calendar date'],
    ['12/31/24', 'us', 'two-digit year'],
    ['14.03.2024', 'us', 'day-first'],
    ['2024-03-05T25:00', 'iso', 'impossible time'],
    ['next Tuesday', 'auto', 'not a date'],
  ] as [string, DateFormat, string][])('refuses %s as %s (%s)', (raw, format, reason) => {
    const parsed = parseDate(raw, format);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });
});

describe('deciding day/month order for a whole file', () => {
  const scan = (values: string[]) => {
    const scanner = createDateFormatScanner();
    for (const [i, v] of values.entries()) scanner.observe(v, i + 2, 'Date');
    return scanner.verdict();
  };

  it('decides US when a second part is above 12 anywhere', () => {
    expect(scan(['03/04/2024', '03/14/2024'])).toEqual({
      status: 'decided',
      format: 'us',
      evidence: { row: 3, column: 'Date', value: '03/14/2024' },
    });
  });
  it('decides EU when a first part is above 12', () =>
    expect(scan(['03/04/2024', '31/01/2024'])).toMatchObject({ status: 'decided', format: 'eu' }));
  it('decides EU for dotted dates', () => expect(scan(['03.04.2024'])).toMatchObject({ status: 'decided', format: 'eu' }));
  it('refuses to guess when every date fits both orders', () => {
    const verdict = scan(['03/04/2024', '05/06/2024']);
    expect(verdict.status).toBe('ambiguous');
    if (verdict.status === 'ambiguous') expect(verdict.reason).toContain('state the date format (us or eu)');
  });
  it('reports a file that mixes both orders', () => expect(scan(['03/14/2024', '14/03/2024']).status).toBe('conflicting'));
  it('has nothing to decide for ISO-only files', () =>
    expect(scan(['2024-03-05', ''])).toEqual({ status: 'no_slashed_dates', format: 'iso' }));

  it.each([
    ['us', undefined, 'us'],
    ['auto', { status: 'decided', format: 'eu', evidence: { row: 2, column: 'Date', value: '31/01/2024' } }, 'eu'],
    ['auto', { status: 'ambiguous', example: { row: 2, column: 'Date', value: '03/04/2024' }, reason: '' }, 'auto'],
    ['eu', { status: 'decided', format: 'us', evidence: { row: 2, column: 'Date', value: '01/31/2024' } }, 'eu'], // stated wins
  ] as const)('resolveDateFormat(%s, verdict) → %s', (stated, verdict, format) => {
    expect(resolveDateFormat(stated, verdict)).toBe(format);
  });
});
