import { describe, expect, it } from 'vitest';
import { isoTimestamps, toIsoTimestamp } from './timestamps.ts';

describe('toIsoTimestamp', () => {
  it.each([
    ['2026-11-20 17:00:00+00', '2026-11-20T17:00:00.000Z'],
    ['2026-11-20 17:00:00.123456+00', '2026-11-20T17:00:00.123Z'],
    ['2026-11-20 19:30:00+02', '2026-11-20T17:30:00.000Z'],
    ['2026-11-20 12:00:00-05:30', '2026-11-20T17:30:00.000Z'],
    ['2026-11-20', '2026-11-20'],
    ['not a date', 'not a date'],
  ])('%s → %s', (input, expected) => {
    expect(toIsoTimestamp(input)).toBe(expected);
  });

  it('converts only timestamp-shaped strings in a row', () => {
    expect(isoTimestamps({ at: '2026-01-02 03:04:05+00', name: 'Acme 2026-01-02 03:04:05+00 x', n: 3 })).toEqual({
      at: '2026-01-02T03:04:05.000Z',
      name: 'Acme 2026-01-02 03:04:05+00 x',
      n: 3,
    });
  });
});
