import type { SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { isoTimestamps } from './timestamps.ts';

/** Runs a raw SQL fragment and returns its rows; both engines answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows.map(isoTimestamps);
}
