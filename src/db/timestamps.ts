/**
 * Timestamps leave the database as ISO 8601 (`2026-11-20T17:00:00.000Z`) on both engines. The drivers'
 * text form (`2026-11-20 17:00:00+00`) is not ISO and some browsers cannot parse it.
 */
import { customType } from 'drizzle-orm/pg-core';

const PG_TIMESTAMPTZ = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}(:\d{2})?$/;

export function toIsoTimestamp(value: string): string {
  return PG_TIMESTAMPTZ.test(value) ? new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')).toISOString() : value;
}

/** Converts every PostgreSQL timestamptz text value in a raw row to ISO 8601. */
export function isoTimestamps<T>(row: T): T {
  const out = row as Record<string, unknown>;
  for (const key of Object.keys(out)) {
    const value = out[key];
    if (typeof value === 'string' && value.length >= 22 && value[10] === ' ' && PG_TIMESTAMPTZ.test(value))
      out[key] = toIsoTimestamp(value);
  }
  return row;
}

/** A `timestamp with time zone` column whose values are ISO strings. */
export const timestamptz = customType<{ data: string; driverData: string }>({
  dataType: () => 'timestamp with time zone',
  fromDriver: (value) => (typeof value === 'string' ? toIsoTimestamp(value) : new Date(value as unknown as Date).toISOString()),
});
