/**
 * Opaque cursor for keyset pagination: the sort value and id of the last row seen. A cursor that
 * this API did not hand out (garbage, a hand-edited one, one whose value does not fit the sort) is
 * a 400 naming `cursor`, before any query runs.
 */
import { isCalendarDate } from '../domain/dates.ts';
import { AppError } from './errors.ts';

export type Cursor = { v: string | number | null; id: string };

/** What the sort value of a cursor must be: the type of the column the list is sorted by. */
export type CursorValue = 'text' | 'number' | 'date' | 'instant' | 'offset';
export type CursorShape = { value: CursorValue; nullable?: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_TEXT = 2000;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function fits(v: unknown, shape: CursorShape): boolean {
  if (v === null) return shape.nullable === true;
  switch (shape.value) {
    case 'text':
      return typeof v === 'string' && v.length <= MAX_TEXT && !v.includes('\u0000');
    case 'number': // numeric columns come back as text ("1000.50")
      return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^-?\d{1,30}(\.\d{1,30})?$/.test(v));
    case 'offset':
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    case 'date': {
      const m = typeof v === 'string' ? v.match(DATE) : null;
      return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    }
    case 'instant': {
      if (typeof v !== 'string' || !INSTANT.test(v)) return false;
      const [, y, mo, d] = v.match(/^(\d{4})-(\d{2})-(\d{2})/) ?? [];
      return isCalendarDate(Number(y), Number(mo), Number(d)) && Number.isFinite(Date.parse(v));
    }
  }
}

export function decodeCursor(raw: string | undefined, shape: CursorShape = { value: 'text', nullable: true }): Cursor | undefined {
  if (!raw) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const candidate = parsed as Partial<Cursor> | undefined;
  const valid =
    typeof candidate === 'object' &&
    candidate !== null &&
    !Array.isArray(candidate) &&
    typeof candidate.id === 'string' &&
    (shape.value === 'offset' ? candidate.id === 'offset' : UUID.test(candidate.id)) &&
    'v' in candidate &&
    fits(candidate.v, shape);
  if (!valid) {
    throw new AppError('BAD_REQUEST', 'cursor: not a cursor returned by this API for this list and sort', [
      { field: 'cursor', message: 'not a cursor returned by this API for this list and sort; start again without it' },
    ]);
  }
  return { v: candidate.v as Cursor['v'], id: candidate.id as string };
}

export type Page<T> = { items: T[]; nextCursor: string | null; total: number };
