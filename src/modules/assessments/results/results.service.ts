/**
 * Results: participation (the denominator is the stakeholders who were invited) beside NPS, by
 * persona, segment, account (roll-up method selectable), CSM and wave; the share of 1-5 answers
 * above 3.5; themes in verbatims with personal data masked. Loaded in two queries, rolled up in the
 * pure domain.
 */
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../../db/query.ts';
import type { Deps } from '../../../deps.ts';
import { PERSONAS, type Persona } from '../../../domain/personas.ts';
import type { Region, Sentiment, SizeBand, Tier } from '../../../domain/vocabulary.ts';
import { notFound } from '../../../lib/errors.ts';
import { loadSetup } from '../../coverage/coverage.service.ts';
import { matchSegment } from '../../coverage/domain/index.ts';
import {
  type Answers,
  classifyScore,
  type NpsSummary,
  participationSummary,
  type Question,
  type RollUpMethod,
  rollUpNps,
  type ScoredResponse,
  scaleAnswersOf,
  shareAbove,
  summarizeNps,
  summarizeThemes,
} from '../domain/index.ts';
import { selectInvitations } from '../programs/waves.service.ts';
import { getAssessmentSettings } from '../settings/settings.service.ts';

export type ResultsQuery = {
  waveId?: string;
  programId?: string;
  segmentId?: string;
  persona?: Persona;
  accountId?: string;
  method: RollUpMethod;
  from?: string;
  to?: string;
};

type AccountCols = {
  accountId: string;
  accountName: string;
  tier: Tier;
  sizeBand: SizeBand | null;
  region: Region | null;
  industry: string | null;
};
type InvitationRow = AccountCols & {
  invitationId: string;
  waveId: string;
  stakeholderId: string;
  personas: Persona[];
  ownerId: string | null;
  ownerName: string | null;
  score: number | null;
  answered: boolean;
  silent: boolean;
};
type ResponseRow = AccountCols & {
  id: string;
  waveId: string | null;
  stakeholderId: string | null;
  personas: Persona[];
  score: number | null;
  respondedAt: string;
  verbatim: string;
  answers: Answers;
  questions: Question[] | null;
};

function filters(q: ResultsQuery, alias: { wave: SQL; account: SQL; at: SQL }) {
  return sql`${q.waveId ? sql`and ${alias.wave} = ${q.waveId}` : sql``}
    ${q.programId ? sql`and ${alias.wave} in (select id from assessment_waves where program_id = ${q.programId})` : sql``}
    ${q.accountId ? sql`and ${alias.account} = ${q.accountId}` : sql``}
    ${q.from ? sql`and ${alias.at} >= ${q.from}::date` : sql``}
    ${q.to ? sql`and ${alias.at} < (${q.to}::date + 1)` : sql``}`;
}

async function load(deps: Deps, q: ResultsQuery) {
  const db = deps.database.db;
  const now = deps.now().toISOString();
  const accountCols = sql`a.id as "accountId", a.name as "accountName", a.tier, a.size_band as "sizeBand", a.region, a.industry`;
  const [invitations, responses, setup] = await Promise.all([
    queryRows<InvitationRow>(
      db,
      sql`select i.id as "invitationId", i.wave_id as "waveId", i.stakeholder_id as "stakeholderId", s.personas, ${accountCols},
                 a.owner_id as "ownerId", u.name as "ownerName", r.score, (r.id is not null) as answered,
                 (r.id is null and i.silent_after <= ${now}) as silent
          from assessment_invitations i
          join stakeholders s on s.id = i.stakeholder_id
          join accounts a on a.id = i.account_id
          left join users u on u.id = a.owner_id
          left join assessment_responses r on r.invitation_id = i.id
          where true ${filters(q, { wave: sql`i.wave_id`, account: sql`i.account_id`, at: sql`i.invited_at` })}`,
    ),
    queryRows<ResponseRow>(
      db,
      sql`select r.id, r.wave_id as "waveId", r.stakeholder_id as "stakeholderId", coalesce(s.personas, '{}') as personas, ${accountCols},
                 r.score, r.responded_at as "respondedAt", r.verbatim, r.answers, v.questions
          from assessment_responses r
          join accounts a on a.id = r.account_id
          left join stakeholders s on s.id = r.stakeholder_id
          left join questionnaire_versions v on v.id = r.questionnaire_version_id
          where true ${filters(q, { wave: sql`r.wave_id`, account: sql`r.account_id`, at: sql`r.responded_at` })}`,
    ),
    loadSetup(db),
  ]);
  const segmentOf = new Map<string, string>();
  const segmentFor = (a: AccountCols) => {
    let id = segmentOf.get(a.accountId);
    if (!id) {
      id = matchSegment(a, setup.segments).id;
      segmentOf.set(a.accountId, id);
    }
    return id;
  };
  const keep = (row: AccountCols & { personas: Persona[] }) =>
    (!q.segmentId || segmentFor(row) === q.segmentId) && (!q.persona || row.personas.includes(q.persona));
  return { invitations: invitations.filter(keep), responses: responses.filter(keep), setup, segmentFor };
}

