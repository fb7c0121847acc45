import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createApi } from '../../../test/helpers/api-client.ts';
import { createTestDeps, TEST_NOW } from '../../../test/helpers/test-deps.ts';
import { queryRows } from '../../db/query.ts';
import { ensureCoverageDefaults } from '../coverage/index.ts';
import { importPastResponses } from './answers/past-responses.service.ts';
import { ensureAssessmentDefaults } from './questionnaires/questionnaires.service.ts';
import { runDispatch } from './sending/dispatch.service.ts';

const deps = await createTestDeps();
const api = createApi(deps);
afterAll(() => deps.database.dispose());

let clock = TEST_NOW.getTime();
deps.now = () => new Date(clock);
const DAY = 86_400_000;

type Message = { id: string; link: string; status: string; sequence: number; to: string };
const messages = () =>
  queryRows<Message>(
    deps.database.db,
    sql`select id, link, status, sequence, to_address as "to" from assessment_messages order by to_address, sequence`,
  );
const tokenOf = (link: string) => link.slice(link.lastIndexOf('/r/') + 3);
const form = (values: Record<string, string>) => {
  const body = new URLSearchParams(values);
  return { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
};

describe('an assessment program from preview to closed loop', () => {
  let leader: Client;
  let csm: Client;
  let account: string;
  let other: string;
  let questionnaireId: string;
  let programId: string;
  const ids: Record<string, string> = {};

  async function addStakeholder(
    accountId: string,
    first: string,
    personas: string[],
    email: string | null,
    sentiment: string | null = null,
  ) {
    const res = await csm.post('/api/v1/stakeholders', {
      accountId,
      person: { firstName: first, lastName: 'Tester', ...(email ? { email } : {}) },
      personas,
      keyToSuccess: 'critical',
      assessedSentiment: sentiment,
    });
    expect(res.status).toBe(201);
    ids[first] = res.body.id;
  }

  beforeAll(async () => {
    await ensureCoverageDefaults(deps);
    await ensureAssessmentDefaults(deps);
    leader = await api.as('leader');
    csm = await api.as('csm', 'Casey Csm');
    account = (await csm.post('/api/v1/accounts', { name: 'Globex', tier: 'strategic', lifecycleStage: 'adoption' })).body.id;
    other = (await csm.post('/api/v1/accounts', { name: 'Initech', tier: 'strategic', lifecycleStage: 'adoption' })).body.id;
    await addStakeholder(account, 'Dana', ['decision_maker'], 'dana@globex.example', 'supportive');
    await addStakeholder(account, 'Lee', ['decision_maker', 'budget_holder'], 'lee@globex.example', 'supportive');
    await addStakeholder(account, 'Noemail', ['decision_maker'], null);
    await addStakeholder(account, 'Uma', ['day_to_day_user'], 'uma@globex.example');
    await addStakeholder(other, 'Ivo', ['decision_maker'], 'ivo@initech.example');
    const list = await leader.get('/api/v1/questionnaires');
    questionnaireId = list.body.items[0].id;
  });

  it('ships the default Relationship assessment with an NPS question', async () => {
    const list = await leader.get('/api/v1/questionnaires');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ name: 'Relationship assessment', isDefault: true, version: 1 });
    expect(list.body.items[0].questions.map((q: { kind: string }) => q.kind)).toContain('nps');
  });

  it('only leaders and admins create programs, and bad input names the field', async () => {
    const input = {
      name: 'Strategic decision makers',
      questionnaireId,
      personas: ['decision_maker'],
      segmentIds: ['strategic'],
      trigger: { kind: 'every', days: 180 },
      reminderDays: [5, 10],
      escalateAfterDays: 3,
      responseWindowDays: 30,
    };
    expect((await csm.post('/api/v1/assessment-programs', input)).status).toBe(403);
    const bad = await leader.post('/api/v1/assessment-programs', { ...input, reminderDays: [5, 40] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('reminderDays');
    const created = await leader.post('/api/v1/assessment-programs', input);
    expect(created.status).toBe(201);
    programId = created.body.id;
    expect(created.body).toMatchObject({ questionnaireName: 'Relationship assessment', lastWave: null, active: false });
  });

  it('previews exactly who is invited and why the others are not', async () => {
    const preview = (await leader.get(`/api/v1/assessment-programs/${programId}/preview`)).body;
    expect(preview.included.map((r: { name: string }) => r.name).sort()).toEqual(['Dana Tester', 'Ivo Tester', 'Lee Tester']);
    const noEmail = preview.excluded.find((r: { name: string }) => r.name === 'Noemail Tester');
    expect(noEmail.reason).toBe('no_email');
    // The day-to-day user holds no targeted persona: not a candidate at all.
    expect(preview.excluded.some((r: { name: string }) => r.name === 'Uma Tester')).toBe(false);
    expect(preview.counts).toEqual({ included: 3, excluded: { no_email: 1 } });
  });

  it('launches a wave whose invitations go to the outbox when no SMTP server is configured', async () => {
    const launched = await leader.post(`/api/v1/assessment-programs/${programId}/launch`);
    expect(launched.status).toBe(201);
    expect(launched.body).toMatchObject({ invited: 3, sent: 0, responded: 0, status: 'open' });
    const result = await runDispatch(deps, 'test');
    expect(result.kept).toBe(3);
    const outbox = await leader.get('/api/v1/outbox?status=kept');
    expect(outbox.body.transport).toBe('outbox');
    expect(outbox.body.items).toHaveLength(3);
    expect(outbox.body.items[0].text).toContain(outbox.body.items[0].link);
    // Reminders are scheduled, not sent: their day has not come.
    expect((await messages()).filter((m) => m.sequence > 0).every((m) => m.status === 'scheduled')).toBe(true);
    // A second pass sends nothing twice.
    expect((await runDispatch(deps, 'test')).kept).toBe(0);
    expect((await csm.get('/api/v1/outbox')).status).toBe(403);
  });

  it('a second launch the same day finds nobody due', async () => {
    const again = await leader.post(`/api/v1/assessment-programs/${programId}/launch`);
    expect(again.status).toBe(409);
    const preview = (await leader.get(`/api/v1/assessment-programs/${programId}/preview`)).body;
    expect(preview.counts.included).toBe(0);
    expect(preview.excluded.find((r: { name: string }) => r.name === 'Dana Tester').reason).toBe('not_due');
  });

  it('the public page is an accessible form; unknown links get a clear message', async () => {
    const dana = (await messages()).find((m) => m.to === 'dana@globex.example' && m.sequence === 0) as Message;
    const res = await api.app.request(`/r/${tokenOf(dana.link)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Hello Dana');
    expect(html).toMatch(/<fieldset id="q-nps"><legend>[^<]*recommend/);
    expect(html).toContain('<label class="q" for="working_well">');
    const unknown = await api.app.request(`/r/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('This link does not work');
  });

  it('a missing required answer is shown next to its question and saves nothing', async () => {
    const dana = (await messages()).find((m) => m.to === 'dana@globex.example' && m.sequence === 0) as Message;
    const res = await api.app.request(`/r/${tokenOf(dana.link)}`, form({ working_well: 'Support' }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid');
    expect(html).toContain('Support'); // the text typed is kept
    const [{ n }] = await queryRows<{ n: number }>(deps.database.db, sql`select count(*)::int as n from assessment_responses`);
    expect(n).toBe(0);
  });

  it('an answer closes the loop: measured sentiment, follow-up task, reminders cancelled', async () => {
    const dana = (await messages()).find((m) => m.to === 'dana@globex.example' && m.sequence === 0) as Message;
    const res = await api.app.request(
      `/r/${tokenOf(dana.link)}`,
      form({ nps: '3', working_well: 'The people', needs_improvement: 'Call me on 07700 900123 about billing' }),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Thank you, Dana');
    const view = (await csm.get(`/api/v1/accounts/${account}/assessments`)).body;
    expect(view.responses).toHaveLength(1);
    expect(view.responses[0]).toMatchObject({
      stakeholderName: 'Dana Tester',
      score: 3,
      group: 'detractor',
      measuredSentiment: 'detractor',
      assessedSentiment: 'supportive',
    });
    expect(view.responses[0].answers.find((a: { questionId: string }) => a.questionId === 'needs_improvement').value).toContain('billing');
    expect(view.participation).toMatchObject({ invited: 2, responded: 1, detractors: 1, nonResponders: 1, responseRate: 0.5 });
    const tasks = (await csm.get('/api/v1/tasks')).body.items;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: 'detractor_follow_up', accountName: 'Globex', stakeholderName: 'Dana Tester', score: 3 });
    expect(tasks[0].title).toMatch(/^Call Dana Tester/);
    const danaReminders = (await messages()).filter((m) => m.to === 'dana@globex.example' && m.sequence > 0);
    expect(danaReminders.map((m) => m.status)).toEqual(['cancelled', 'cancelled']);
    // Assessed supportive, measured detractor: the coverage engine surfaces the disagreement.
    const coverage = (await csm.get(`/api/v1/accounts/${account}/coverage`)).body;
    expect(
      coverage.gaps.some(
        (g: { kind: string; stakeholderId: string }) => g.kind === 'sentiment_disagreement' && g.stakeholderId === ids.Dana,
      ),
    ).toBe(true);
  });

  it('the same link edits the answer; the task follows the new score while open', async () => {
    const dana = (await messages()).find((m) => m.to === 'dana@globex.example' && m.sequence === 0) as Message;
    const page = await (await api.app.request(`/r/${tokenOf(dana.link)}`)).text();
    expect(page).toContain('You answered already');
    expect(page).toMatch(/value="3" checked/);
    await api.app.request(`/r/${tokenOf(dana.link)}`, form({ nps: '9', working_well: 'The people' }));
    const view = (await csm.get(`/api/v1/accounts/${account}/assessments`)).body;
    expect(view.responses).toHaveLength(1);
    expect(view.responses[0]).toMatchObject({ score: 9, measuredSentiment: 'supportive' });
    const tasks = (await csm.get('/api/v1/tasks')).body.items;
    expect(tasks).toHaveLength(1);
    expect(tasks[0].kind).toBe('promoter_follow_up');
    const history = (await csm.get(`/api/v1/stakeholders/${ids.Dana}/history`)).body;
    const measured = JSON.stringify(history);
    expect(measured).toContain('measuredSentiment');
    expect(measured).toContain('Answered the Relationship assessment: 9');
  });

  it('reminders go out on their day, and only to those who have not answered', async () => {
    clock += 5 * DAY + 60_000;
    const result = await runDispatch(deps, 'test');
    expect(result.kept).toBe(2); // Lee and Ivo, not Dana
    const sent = (await messages()).filter((m) => m.sequence === 1 && m.status === 'kept').map((m) => m.to);
    expect(sent.sort()).toEqual(['ivo@initech.example', 'lee@globex.example']);
  });

  it('silence after the last reminder escalates to the CSM and becomes a silent gap', async () => {
    clock += 8 * DAY + 60_000; // day 13: past the second reminder (day 10) and the 3-day escalation delay
    const result = await runDispatch(deps, 'test');
    expect(result.silent).toBe(2);
    expect(result.escalated).toBe(2);
    const tasks = (await leader.get('/api/v1/tasks?owner=all')).body.items as { kind: string; accountName: string }[];
    expect(
      tasks
        .filter((t) => t.kind === 'silent_escalation')
        .map((t) => t.accountName)
        .sort(),
    ).toEqual(['Globex', 'Initech']);
    // Initech: nobody answered → a silent account. Globex: Dana answered → Lee is a silent stakeholder.
    const initech = (await csm.get(`/api/v1/accounts/${other}/coverage`)).body;
    const silentAccount = initech.gaps.find((g: { kind: string }) => g.kind === 'silent');
    expect(silentAccount).toMatchObject({ severity: 'high', stakeholderId: null });
    expect(silentAccount.explanation).toContain('Silent account: none of the 1 stakeholder invited');
    const globex = (await csm.get(`/api/v1/accounts/${account}/coverage`)).body;
    // Strategic wants 60% of decision makers and budget holders to answer; Lee's silence leaves both below.
    const silentGaps = globex.gaps.filter((g: { kind: string }) => g.kind === 'silent');
    expect(silentGaps.map((g: { persona: string }) => g.persona)).toEqual(['decision_maker', 'budget_holder']);
    expect(silentGaps[0].explanation).toBe(
      'Decision makers answered 1 of 2 invitations to the Relationship assessment (50%; target 60%): no answer from Lee Tester after 2 reminders',
    );
    // Handled once: a second pass escalates nobody again.
    expect((await runDispatch(deps, 'test')).escalated).toBe(0);
  });

  it('results: NPS beside response rate, four groups, per persona, account and CSM', async () => {
    const results = (await leader.get('/api/v1/assessment-results')).body;
    expect(results.overall).toMatchObject({ invited: 3, responded: 1, promoters: 1, nonResponders: 2, nps: 100 });
    expect(results.overall.responseRate).toBeCloseTo(1 / 3);
    const initech = results.byAccount.find((a: { accountName: string }) => a.accountName === 'Initech');
    expect(initech).toMatchObject({ silent: true, responded: 0, nps: null });
    const globex = results.byAccount.find((a: { accountName: string }) => a.accountName === 'Globex');
    expect(globex).toMatchObject({ silent: false, nps: 100, responseRate: 0.5 });
    expect(results.byCsm).toEqual([expect.objectContaining({ name: 'Casey Csm', invited: 3, responded: 1 })]);
    expect(results.byPersona.find((p: { persona: string }) => p.persona === 'decision_maker')).toMatchObject({ invited: 3, responded: 1 });
  });

  it('after the wave closes the link says so and takes no more answers', async () => {
    clock += 20 * DAY;
    await runDispatch(deps, 'test');
    const lee = (await messages()).find((m) => m.to === 'lee@globex.example' && m.sequence === 0) as Message;
    const res = await api.app.request(`/r/${tokenOf(lee.link)}`, form({ nps: '10' }));
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('has closed');
  });

  it('a new version of the questionnaire leaves answers already given untouched', async () => {
    const q = (await leader.get(`/api/v1/questionnaires/${questionnaireId}`)).body;
    const changed = await leader.put(`/api/v1/questionnaires/${questionnaireId}`, {
      name: q.name,
      questions: [...q.questions, { id: 'roadmap', kind: 'text', prompt: 'What should we build next?', required: false }],
    });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);
    expect(changed.body.versions.map((v: { version: number; responseCount: number }) => [v.version, v.responseCount])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    const view = (await csm.get(`/api/v1/accounts/${account}/assessments`)).body;
    expect(view.responses[0].answers.some((a: { questionId: string }) => a.questionId === 'roadmap')).toBe(false);
  });
});

describe('unknown links are rate-limited per address', () => {
  it('answers 429 after 20 misses in ten minutes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await api.app.request(`/r/${String(i).padStart(43, 'z')}`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});

describe('importing past responses', () => {
  const csv = [
    'date,score,comment,email',
    '2026-01-10,10,Great support team,dana@globex.example',
    '2026-01-11,6,Too expensive,',
    '2026-01-12,,empty score,',
    '2026-01-13,8,ok,nobody@nowhere.example',
  ].join('\n');

  it('rejects the whole file when a row is invalid, naming row, column and reason', async () => {
    const report = await importPastResponses(deps, null, csv, { dateFormat: 'iso', skipInvalid: false, dryRun: false, account: 'Initech' });
    expect(report.status).toBe('rejected');
    expect(report.errors).toEqual([
      expect.objectContaining({ row: 4, column: 'score', reason: 'score is empty' }),
      expect.objectContaining({ row: 5, column: 'email', value: 'nobody@nowhere.example' }),
    ]);
    const [{ n }] = await queryRows<{ n: number }>(
      deps.database.db,
      sql`select count(*)::int as n from assessment_responses where source = 'import'`,
    );
    expect(n).toBe(0);
  });

  it('with skipInvalid writes the valid rows once, however often the file is imported', async () => {
    const options = { dateFormat: 'iso' as const, skipInvalid: true, dryRun: false, account: 'Initech' };
    const first = await importPastResponses(deps, null, csv, options);
    expect(first).toMatchObject({ status: 'imported', imported: 2, rejected: 2, skipped: 0 });
    expect(first.nps).toMatchObject({ promoters: 1, detractors: 1, nps: 0 });
    const again = await importPastResponses(deps, null, csv, options);
    expect(again).toMatchObject({ imported: 0, skipped: 2 });
    const rows = await queryRows<{ account: string; stakeholder: string | null }>(
      deps.database.db,
      sql`select a.name as account, r.stakeholder_id as stakeholder from assessment_responses r join accounts a on a.id = r.account_id
          where r.source = 'import' order by r.responded_at`,
    );
    // Dana's row goes to her own account; the unnamed row to the account given.
    expect(rows.map((r) => [r.account, r.stakeholder !== null])).toEqual([
      ['Globex', true],
      ['Initech', false],
    ]);
  });
});

const verbatimsFile = new URL('../../../../shared/data/voc/nps-verbatims.csv', import.meta.url);

describe.skipIf(!existsSync(verbatimsFile))('the real NPS verbatims as past responses', () => {
  it('give the NPS of their own labels, reject the junk rows with a reason, and mask personal data in themes', async () => {
    const csv = readFileSync(verbatimsFile, 'utf8');
    const leader = await api.as('leader', 'Verbatim Leader');
    const account = (await leader.post('/api/v1/accounts', { name: 'Broadband Co', tier: 'community' })).body.id;
    // Independent of the product: the provider's own labels.
    const labels = parse(csv, { columns: true, bom: true }) as { NPS_RATING: string }[];
    const count = (label: string) => labels.filter((r) => r.NPS_RATING === label).length;
    const labelled = count('Promoter') + count('Passive') + count('Detractor');
    const labelNps = Math.round(((count('Promoter') - count('Detractor')) / labelled) * 1000) / 10;

    const strict = await importPastResponses(deps, null, csv, { dateFormat: 'eu', skipInvalid: false, dryRun: false, account });
    expect(strict.status).toBe('rejected');
    expect(strict.rejected).toBe(32);
    expect(new Set(strict.errors.map((e) => e.reason))).toEqual(new Set(['score is empty']));

    const report = await importPastResponses(deps, null, csv, { dateFormat: 'eu', skipInvalid: true, dryRun: false, account });
    expect(report).toMatchObject({ status: 'imported', imported: labelled, rejected: 32 });
    const results = (await leader.get(`/api/v1/assessment-results?from=2017-01-01&to=2018-12-31`)).body;
    const broadband = results.byAccount.find((a: { accountId: string }) => a.accountId === account);
    expect(broadband.nps).toBe(labelNps);
    expect(broadband.responses).toBe(labelled);

    const examples = results.themes.flatMap((t: { examples: string[] }) => t.examples).join('\n');
    expect(results.themes.length).toBeGreaterThanOrEqual(6);
    expect(examples).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    expect(examples).not.toMatch(/\b0\d{3,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|\+\d{2}[\s\d]{9,}/);
  });
});
