/** Opaque cursor for keyset pagination: the sort value and id of the last row seen. */
import { AppError } from '../lib/errors.ts';

export type Cursor = { v: string | number | null; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof parsed.id !== 'string') throw new Error('no id');
    return parsed;
  } catch {
    throw new AppError('VALIDATION_FAILED', 'cursor: not a cursor returned by this API', [
      { field: 'cursor', message: 'not a cursor returned by this API' },
    ]);
  }
}

export type Page<T> = { items: T[]; nextCursor: string | null; total: number };
