/** A generic CSV's column mapping saved under a source name and reused: service, API and settings. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';
import { runImport } from './import.service.ts';
import { listSavedMappings } from './saved-mappings.ts';

const deps = await createTestDeps();
const api = createApi(deps);
afterAll(() => deps.database.dispose());

const fixtures = fileURLToPath(new URL('../../../test/fixtures/crm/generic/', import.meta.url));
const custom = () => ({ name: 'zendesk-week-18.csv', bytes: new Uint8Array(readFileSync(`${fixtures}touchpoints-custom-columns.csv`)) });
const mapping = {
  accountName: 'Account',
  activityType: 'Type of contact',
  occurredAt: 'When',
  subject: 'What happened',
  participantEmails: 'Who',
};

describe('saved column mappings', () => {
  beforeAll(async () => {
    const accounts = new TextEncoder().encode('Name,Tier\nNordlys AS,enterprise\n');
    await runImport(deps, null, [{ name: 'accounts.csv', bytes: accounts }], { dryRun: false, skipInvalid: false });
  });

  it('saves the kind and the mapping a preview was read with, under the source name', async () => {
    const report = await runImport(deps, null, [custom()], {
      dryRun: true,
      skipInvalid: false,
      kind: 'touchpoint',
      mapping,
      saveMappingAs: 'Zendesk',
    });
    expect(report.errors).toEqual([]);
    expect(report.files[0].mapping).toEqual(mapping);
    expect(report.savedMapping).toMatchObject({ source: 'zendesk', kind: 'touchpoint', mapping });
    expect(report.notes).toContain('Column mapping saved as "zendesk": use it for the next file from this source.');
    expect(await listSavedMappings(deps)).toEqual([expect.objectContaining({ source: 'zendesk', kind: 'touchpoint', mapping })]);
  });

  it('reads the next file from the source with the saved mapping alone', async () => {
    const report = await runImport(deps, null, [custom()], { dryRun: false, skipInvalid: false, savedMapping: 'zendesk' });
    expect(report.errors).toEqual([]);
    expect(report.files[0]).toMatchObject({ format: { system: 'generic', object: 'touchpoint' }, mapping, unknownColumns: [] });
    expect(report.counts?.touchpoints.created).toBe(1);
    expect(report.notes).toContain('Columns read with the mapping saved as "zendesk".');
  });

  it('does not save a mapping the files cannot be read with', async () => {
    const report = await runImport(deps, null, [custom()], {
      dryRun: true,
      skipInvalid: false,
      kind: 'touchpoint',
      mapping: { occurredAt: 'Nowhere' },
      saveMappingAs: 'broken',
    });
    expect(report.errors[0]).toMatchObject({ row: 1, reason: 'required column missing' });
    expect(report.savedMapping).toBeNull();
    expect(report.notes).toContain('The column mapping was not saved: the files could not be read with it.');
    expect((await listSavedMappings(deps)).map((m) => m.source)).toEqual(['zendesk']);
  });

  it('works through the API: list, use by name, save, and a clear answer for an unknown source', async () => {
    const leader = await api.as('leader');
    const { token } = (await leader.post('/api/v1/tokens', { name: 'mappings' })).body;
    const listed = await leader.get('/api/v1/imports/mappings');
    expect(listed.body).toEqual([expect.objectContaining({ source: 'zendesk', mapping })]);
    const upload = async (fields: Record<string, string>) => {
      const form = new FormData();
      form.append('files', new File([readFileSync(`${fixtures}touchpoints-custom-columns.csv`)], 'calls.csv', { type: 'text/csv' }));
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      return api.app.request('/api/v1/imports?dryRun=true', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    };
    const byName = await (await upload({ savedMapping: 'zendesk' })).json();
    expect(byName).toMatchObject({ status: 'dry_run', counts: { touchpoints: { unchanged: 1 } } });
    const saved = await (
      await upload({ kind: 'touchpoints', mapping: JSON.stringify({ ...mapping, subject: '' }), saveMappingAs: 'helpdesk' })
    ).json();
    expect(saved.savedMapping).toMatchObject({ source: 'helpdesk', kind: 'touchpoint' });
    const unknown = await upload({ savedMapping: 'nobody' });
    expect(unknown.status).toBe(404);
  });
});
