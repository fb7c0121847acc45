/** Use cases of relationship coverage: load facts → pure gap engine → persist gaps and the plan. */
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';

import { addDays, isoDate } from '../../lib/dates.ts';
import * as repo from './coverage.repository.ts';
import {
  type AccountFacts,
  type CoverageModel,
  DEFAULT_SEGMENTS,
  defaultCoverageModel,
  findGaps,
  type Gap,
  matchSegment,
  type ParticipationFact,
  planAction,
  reconcileActions,
  type Segment,
} from './domain/index.ts';
import * as gapsRepo from './gaps.repository.ts';

export type CoverageSetup = { segments: Segment[]; models: Map<string, CoverageModel> };
export type ComputedAccount = {
  facts: AccountFacts;
  ownerId: string | null;
  renewalDate: string | null;
  segment: Segment;
  model: CoverageModel;
  gaps: Gap[];
};

/** First start (or an upgraded install): the default segments and their coverage models. */
export async function ensureCoverageDefaults(deps: Deps) {
  const db = deps.database.db;
  if ((await repo.listSegments(db)).length > 0) return;
  await db.transaction(async (tx) => {
    for (const segment of DEFAULT_SEGMENTS) {
      await repo.upsertSegment(tx as unknown as Db, segment);
      await repo.upsertCoverageModel(tx as unknown as Db, defaultCoverageModel(segment.id), null);
    }
  });
}

export async function loadSetup(db: Db): Promise<CoverageSetup> {
  const [segments, models] = await Promise.all([repo.listSegments(db), repo.listCoverageModels(db)]);
  // Before the defaults are stored (a brand-new database), the built-in segments apply.
  return { segments: segments.length > 0 ? segments : DEFAULT_SEGMENTS, models: new Map(models.map((m) => [m.segmentId, m])) };
}

function modelFor(facts: AccountFacts, setup: CoverageSetup) {
  const segment = matchSegment(facts, setup.segments);
  return { segment, model: setup.models.get(segment.id) ?? defaultCoverageModel(segment.id) };
}

/** Facts for the accounts in scope: two queries, whatever their number. */
export async function loadAccountFacts(db: Db, scope: repo.AccountScope) {
  const [accounts, stakeholders, participation] = await Promise.all([
    repo.selectAccounts(db, scope),
    repo.selectStakeholderFacts(db, scope),
    repo.selectParticipation(db, scope),
  ]);
  const byAccount = new Map<string, AccountFacts['stakeholders']>();
  for (const { accountId, ...s } of stakeholders) {
    const list = byAccount.get(accountId);
    if (list) list.push(s);
    else byAccount.set(accountId, [s]);
  }
  const waves = new Map<string, ParticipationFact>();
  for (const row of participation) {
    let wave = waves.get(row.accountId);
    if (!wave) {
      const { waveId, questionnaireName, invitedOn, reminders } = row;
      wave = { waveId, questionnaireName, invitedOn, reminders, invitations: [] };
      waves.set(row.accountId, wave);
    }
    wave.invitations.push({ stakeholderId: row.stakeholderId, answered: row.answered, silentFrom: row.silentFrom });
  }
  return accounts.map(({ ownerId, renewalDate, ...a }) => ({
    facts: { ...a, stakeholders: byAccount.get(a.accountId) ?? [], participation: waves.get(a.accountId) ?? null } as AccountFacts,
    ownerId,
    renewalDate,
  }));
}

export function computeAccounts(
  loaded: Awaited<ReturnType<typeof loadAccountFacts>>,
  setup: CoverageSetup,
  asOf: string,
): ComputedAccount[] {
  return loaded.map(({ facts, ownerId, renewalDate }) => {
    const { segment, model } = modelFor(facts, setup);
    return { facts, ownerId, renewalDate, segment, model, gaps: findGaps({ account: facts, model, asOf }) };
  });
}

export type RecomputeResult = {
  accounts: number;
  gapsOpened: number;
  gapsClosed: number;
  actionsCreated: number;
  actionsResolved: number;
  computed: ComputedAccount[];
};

