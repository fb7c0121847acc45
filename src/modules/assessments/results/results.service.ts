/**
 * Results: participation (the denominator is the stakeholders who were invited) beside NPS, by
 * persona, segment, account (roll-up method selectable), CSM and wave; the share of 1-5 answers
 * above 3.5; themes in verbatims with personal data masked. Loaded in two queries, rolled up in the
 * pure domain.
 */
import type { Deps } from '../../../deps.ts';
import { PERSONAS, type Persona } from '../../../domain/personas.ts';
import { getAccount } from '../../accounts/index.ts';
import { loadSetup, matchSegment } from '../../coverage/index.ts';
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
import { selectLatestAccountInvitations, selectWaveLabels } from '../programs/waves.repository.ts';
import { getAssessmentSettings } from '../settings/settings.service.ts';
import {
  type AccountCols,
  type InvitationRow,
  type ResponseRow,
  selectAccountResponses,
  selectScopedInvitations,
  selectScopedResponses,
} from './results.repository.ts';

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

async function load(deps: Deps, q: ResultsQuery) {
  const db = deps.database.db;
  const now = deps.now().toISOString();
  const [invitations, responses, setup] = await Promise.all([
    selectScopedInvitations(db, q, now),
    selectScopedResponses(db, q),
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

  const waveRows = await selectWaveLabels(deps.database.db);
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
  const account = await getAccount(deps, accountId);
  const { productName } = await getAssessmentSettings(db);
  const fill = (prompt: string) => prompt.replaceAll('{product}', productName).replaceAll('{company}', account.name);
  const responses = await selectAccountResponses(db, accountId);
  const invitations = await selectLatestAccountInvitations(db, accountId, deps.now().toISOString());
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
