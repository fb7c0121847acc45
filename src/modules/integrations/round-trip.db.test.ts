/**
 * Exporting then importing into an empty database gives the same data: a generated demo-like
 * portfolio is exported (accounts, stakeholders, touchpoints as CSV), the three files are imported
 * into a fresh database that only knows the same users, and every entity is compared field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';
import type { Deps } from '../../deps.ts';
import { generatePortfolio, loadPortfolio } from '../demo/index.ts';
import type { ExportEntity } from './domain/index.ts';
import { exportChunks } from './export.service.ts';
import { runImport } from './import.service.ts';

const source = await createTestDeps();
const target = await createTestDeps();
afterAll(async () => {
  await source.database.dispose();
  await target.database.dispose();
});

async function exported(deps: Deps, entity: ExportEntity) {
  let text = '';
  for await (const chunk of exportChunks(deps, entity, 'csv')) text += chunk;
  return { name: `rapport-${entity}.csv`, bytes: new TextEncoder().encode(text) };
}

/** Each entity as a user sees it, without the ids a database gives its rows. */
async function contents(deps: Deps) {
  const rows = async (text: string) => (await deps.database.sql.query(text)).rows;
  return {
    accounts: await rows(`select a.name, a.tier, a.size_band, a.region, a.industry, a.employees, a.lifecycle_stage, a.arr::float8 as arr,
        a.renewal_date::text as renewal_date, u.email as owner, a.salesforce_id, a.hubspot_id
      from accounts a left join users u on u.id = a.owner_id order by a.name`),
    stakeholders: await rows(`select a.name as account, p.first_name, p.last_name, p.email, p.title, p.phone,
        array(select unnest(s.personas) order by 1) as personas, s.key_to_success, s.assessed_sentiment, s.relationship_strength,
        s.personal_rapport, s.status, s.left_at::text as left_at
      from stakeholders s join people p on p.id = s.person_id join accounts a on a.id = s.account_id
      order by a.name, p.email, p.first_name, p.last_name`),
    touchpoints:
      await rows(`select a.name as account, t.kind, to_char(t.occurred_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as at, t.summary,
        array(select p.email from touchpoint_stakeholders ts join stakeholders s on s.id = ts.stakeholder_id
          join people p on p.id = s.person_id where ts.touchpoint_id = t.id order by p.email) as participants
      from touchpoints t join accounts a on a.id = t.account_id order by a.name, t.occurred_at, t.kind, t.summary`),
  };
}

describe('export, then import into an empty database', () => {
  beforeAll(async () => {
    const portfolio = generatePortfolio({ seed: 11, accounts: 8, asOf: '2026-06-15' });
    await loadPortfolio(source.database, portfolio, { passwordHash: null });
    // The new instance has the same team: owners are matched by e-mail.
    for (const user of portfolio.users)
      await target.database.sql.query('insert into users (email, name, role) values ($1, $2, $3)', [user.email, user.name, user.role]);
  });

  it('recognises the files as Rapport exports and gives the same accounts, stakeholders and touchpoints', async () => {
    const files = [await exported(source, 'touchpoints'), await exported(source, 'stakeholders'), await exported(source, 'accounts')];
    const report = await runImport(target, null, files, { dryRun: false, skipInvalid: false });
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('imported');
    expect(report.files.map((f) => [f.file, f.format?.system, f.format?.object])).toEqual([
      ['rapport-accounts.csv', 'rapport', 'account'],
      ['rapport-stakeholders.csv', 'rapport', 'contact'],
      ['rapport-touchpoints.csv', 'rapport', 'touchpoint'],
    ]);
    const before = await contents(source);
    const after = await contents(target);
    expect(after.accounts.length).toBe(8);
    expect(after.accounts).toEqual(before.accounts);
    expect(after.stakeholders).toEqual(before.stakeholders);
    expect(after.touchpoints.length).toBeGreaterThan(100);
    expect(after.touchpoints).toEqual(before.touchpoints);
    // The demo portfolio has people who left, assessed sentiments and several personas: the comparison covers them.
    expect(after.stakeholders.some((s) => s.status === 'left')).toBe(true);
    expect(after.stakeholders.some((s) => s.assessed_sentiment !== null)).toBe(true);
  });

  it('imports the same export again as a no-op', async () => {
    const files = [await exported(source, 'accounts'), await exported(source, 'stakeholders'), await exported(source, 'touchpoints')];
    const again = await runImport(target, null, files, { dryRun: false, skipInvalid: false });
    expect(again.errors).toEqual([]);
    expect(again.counts).toMatchObject({
      accounts: { created: 0, updated: 0 },
      people: { created: 0, updated: 0 },
      stakeholders: { created: 0, updated: 0 },
      touchpoints: { created: 0 },
    });
  });
});
