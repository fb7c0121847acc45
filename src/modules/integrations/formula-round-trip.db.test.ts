/**
 * The export's formula guard and the import undo each other exactly: values a spreadsheet would run
 * as formulas (`=SUM(A1)`, `+44 20 7946 0958`, `-5+A1`, `@x`) leave the export with a leading
 * apostrophe, and importing that export gives back the values as they were — also values that
 * start with apostrophes themselves.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';
import type { Deps } from '../../deps.ts';
import type { ExportEntity } from './domain/export-entities.ts';
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
  return { name: `rapport-${entity}.csv`, text, bytes: new TextEncoder().encode(text) };
}

const RISKY = ['=SUM(A1)', '+44 20 7946 0958', '-5+A1', '@x', "'=already quoted", "''+twice", "'plain apostrophe", '-5'];

describe('formula guard round trip', () => {
  it('exports risky values as text and re-imports them exactly', async () => {
    const admin = await createApi(source).as('admin', 'Ada Admin');
    await target.database.sql.query('insert into users (email, name, role) values ($1, $2, $3)', [
      admin.user.email,
      admin.user.name,
      'admin',
    ]);
    for (const [i, value] of RISKY.entries()) {
      const account = await admin.post('/api/v1/accounts', { name: `${value} account`, tier: 'community', industry: value });
      expect(account.status, JSON.stringify(account.body)).toBe(201);
      const stakeholder = await admin.post('/api/v1/stakeholders', {
        accountId: account.body.id,
        person: { firstName: value, lastName: `Person ${i}`, email: `p${i}@example.test`, title: value, phone: value },
        personas: ['champion'],
      });
      expect(stakeholder.status, JSON.stringify(stakeholder.body)).toBe(201);
      const touchpoint = await admin.post('/api/v1/touchpoints', {
        accountId: account.body.id,
        kind: 'call',
        occurredAt: `2026-05-0${i + 1}T10:00:00Z`,
        summary: value,
        stakeholderIds: [stakeholder.body.id],
      });
      expect(touchpoint.status, JSON.stringify(touchpoint.body)).toBe(201);
    }

    const files = [await exported(source, 'accounts'), await exported(source, 'stakeholders'), await exported(source, 'touchpoints')];
    // No cell of the export starts a formula: each risky one is apostrophe-guarded.
    const accountsCsv = files[0].text;
    expect(accountsCsv).toContain("'=SUM(A1)");
    expect(accountsCsv).toContain("'+44 20 7946 0958");
    expect(accountsCsv).toContain("'@x");
    expect(accountsCsv).toContain("''=already quoted");
    expect(accountsCsv).toContain("'''+twice");
    for (const line of files.flatMap((f) => f.text.split(/\r\n/)))
      for (const cell of line.split(',')) expect(/^"?[=+@]/.test(cell) || /^"?-[^0-9]/.test(cell), `${cell} in ${line}`).toBe(false);

    const report = await runImport(target, null, files, { dryRun: false, skipInvalid: false });
    expect(report.errors).toEqual([]);
    expect(report.status).toBe('imported');

    const read = async (deps: Deps) => ({
      accounts: (await deps.database.sql.query('select name, industry from accounts order by name')).rows,
      people: (await deps.database.sql.query('select first_name, last_name, title, phone from people order by last_name')).rows,
      touchpoints: (await deps.database.sql.query('select summary from touchpoints order by occurred_at')).rows,
    });
    const before = await read(source);
    const after = await read(target);
    expect(after).toEqual(before);
    expect(after.accounts.map((a) => a.industry).sort()).toEqual([...RISKY].sort());
    expect(after.touchpoints.map((t) => t.summary)).toEqual(RISKY);
  });
});
