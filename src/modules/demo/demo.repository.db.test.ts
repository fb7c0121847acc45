import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite, openPostgres } from '../../db/client.ts';
import { migrateDatabase } from '../../db/migrate.ts';
import { loadPortfolio } from './demo.repository.ts';
import { generatePortfolio } from './domain/generate-portfolio.ts';
import type { StoryKind } from './domain/portfolio.ts';

const AS_OF = '2025-06-30';

/** In-memory PGlite, or a throwaway database on the PostgreSQL server named by DATABASE_URL. */
async function openTestDatabase(): Promise<{ database: Database; dispose(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const database = await openPglite(undefined);
    await migrateDatabase(database);
    return { database, dispose: () => database.close() };
  }
  const name = `rapport_demo_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), 2);
  await migrateDatabase(database, url.toString());
  return {
    database,
    dispose: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

const portfolio = generatePortfolio({ seed: 5, accounts: 40, asOf: AS_OF });
let test: Awaited<ReturnType<typeof openTestDatabase>>;
const progress: [string, number][] = [];

const one = async <T>(text: string, params: unknown[] = []) => (await test.database.sql.query<T>(text, params)).rows[0];
const count = async (table: string) => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).n;
const storyOf = (kind: StoryKind) => portfolio.storyAccounts.find((story) => story.kind === kind);

const foreignKeys = async () => (await one<{ n: number }>(`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f'`)).n;
let foreignKeysBefore = 0;

beforeAll(async () => {
  test = await openTestDatabase();
  foreignKeysBefore = await foreignKeys();
  await loadPortfolio(test.database, portfolio, {
    passwordHash: 'hash-for-tests',
    onProgress: (table, rows) => progress.push([table, rows]),
  });
});
afterAll(() => test?.dispose());

describe('loadPortfolio', () => {
  it('writes every generated row, table by table', async () => {
    expect(await count('users')).toBe(portfolio.users.length);
    expect(await count('accounts')).toBe(portfolio.accounts.length);
    expect(await count('account_stage_changes')).toBe(portfolio.accountStageChanges.length);
    expect(await count('people')).toBe(portfolio.people.length);
    expect(await count('stakeholders')).toBe(portfolio.stakeholders.length);
    expect(await count('stakeholder_changes')).toBe(portfolio.stakeholderChanges.length);
    expect(await count('touchpoints')).toBe(portfolio.touchpoints.length);
    expect(await count('touchpoint_stakeholders')).toBe(portfolio.touchpointStakeholders.length);
    expect(await count('touchpoint_users')).toBe(portfolio.touchpointUsers.length);
    expect(progress).toContainEqual(['touchpoints', portfolio.touchpoints.length]);
  });

  it('leaves every foreign key it set aside for the bulk insert in place again', async () => {
    expect(foreignKeysBefore).toBeGreaterThan(10);
    expect(await foreignKeys()).toBe(foreignKeysBefore);
  });

  it('records the demo in settings and gives demo users the password hash', async () => {
    const setting = await one<{ value: unknown }>(`SELECT value FROM settings WHERE key = 'demo'`);
    expect(setting.value).toEqual({ seed: 5, accounts: 40, loadedAt: AS_OF });
    const login = portfolio.demoLogins[0];
    const user = await one<{ role: string; password_hash: string }>('SELECT role, password_hash FROM users WHERE email = $1', [
      login.email,
    ]);
    expect(user).toEqual({ role: 'leader', password_hash: 'hash-for-tests' });
  });

  it('stores values with their types: persona arrays, JSON history, dates, money', async () => {
    const account = portfolio.accounts[0];
    const row = await one<{ arr: number; renewal_date: string | null; tier: string }>(
      'SELECT arr, renewal_date, tier FROM accounts WHERE id = $1',
      [account.id],
    );
    expect(row).toEqual({ arr: account.arr, renewal_date: account.renewalDate, tier: account.tier });
    const withSponsor = portfolio.stakeholders.filter((s) => s.personas.includes('executive_sponsor')).length;
    const sponsors = await one<{ n: number }>(`SELECT count(*)::int AS n FROM stakeholders WHERE 'executive_sponsor' = ANY(personas)`);
    expect(sponsors.n).toBe(withSponsor);
    const change = portfolio.stakeholderChanges.find((c) => c.fromValue !== null && c.field === 'assessedSentiment');
    const stored = await one<{ from_value: unknown; to_value: unknown }>(
      'SELECT from_value, to_value FROM stakeholder_changes WHERE id = $1',
      [change?.id],
    );
    expect(stored).toEqual({ from_value: change?.fromValue, to_value: change?.toValue });
  });

  it('shows the executive sponsor last seen about 150 days ago, by SQL', async () => {
    const story = storyOf('sponsor_last_seen_150_days');
    if (!story) throw new Error('the 40-account portfolio should carry this story');
    const last = await one<{ days: number }>(
      `SELECT ($2::date - max((t.occurred_at AT TIME ZONE 'UTC')::date))::int AS days
         FROM touchpoints t
         JOIN touchpoint_stakeholders ts ON ts.touchpoint_id = t.id
         JOIN stakeholders s ON s.id = ts.stakeholder_id
        WHERE t.account_id = $1 AND 'executive_sponsor' = ANY(s.personas)`,
      [story.accountId, AS_OF],
    );
    expect(last.days).toBeGreaterThanOrEqual(150);
    expect(last.days).toBeLessThanOrEqual(152);
  });

  it('shows the single-threaded account and the key stakeholder who left, by SQL', async () => {
    const single = storyOf('single_threaded');
    const left = storyOf('key_stakeholder_left');
    if (!single || !left) throw new Error('the 40-account portfolio should carry these stories');
    const threads = await one<{ people: number; touchpoints: number }>(
      `SELECT count(DISTINCT ts.stakeholder_id)::int AS people, count(DISTINCT t.id)::int AS touchpoints
         FROM touchpoints t JOIN touchpoint_stakeholders ts ON ts.touchpoint_id = t.id
        WHERE t.account_id = $1 AND t.occurred_at >= $2::date - 90`,
      [single.accountId, AS_OF],
    );
    expect(threads.people).toBe(1);
    expect(threads.touchpoints).toBeGreaterThanOrEqual(5);
    const gone = await one<{ status: string; key_to_success: string; days: number }>(
      `SELECT status, key_to_success, ($2::date - left_at)::int AS days FROM stakeholders WHERE id = $1`,
      [left.stakeholderId, AS_OF],
    );
    expect(gone.status).toBe('left');
    expect(gone.key_to_success).toBe('critical');
    expect(gone.days).toBeGreaterThanOrEqual(14);
  });

  it('writes nothing when any part fails: an error in the last table rolls back the first ones', async () => {
    const other = generatePortfolio({ seed: 6, accounts: 10, asOf: AS_OF });
    const broken = {
      ...other,
      users: other.users.map((u) => ({ ...u, email: `other.${u.email}` })),
      // A participant who is nobody: the foreign key fails on the very last insert.
      touchpointUsers: [
        ...other.touchpointUsers,
        { touchpointId: other.touchpoints[0].id, userId: '00000000-0000-4000-8000-000000000000' },
      ],
    };
    await expect(loadPortfolio(test.database, broken, { passwordHash: null })).rejects.toThrow(/foreign key/);
    expect(await count('users')).toBe(portfolio.users.length);
    expect(await count('accounts')).toBe(portfolio.accounts.length);
    expect(await count('touchpoints')).toBe(portfolio.touchpoints.length);
  });
});
