/**
 * Time-ordered ids: the database's uuid_v7() (the default of every id column) and the application's
 * uuidV7() give valid version-7 UUIDs whose leading 48 bits are the Unix milliseconds they were
 * made at, so ids made later sort later. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database.ts';
import { uuidV7 } from './uuid7.ts';

const database = await createTestDatabase();
afterAll(() => database.dispose());

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The Unix milliseconds in a v7 UUID's first 48 bits. */
const millisOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
/** The 60 time bits (milliseconds and the 12 sub-millisecond bits), as a sortable string. */
const timeOf = (id: string) => {
  const hex = id.replace(/-/g, '');
  return hex.slice(0, 12) + hex.slice(13, 16);
};
const clockMs = async () =>
  Number((await database.sql.query<{ ms: string }>(`select floor(extract(epoch from clock_timestamp()) * 1000)::text as ms`)).rows[0].ms);

describe(`uuid_v7() on ${database.kind}`, () => {
  it('returns version-7, RFC 9562-variant UUIDs carrying the clock time', async () => {
    const before = await clockMs();
    const { rows } = await database.sql.query<{ id: string; n: number }>(
      'select uuid_v7()::text as id, n from generate_series(1, 2000) as n order by n',
    );
    const after = await clockMs();
    expect(rows).toHaveLength(2000);
    for (const { id } of rows) {
      expect(id).toMatch(V7);
      expect(millisOf(id)).toBeGreaterThanOrEqual(before);
      expect(millisOf(id)).toBeLessThanOrEqual(after);
    }
    // 62 random bits: no two alike.
    expect(new Set(rows.map((r) => r.id)).size).toBe(2000);
    // Made one after the other within a statement: the time bits never go back.
    for (let i = 1; i < rows.length; i++) expect(timeOf(rows[i].id) >= timeOf(rows[i - 1].id)).toBe(true);
  });

  it('ids made later sort later, as uuid values in the database', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push((await database.sql.query<{ id: string }>('select uuid_v7()::text as id')).rows[0].id);
      await database.sql.query('select pg_sleep(0.002)');
    }
    const { rows } = await database.sql.query<{ id: string }>('select id::text from unnest($1::uuid[]) as id order by id', [ids]);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });

  it('is the default of id columns: a new account gets a version-7 id', async () => {
    const { rows } = await database.sql.query<{ id: string }>(
      `insert into accounts (name, tier, lifecycle_stage) values ('Nordlys AS', 'enterprise', 'adoption') returning id::text`,
    );
    expect(rows[0].id).toMatch(V7);
  });
});

describe('uuidV7() in the application', () => {
  it('returns version-7 UUIDs for the given instant, strictly increasing', () => {
    const at = Date.now() + 60_000; // ahead of any id this process made before
    const ids = Array.from({ length: 10_000 }, () => uuidV7(at));
    for (const id of ids) expect(id).toMatch(V7);
    // 4,096 steps per millisecond: 10,000 ids at one instant spill into the next two milliseconds, never back.
    expect(millisOf(ids[0])).toBeGreaterThanOrEqual(at);
    expect(millisOf(ids[ids.length - 1])).toBeLessThanOrEqual(at + 3);
    for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1]).toBe(true);
  });

  it('sorts the same way in the database as in JavaScript', async () => {
    const ids = Array.from({ length: 500 }, () => uuidV7());
    const shuffled = [...ids].sort(() => Math.random() - 0.5);
    const { rows } = await database.sql.query<{ id: string }>('select id::text from unnest($1::uuid[]) as id order by id', [shuffled]);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });
});
