/**
 * The two-command promise and the CLI, end to end as processes: first start creates the admin and
 * loads the demo portfolio; a second start loads nothing twice; a second process on the same
 * embedded data directory refuses; CLI commands fail with a one-line reason.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runRapport, startRapport } from '../helpers/rapport-process.ts';
import { createTestDatabase, testDatabaseUrl } from '../helpers/test-database.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'rapport-start-'));
const database = testDatabaseUrl() ? await createTestDatabase() : undefined;
const env: Record<string, string> = { DATA_DIR: dataDir, ...(database?.url ? { DATABASE_URL: database.url } : {}) };
afterAll(async () => {
  await database?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(url: string, email: string, password: string) {
  const res = await fetch(`${url}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

describe('rapport start', () => {
  it('first start: prints the URL and admin sign-in, loads the demo once; second start keeps the data', async () => {
    const first = await startRapport([], env);
    try {
      const admin = first.output().match(/First admin sign-in: (\S+) \/ (\S+)/);
      expect(admin?.[1]).toBe('admin@rapport.local');
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
      const session = await signIn(first.url, admin?.[1] ?? '', admin?.[2] ?? '');
      expect(session.status).toBe(200);
      const accounts = await (await fetch(`${first.url}/api/v1/accounts?limit=1`, { headers: { cookie: session.cookie } })).json();
      expect(accounts.total).toBe(300);
      expect(first.output()).toMatch(/Demo team \(password \S+\): leader \S+@\S+, CSM \S+@\S+/);
    } finally {
      expect(await first.stop()).toBe(0);
    }
    const second = await startRapport([], env);
    try {
      const admin = second.output().match(/First admin sign-in: (\S+) \/ (\S+)/);
      const session = await signIn(second.url, admin?.[1] ?? '', admin?.[2] ?? '');
      const accounts = await (await fetch(`${second.url}/api/v1/accounts?limit=1`, { headers: { cookie: session.cookie } })).json();
      expect(accounts.total).toBe(300);
    } finally {
      await second.stop();
    }
  });

  it.skipIf(Boolean(testDatabaseUrl()))('refuses a second process on the same embedded data directory', async () => {
    const server = await startRapport(['--no-demo'], env);
    try {
      const clash = await runRapport(['user', 'create', '--email', 'x@example.test', '--role', 'csm'], env);
      expect(clash.code).toBe(1);
      expect(clash.stderr.trim().split('\n')).toHaveLength(1);
      expect(clash.stderr).toMatch(/in use by another Rapport process \(pid \d+\)/);
    } finally {
      await server.stop();
    }
  });
});

describe('rapport CLI', () => {
  it('creates a user and an API token that the API accepts', async () => {
    const created = await runRapport(['user', 'create', '--email', 'cli.csm@example.test', '--role', 'csm', '--json'], env);
    expect(created.code).toBe(0);
    const user = JSON.parse(created.stdout);
    expect(user).toMatchObject({ email: 'cli.csm@example.test', role: 'csm' });
    const token = await runRapport(['token', 'create', '--email', 'cli.csm@example.test'], env);
    expect(token.code).toBe(0);
    const server = await startRapport(['--no-demo'], env);
    try {
      const me = await fetch(`${server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token.stdout.trim()}` } });
      expect(await me.json()).toMatchObject({ email: 'cli.csm@example.test', role: 'csm' });
      const password = await signIn(server.url, 'cli.csm@example.test', user.password);
      expect(password.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it.each([
    [['user', 'create', '--email', 'a@b.test', '--role', 'boss'], /--role must be one of admin, leader, csm, viewer/],
    [['user', 'create', '--role', 'csm'], /--email is required/],
    [['token', 'create', '--email', 'nobody@example.test'], /No user with e-mail nobody@example.test/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['user', 'create', '--email', 'cli.csm@example.test', '--role', 'viewer'], /already exists/],
  ])('rapport %j fails with a one-line reason', async (args, reason) => {
    const result = await runRapport(args, env);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(reason);
  });

  it('imports a folder of Salesforce exports, then re-imports it as a no-op; a broken file exits 1 and writes nothing', async () => {
    const sample = 'test/fixtures/crm/salesforce/sample';
    const first = await runRapport(['import', 'salesforce', sample, '--json'], env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).counts.accounts.created).toBeGreaterThanOrEqual(50);
    const again = await runRapport(['import', 'salesforce', sample], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/accounts\s+0\s+0\s+\d+/);
    const broken = await runRapport(['import', 'csv', 'test/fixtures/crm/generic/accounts-broken.csv'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/accounts-broken\.csv row 3, .*"platinum"/);
    expect(broken.stdout).toMatch(/Rejected: .*nothing was written/);
  });

  it('imports past assessment answers: a junk row rejects the file, --skip-invalid imports the rest once', async () => {
    const file = join(dataDir, 'past-answers.csv');
    writeFileSync(file, 'Response date,NPS score,Comment\n14/03/2025,9,Great onboarding\n15/03/2025,,\n16/03/2025,4,Support is slow\n');
    const account = (await runRapport(['export', 'accounts', '--format', 'csv'], env)).stdout.split('\n')[1]?.split(',')[1] as string;
    const strict = await runRapport(['import', 'responses', file, '--date-format', 'eu', '--account', account], env);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('row 3, NPS score (empty): score is empty');
    expect(strict.stdout).toMatch(/Rejected: 1 rows .*nothing was written/);
    const lenient = await runRapport(['import', 'responses', file, '--date-format', 'eu', '--account', account, '--skip-invalid'], env);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('Imported 2 answers (0 were already there, 1 rows rejected); NPS 0 from 2 answers.');
    const again = await runRapport(['import', 'responses', file, '--date-format', 'eu', '--account', account, '--skip-invalid'], env);
    expect(again.stdout).toContain('Imported 0 answers (2 were already there');
  });

  it('prints help for every command', async () => {
    for (const command of [['start'], ['migrate'], ['demo'], ['user', 'create'], ['token', 'create'], ['import'], ['export']]) {
      const help = await runRapport([...command, '--help'], env);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`rapport ${command.join(' ')}`);
    }
  });
});