/**
 * Recomputes gaps and relationship plans for the accounts in scope (default: every live account).
 * Idempotent: an unchanged portfolio writes nothing; a closed gap resolves its action; dismissed stays dismissed.
 * `createActions: false` updates gaps and resolves actions only: used right after each edit, so that
 * entering an account's stakeholders one by one does not leave a trail of actions for passing states.
 */
export async function recomputeCoverage(
  deps: Deps,
  scope: repo.AccountScope = {},
  options: { createActions?: boolean } = {},
): Promise<RecomputeResult> {
  const createActions = options.createActions ?? true;
  const db = deps.database.db;
  const now = deps.now();
  const asOf = isoDate(now);
  const at = now.toISOString();
  const [setup, loaded, openGaps, blocking] = await Promise.all([
    loadSetup(db),
    loadAccountFacts(db, scope),
    gapsRepo.selectOpenGaps(db, scope),
    gapsRepo.selectBlockingActions(db, scope),
  ]);
  const computed = computeAccounts(loaded, setup, asOf);

  const storedByAccount = groupBy(openGaps, (g) => g.accountId);
  const actionsByAccount = groupBy(blocking, (a) => a.accountId);
  const toInsert: gapsRepo.NewGap[] = [];
  const toUpdate: { id: string; severity: string; explanation: string }[] = [];
  const toClose: string[] = [];
  const newActions: gapsRepo.NewAction[] = [];
  const toResolve: string[] = [];

  for (const account of computed) {
    const id = account.facts.accountId;
    const stored = new Map((storedByAccount.get(id) ?? []).map((g) => [g.key, g]));
    for (const gap of account.gaps) {
      const existing = stored.get(gap.key);
      if (!existing)
        toInsert.push({
          accountId: id,
          key: gap.key,
          kind: gap.kind,
          severity: gap.severity,
          persona: gap.persona,
          stakeholderId: gap.stakeholderId,
          explanation: gap.explanation,
        });
      else if (existing.severity !== gap.severity || existing.explanation !== gap.explanation)
        toUpdate.push({ id: existing.id, severity: gap.severity, explanation: gap.explanation });
      stored.delete(gap.key);
    }
    toClose.push(...[...stored.values()].map((g) => g.id));

    // Done-but-still-blocking actions must neither spawn a duplicate nor be resolved: to the plan they are settled, like dismissed ones.
    const existing = (actionsByAccount.get(id) ?? []).map((a) => (a.status === 'done' ? { ...a, status: 'dismissed' as const } : a));
    const plan = reconcileActions(existing, account.gaps);
    toResolve.push(...plan.toResolve);
    const champion = account.facts.stakeholders.find((s) => s.status === 'active' && s.personas.includes('champion'));
    const names = new Map(account.facts.stakeholders.map((s) => [s.stakeholderId, s.name]));
    for (const gap of createActions ? plan.toCreate : []) {
      const action = planAction(gap, account.facts.tier, {
        stakeholderName: gap.stakeholderId ? names.get(gap.stakeholderId) : null,
        championName: champion?.name ?? null,
      });
      newActions.push({
        accountId: id,
        gapKey: gap.key,
        gapKind: gap.kind,
        severity: gap.severity,
        persona: gap.persona,
        stakeholderId: gap.stakeholderId,
        title: action.title,
        channel: action.channel,
        ownerId: account.ownerId,
        dueDate: addDays(asOf, action.dueInDays),
      });
    }
  }

  if (toInsert.length + toUpdate.length + toClose.length + newActions.length + toResolve.length > 0) {
    await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      await gapsRepo.closeGaps(t, toClose, at);
      await gapsRepo.updateGaps(t, toUpdate);
      await gapsRepo.insertGaps(t, toInsert, at);
      await gapsRepo.resolveActions(t, toResolve, at);
      await gapsRepo.insertActions(t, newActions);
    });
  }
  return {
    accounts: computed.length,
    gapsOpened: toInsert.length,
    gapsClosed: toClose.length,
    actionsCreated: newActions.length,
    actionsResolved: toResolve.length,
    computed,
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
