import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';

const deps = await createTestDeps();
const api = createApi(deps);
afterAll(() => deps.database.dispose());

describe('export', () => {
  let leader: Client;
  let csm: Client;
  beforeAll(async () => {
    leader = await api.as('leader');
    csm = await api.as('csm');
    const account = (await csm.post('/api/v1/accounts', { name: 'Acme, "The" Company', tier: 'enterprise', arr: 12000.5 })).body.id;
    const ana = await csm.post('/api/v1/stakeholders', {
      accountId: account,
      person: { firstName: 'Ana', lastName: 'Silva', email: 'ana@acme.example', title: 'VP, Ops' },
      personas: ['champion', 'influencer'],
      keyToSuccess: 'critical',
    });
    await csm.post('/api/v1/touchpoints', {
      accountId: account,
      kind: 'call',
      occurredAt: '2026-06-01T09:30:00Z',
      summary: 'Line one\nline two',
      stakeholderIds: [ana.body.id],
      userIds: [csm.user.id],
    });
  });

  it('exports accounts, stakeholders and touchpoints as CSV that keeps commas, quotes, newlines and multi-values', async () => {
    const accounts = await api.app.request('/api/v1/exports/accounts?format=csv', { headers: { authorization: await leaderToken() } });
    expect(accounts.headers.get('content-type')).toContain('text/csv');
    const text = await accounts.text();
    expect(text.split('\r\n')[0]).toBe(
      'id,name,tier,sizeBand,region,industry,employees,lifecycleStage,arr,renewalDate,ownerEmail,salesforceId,hubspotId',
    );
    expect(text).toContain('"Acme, ""The"" Company",enterprise');
    expect(text).toContain(',12000.5,');
    const stakeholders = await (
      await api.app.request('/api/v1/exports/stakeholders', { headers: { authorization: await leaderToken() } })
    ).text();
    expect(stakeholders).toContain('Ana,Silva,ana@acme.example,"VP, Ops",,champion;influencer,critical');
    const touchpoints = await (
      await api.app.request('/api/v1/exports/touchpoints', { headers: { authorization: await leaderToken() } })
    ).text();
    expect(touchpoints).toContain('call,2026-06-01T09:30:00Z,"Line one\nline two",ana@acme.example');
  });

  it('exports JSON with the same fields, and refuses CSMs', async () => {
    const res = await api.app.request('/api/v1/exports/stakeholders?format=json', { headers: { authorization: await leaderToken() } });
    const body = await res.json();
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({ firstName: 'Ana', personas: ['champion', 'influencer'], keyToSuccess: 'critical' });
    expect((await csm.get('/api/v1/exports/accounts')).status).toBe(403);
  });

  let token: string | undefined;
  async function leaderToken() {
    token ??= (await leader.post('/api/v1/tokens', { name: 'export' })).body.token;
    return `Bearer ${token}`;
  }
});

describe('import through the API', () => {
  it('accepts multipart uploads, previews with dryRun, and keeps CSMs out', async () => {
    const leader = await api.as('leader');
    const csm = await api.as('csm');
    const { token } = (await leader.post('/api/v1/tokens', { name: 'import' })).body;
    const csv = 'Name,Tier,Industry\nUpload Co,strategic,Retail\n';
    const form = () => {
      const data = new FormData();
      data.append('files', new File([csv], 'accounts.csv', { type: 'text/csv' }));
      return data;
    };
    const preview = await api.app.request('/api/v1/imports?dryRun=true', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form(),
    });
    const report = await preview.json();
    expect(report).toMatchObject({ status: 'dry_run', written: false, counts: { accounts: { created: 1 } } });
    const csmToken = (await csm.post('/api/v1/tokens', { name: 'x' })).body.token;
    const refused = await api.app.request('/api/v1/imports', {
      method: 'POST',
      headers: { authorization: `Bearer ${csmToken}` },
      body: form(),
    });
    expect(refused.status).toBe(403);
    const done = await (
      await api.app.request('/api/v1/imports', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form() })
    ).json();
    expect(done).toMatchObject({ status: 'imported', counts: { accounts: { created: 1 } } });
    const list = await leader.get('/api/v1/accounts?q=Upload');
    expect(list.body.items[0]).toMatchObject({ name: 'Upload Co', tier: 'strategic', industry: 'Retail' });
  });
});
