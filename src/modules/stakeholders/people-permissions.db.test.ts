import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps } from '../../../test/helpers/test-deps.ts';
import { auditLog } from '../../db/schema.ts';

const deps = await createTestDeps();
const api = createApi(deps);
afterAll(() => deps.database.dispose());

describe('who may change a person', () => {
  let priya: Client;
  let other: Client;
  let leader: Client;
  let ownAccount: string;
  let maja: { personId: string; stakeholderId: string };

  beforeAll(async () => {
    priya = await api.as('csm', 'Priya Raman');
    other = await api.as('csm', 'Olle Owner');
    leader = await api.as('leader');
    ownAccount = (await priya.post('/api/v1/accounts', { name: 'Priya Account', tier: 'enterprise' })).body.id;
    const amber = (await other.post('/api/v1/accounts', { name: 'Amber Arc Health', tier: 'strategic' })).body.id;
    const created = await other.post('/api/v1/stakeholders', {
      accountId: amber,
      person: { firstName: 'Maja', lastName: 'Berg', email: 'maja.berg@amberarc.example' },
      personas: ['decision_maker'],
      keyToSuccess: 'critical',
    });
    maja = { personId: created.body.personId, stakeholderId: created.body.id };
  });

  it("refuses a CSM rewriting the e-mail of a person in another CSM's account, and changes nothing", async () => {
    const res = await priya.patch(`/api/v1/people/${maja.personId}`, { email: 'maja@evil.example' });
    expect(res.status).toBe(403);
    expect(res.contentType).toContain('application/problem+json');
    expect(res.body.detail).toContain('Amber Arc Health');
    expect((await priya.get(`/api/v1/people/${maja.personId}`)).body.email).toBe('maja.berg@amberarc.example');
    expect(
      (await other.get(`/api/v1/stakeholders/${maja.stakeholderId}/history`)).body.items.map((c: { field: string }) => c.field),
    ).not.toContain('email');
  });

  it('still refuses once the CSM has made the same person a stakeholder in their own account too', async () => {
    const attached = await priya.post('/api/v1/stakeholders', {
      accountId: ownAccount,
      personId: maja.personId,
      personas: ['influencer'],
      keyToSuccess: 'peripheral',
    });
    expect(attached.status).toBe(201);
    const direct = await priya.patch(`/api/v1/people/${maja.personId}`, { email: 'maja@evil.example' });
    expect(direct.status).toBe(403);
    // The nested person of their own stakeholder reaches the same person: the same rule applies, and the stakeholder change is not half-written.
    const nested = await priya.patch(`/api/v1/stakeholders/${attached.body.id}`, {
      keyToSuccess: 'critical',
      person: { email: 'maja@evil.example' },
    });
    expect(nested.status).toBe(403);
    const after = await priya.get(`/api/v1/stakeholders/${attached.body.id}`);
    expect([after.body.person.email, after.body.keyToSuccess]).toEqual(['maja.berg@amberarc.example', 'peripheral']);
  });

  it('lets a CSM change a person whose every role is in their own book', async () => {
    const own = await priya.post('/api/v1/stakeholders', {
      accountId: ownAccount,
      person: { firstName: 'Nils', lastName: 'Own', email: 'nils@own.example' },
      personas: [],
      keyToSuccess: 'important',
    });
    const res = await priya.patch(`/api/v1/people/${own.body.personId}`, { title: 'CFO' });
    expect([res.status, res.body.title]).toEqual([200, 'CFO']);
  });

  it("records an e-mail change with both values in the audit log and in every role's history", async () => {
    const res = await leader.patch(`/api/v1/people/${maja.personId}`, { email: 'maja.berg@amber.example' });
    expect([res.status, res.body.email]).toEqual([200, 'maja.berg@amber.example']);
    const roles = (await leader.get(`/api/v1/people/${maja.personId}`)).body.stakeholders as { stakeholderId: string }[];
    expect(roles).toHaveLength(2);
    for (const { stakeholderId } of roles) {
      const history = (await other.get(`/api/v1/stakeholders/${stakeholderId}/history`)).body.items;
      const email = history.filter((c: { field: string }) => c.field === 'email');
      expect(
        email.map((c: { fromValue: unknown; toValue: unknown; changedByName: string }) => [c.fromValue, c.toValue, c.changedByName]),
      ).toEqual([['maja.berg@amberarc.example', 'maja.berg@amber.example', leader.user.name]]);
    }
    const audit = await deps.database.db.select().from(auditLog).where(eq(auditLog.entityId, maja.personId));
    const updates = audit.filter((a) => a.action === 'update');
    expect(updates.map((a) => a.detail)).toEqual([
      { changed: { email: { from: 'maja.berg@amberarc.example', to: 'maja.berg@amber.example' } } },
    ]);
  });

  it("refuses even the first account's owner once the person is also in another CSM's book", async () => {
    const res = await other.patch(`/api/v1/stakeholders/${maja.stakeholderId}`, { person: { email: 'maja@amber.example' } });
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain('Priya Account');
  });

  it('lets a CSM change the e-mail through the nested person of their own stakeholder, with the same history', async () => {
    const own = await priya.post('/api/v1/stakeholders', {
      accountId: ownAccount,
      person: { firstName: 'Ebba', lastName: 'Own', email: 'ebba@own.example' },
      personas: [],
      keyToSuccess: 'important',
    });
    const res = await priya.patch(`/api/v1/stakeholders/${own.body.id}`, { person: { email: 'ebba@new.example' } });
    expect([res.status, res.body.person.email]).toEqual([200, 'ebba@new.example']);
    const history = (await priya.get(`/api/v1/stakeholders/${own.body.id}/history`)).body.items;
    expect(
      history
        .filter((c: { field: string }) => c.field === 'email')
        .map((c: { fromValue: unknown; toValue: unknown }) => [c.fromValue, c.toValue]),
    ).toEqual([['ebba@own.example', 'ebba@new.example']]);
  });

  it("refuses a CSM's import that would rename a person in another CSM's account, before it reads a row", async () => {
    const { email } = (await leader.get(`/api/v1/people/${maja.personId}`)).body;
    const upload = () => {
      const body = new FormData();
      body.append('files', new File([`Account,First name,Last name,Email\nAmber Arc Health,Mallory,Berg,${email}\n`], 'contacts.csv'));
      body.append('kind', 'stakeholders');
      return body;
    };
    const refused = await priya.send('POST', '/api/v1/imports', upload());
    expect([refused.status, refused.contentType]).toEqual([403, 'application/problem+json']);
    expect((await leader.get(`/api/v1/people/${maja.personId}`)).body.firstName).toBe('Maja');
    // The same file does reach the person when a leader previews it: the refusal is the rule, not a file that matches nobody.
    const preview = await leader.send('POST', '/api/v1/imports?dryRun=true', upload());
    expect([preview.status, preview.body.counts.people]).toEqual([200, { created: 0, updated: 1, unchanged: 0 }]);
  });
});