const nps = (s: NpsSummary) => ({
  nps: s.nps,
  responses: s.responses,
  promoters: s.promoters,
  passives: s.passives,
  detractors: s.detractors,
});
const participation = (rows: InvitationRow[]) =>
  participationSummary(rows.map((r) => ({ stakeholderId: r.stakeholderId, score: r.answered ? r.score : null })));
const scored = (rows: ResponseRow[]): ScoredResponse[] =>
  rows
    .filter((r) => r.score !== null)
    .map((r) => ({ stakeholderId: r.stakeholderId, personas: r.personas, score: r.score as number, submittedAt: r.respondedAt }));
const scoresOf = (rows: ResponseRow[]) => rows.flatMap((r) => (r.score === null ? [] : [r.score]));

function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

export async function getResults(deps: Deps, q: ResultsQuery) {
  const { invitations, responses, setup, segmentFor } = await load(deps, q);
  const scaleValues = responses.flatMap((r) => (r.questions ? scaleAnswersOf(r.questions, r.answers) : []));

  const byPersona = PERSONAS.map((persona) => {
    const inv = invitations.filter((i) => i.personas.includes(persona));
    const res = responses.filter((r) => r.personas.includes(persona));
    return { persona, ...participation(inv), ...nps(summarizeNps(scoresOf(res))) };
  }).filter((row) => row.invited > 0 || row.responses > 0);

  const invBySegment = groupBy(invitations, segmentFor);
  const resBySegment = groupBy(responses, segmentFor);
  const bySegment = setup.segments
    .map((s) => ({
      segmentId: s.id,
      segmentName: s.name,
      ...participation(invBySegment.get(s.id) ?? []),
      ...nps(summarizeNps(scoresOf(resBySegment.get(s.id) ?? []))),
    }))
    .filter((row) => row.invited > 0 || row.responses > 0);

  const invByAccount = groupBy(invitations, (i) => i.accountId);
  const resByAccount = groupBy(responses, (r) => r.accountId);
  const accountIds = [...new Set([...invByAccount.keys(), ...resByAccount.keys()])];
  const byAccount = accountIds
    .map((id) => {
      const inv = invByAccount.get(id) ?? [];
      const res = resByAccount.get(id) ?? [];
      const first = (inv[0] ?? res[0]) as AccountCols & { ownerName?: string | null };
      const rolled = rollUpNps(scored(res), q.method);
      const part = participation(inv);
      return {
        accountId: id,
        accountName: first.accountName,
        tier: first.tier,
        ownerName: inv[0]?.ownerName ?? null,
        basis: rolled.basis,
        silent: inv.length > 0 && inv.every((i) => i.silent),
        ...part,
        ...nps(rolled),
      };
    })
    .sort((a, b) => Number(b.silent) - Number(a.silent) || (a.nps ?? 999) - (b.nps ?? 999) || a.accountName.localeCompare(b.accountName));

  const byOwner = groupBy(invitations, (i) => i.ownerId ?? '-');
  const byCsm = [...byOwner.entries()]
    .map(([ownerId, inv]) => ({ userId: ownerId === '-' ? null : ownerId, name: inv[0]?.ownerName ?? 'No CSM', ...participation(inv) }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const waveRows = await queryRows<{ waveId: string; programName: string; launchedAt: string }>(
    deps.database.db,
    sql`select w.id as "waveId", p.name as "programName", w.launched_at as "launchedAt"
        from assessment_waves w join assessment_programs p on p.id = w.program_id order by w.launched_at desc`,
  );
  const invByWave = groupBy(invitations, (i) => i.waveId);
  const resByWave = groupBy(responses, (r) => r.waveId);
  const byWave = waveRows
    .filter((w) => invByWave.has(w.waveId))
    .map((w) => ({ ...w, ...participation(invByWave.get(w.waveId) ?? []), ...nps(summarizeNps(scoresOf(resByWave.get(w.waveId) ?? []))) }));

  const themes = summarizeThemes(
    responses.filter((r) => r.verbatim.trim() !== '').map((r) => ({ id: r.id, text: r.verbatim, score: r.score })),
  );
  return {
    method: q.method,
    // Promoter/passive/detractor counts are those of the NPS (every answer in scope, imported ones too);
    // invited, responded, response rate and non-responders are those of the invitations.
    overall: { ...participation(invitations), ...nps(summarizeNps(scoresOf(responses))), scaleAbove35: shareAbove(scaleValues, 3.5) },
    byPersona,
    bySegment,
    byAccount,
    byCsm,
    byWave,
    themes,
  };
}

/**
 * Answers in the order and words the stakeholder read them; an imported answer has no questionnaire,
 * so its keys (score, comment) stand for themselves.
 */
function answersAsRead(questions: Question[] | null, answers: Answers, fill: (prompt: string) => string) {
  if (!questions)
    return Object.entries(answers).map(([questionId, value]) => ({
      questionId,
      prompt: questionId,
      kind: typeof value === 'number' ? 'nps' : 'text',
      value,
    }));
  return questions.flatMap((q) => {
    const value = answers[q.id];
    return value === undefined ? [] : [{ questionId: q.id, prompt: fill(q.prompt), kind: q.kind, value }];
  });
}

/** One account: its responses with answers, the latest wave's invitations, NPS with its basis beside participation. */
export async function getAccountAssessments(deps: Deps, accountId: string, method: RollUpMethod = 'all_responses') {
  const db = deps.database.db;
  const [account] = await queryRows<{ id: string; name: string }>(db, sql`select id, name from accounts where id = ${accountId}`);
  if (!account) throw notFound('Account', accountId);
  const { productName } = await getAssessmentSettings(db);
  const fill = (prompt: string) => prompt.replaceAll('{product}', productName).replaceAll('{company}', account.name);
  const responses = await queryRows<{
    id: string;
    stakeholderId: string | null;
    stakeholderName: string | null;
    personas: Persona[];
    score: number | null;
    answers: Answers;
    questions: Question[] | null;
    respondedAt: string;
    source: 'link' | 'import';
    waveId: string | null;
    measuredSentiment: Sentiment | null;
    assessedSentiment: Sentiment | null;
    verbatim: string;
  }>(
    db,
    sql`select r.id, r.stakeholder_id as "stakeholderId",
               case when pe.id is null then null else pe.first_name || ' ' || pe.last_name end as "stakeholderName",
               coalesce(s.personas, '{}') as personas, r.score, r.answers, v.questions, r.responded_at as "respondedAt", r.source,
               r.wave_id as "waveId", s.measured_sentiment as "measuredSentiment", s.assessed_sentiment as "assessedSentiment", r.verbatim
        from assessment_responses r
        left join stakeholders s on s.id = r.stakeholder_id
        left join people pe on pe.id = s.person_id
        left join questionnaire_versions v on v.id = r.questionnaire_version_id
        where r.account_id = ${accountId}
        order by r.responded_at desc
        limit 500`,
  );
  const invitations = await selectInvitations(
    deps,
    sql`i.account_id = ${accountId}
        and i.wave_id = (select wave_id from assessment_invitations where account_id = ${accountId} order by invited_at desc limit 1)`,
    sql`pe.last_name, pe.first_name`,
  );
  const rolled = rollUpNps(
    responses
      .filter((r) => r.score !== null)
      .map((r) => ({ stakeholderId: r.stakeholderId, personas: r.personas, score: r.score as number, submittedAt: r.respondedAt })),
    method,
  );
  const participationRows = invitations.map((i) => ({ stakeholderId: i.stakeholderId, score: i.status === 'answered' ? i.score : null }));
  return {
    responses: responses.map(({ questions, answers, verbatim: _verbatim, ...r }) => ({
      ...r,
      group: r.score === null ? null : classifyScore(r.score),
      answers: answersAsRead(questions, answers, fill),
    })),
    invitations,
    nps: { ...nps(rolled), basis: rolled.basis },
    participation: participationSummary(participationRows),
    silent: invitations.length > 0 && invitations.every((i) => i.status === 'silent'),
  };
}
