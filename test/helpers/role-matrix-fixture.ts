/**
 * The world the route × role matrix runs in: two CSMs with an account each, stakeholders,
 * touchpoints, relationship actions, a launched assessment wave and one detractor follow-up task per
 * CSM, so every path parameter can name an object of the calling CSM ("own") or of the other
 * ("foreign"). Everything is made through the API and the public answer page, as users make it.
 */
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../../src/db/query.ts';
import type { Deps } from '../../src/deps.ts';
import { ensureAssessmentDefaults } from '../../src/modules/assessments/questionnaires/questionnaires.service.ts';
import { revokeApiToken } from '../../src/modules/auth/auth.service.ts';
import { createApiToken } from '../../src/modules/auth/index.ts';
import { ensureCoverageDefaults } from '../../src/modules/coverage/index.ts';
import { type ApiResult, type Client, createApi } from './api-client.ts';

export type Side = 'own' | 'foreign';
/** The objects of one CSM's book. */
export type Book = {
  csm: Client;
  accountId: string;
  accountName: string;
  stakeholderId: string;
  personId: string;
  personEmail: string;
  touchpointId: string;
  actionId: string;
  taskId: string;
};

let sequence = 0;
/** A name no earlier call used, for objects made fresh for one call. */
export const fresh = (prefix: string) => `${prefix} ${++sequence}`;

const ok = (res: ApiResult, what: string) => {
  expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
};

export async function seedRoleMatrix(deps: Deps) {
  await ensureCoverageDefaults(deps);
  await ensureAssessmentDefaults(deps);
  const api = createApi(deps);
  const admin = await api.as('admin', 'Ada Admin');
  const leader = await api.as('leader', 'Lena Leader');
  const viewer = await api.as('viewer', 'Vic Viewer');
  const priya = await api.as('csm', 'Priya Raman');
  const olle = await api.as('csm', 'Olle Owner');
  const revoked = await createApiToken(deps, null, { userId: admin.user.id, name: 'revoked' });
  await revokeApiToken(deps, { ...admin.user }, revoked.id);

  const questionnaireId = ok(await leader.get('/api/v1/questionnaires'), 'questionnaires').items[0].id as string;
  const programId = ok(
    await leader.post('/api/v1/assessment-programs', {
      name: 'Decision makers',
      questionnaireId,
      personas: ['decision_maker'],
      trigger: { kind: 'every', days: 180 },
    }),
    'program',
  ).id as string;

  async function book(csm: Client, name: string, first: string): Promise<Omit<Book, 'actionId' | 'taskId'>> {
    const accountId = ok(await csm.post('/api/v1/accounts', { name, tier: 'strategic', lifecycleStage: 'adoption' }), name).id;
    const personEmail = `${first.toLowerCase()}@${name.toLowerCase().replace(/\W+/g, '-')}.example`;
    const stakeholder = ok(
      await csm.post('/api/v1/stakeholders', {
        accountId,
        person: { firstName: first, lastName: 'Berg', email: personEmail },
        personas: ['decision_maker'],
        keyToSuccess: 'critical',
      }),
      'stakeholder',
    );
    const touchpoint = ok(
      await csm.post('/api/v1/touchpoints', {
        accountId,
        kind: 'call',
        occurredAt: '2026-06-01T10:00:00Z',
        stakeholderIds: [stakeholder.id],
      }),
      'touchpoint',
    );
    return {
      csm,
      accountId,
      accountName: name,
      stakeholderId: stakeholder.id,
      personId: stakeholder.personId,
      personEmail,
      touchpointId: touchpoint.id,
    };
  }
  const partial = { own: await book(priya, 'Priya Account', 'Maja'), foreign: await book(olle, 'Amber Arc Health', 'Nils') };

  // One wave invites both decision makers; each answers as a detractor, which gives their CSM a follow-up task.
  const wave = ok(await leader.post(`/api/v1/assessment-programs/${programId}/launch`), 'launch');
  const links = await queryRows<{ link: string }>(deps.database.db, sql`select link from assessment_messages where sequence = 0`);
  expect(links).toHaveLength(2);
  for (const { link } of links) {
    const res = await api.app.request(link.slice(link.indexOf('/r/')), {
      method: 'POST',
      body: new URLSearchParams({ nps: '3' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
  }
  const [messageId] = (await queryRows<{ id: string }>(deps.database.db, sql`select id from assessment_messages limit 1`)).map((m) => m.id);

  async function complete(side: Side): Promise<Book> {
    const b = partial[side];
    // Reading an account's coverage turns its gaps into relationship actions owned by its CSM.
    const coverage = ok(await b.csm.get(`/api/v1/accounts/${b.accountId}/coverage`), 'coverage');
    const action = coverage.actions.find((a: { status: string }) => a.status === 'open');
    const task = ok(await b.csm.get('/api/v1/tasks'), 'tasks').items.find((t: { accountName: string }) => t.accountName === b.accountName);
    expect(action && task, `${side}: an action and a task`).toBeTruthy();
    return { ...b, actionId: action.id, taskId: task.id };
  }

  return {
    api,
    callers: {
      anonymous: api.anonymous,
      revokedToken: api.withToken(revoked.token),
      viewer,
      csmOwn: priya,
      csmForeign: priya,
      leader,
      admin,
    },
    users: { admin, leader, viewer, priya, olle },
    books: { own: await complete('own'), foreign: await complete('foreign') },
    questionnaireId,
    programId,
    waveId: wave.id as string,
    messageId,
  };
}

export type RoleMatrixFixture = Awaited<ReturnType<typeof seedRoleMatrix>>;
export type Caller = keyof RoleMatrixFixture['callers'];
