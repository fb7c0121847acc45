/** What people look at: one account's coverage and plan, the portfolio heat map, the leaders' gap summary. */
import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import { PERSONAS } from '../../domain/personas.ts';
import { startStopwatch } from '../../lib/clock.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { addDays, isoDate } from '../../lib/dates.ts';
import { AppError, forbidden, notFound } from '../../lib/errors.ts';
import { type AccountFilterQuery, accountFilterSql, assertCanWriteAccount, buildAccountFilter, getAccount } from '../accounts/index.ts';
import type { Actor } from '../auth/index.ts';
import { recordAudit } from '../system/index.ts';
import { computeAccounts, loadAccountFacts, loadSetup, recomputeCoverage } from './coverage.service.ts';
import { heatCell, isSilentAccount, recencyByPersona, stakeholderMatrix } from './domain/index.ts';
import * as gapsRepo from './gaps.repository.ts';
import * as portfolio from './portfolio.repository.ts';

/** An account's coverage, refreshed on read so the plan always reflects today's gaps. */
export async function getAccountCoverage(deps: Deps, accountId: string) {
  await getAccount(deps, accountId);
  const result = await recomputeCoverage(deps, { accountIds: [accountId] });
  const account = result.computed[0];
  if (!account) throw new AppError('CONFLICT', 'Coverage is not computed for churned accounts');
  const asOf = isoDate(deps.now());
  const recency = recencyByPersona(account.facts, asOf);
  const requirements = new Map(account.model.requirements.map((r) => [r.persona, r]));
  return {
    segment: account.segment,
    model: account.model,
    mix: PERSONAS.map((persona) => ({
      persona,
      requirement: requirements.get(persona) ?? null,
      ...heatCell(account.facts, account.model, persona, asOf),
      lastEngagedBy: recency.get(persona)?.name ?? null,
    })),
    gaps: account.gaps,
    actions: await gapsRepo.listActions(deps.database.db, { accountId }),
    matrix: stakeholderMatrix(account.facts.stakeholders),
  };
}

export async function listMyActions(deps: Deps, actor: Actor, status: string[]) {
  return gapsRepo.listActions(deps.database.db, { ownerId: actor.id, status });
}

export async function setActionStatus(
  deps: Deps,
  actor: Actor,
  id: string,
  input: { status: 'open' | 'done' | 'dismissed'; reason?: string },
) {
  const [action] = await gapsRepo.listActions(deps.database.db, { id });
  if (!action) throw notFound('Relationship action', id);
  await assertCanWriteAccount(deps, actor, action.accountId);
  if (input.status === 'dismissed' && !input.reason?.trim()) {
    throw new AppError('VALIDATION_FAILED', 'reason: say why the action is dismissed', [
      { field: 'reason', message: 'say why the action is dismissed' },
    ]);
  }
  if (input.status === 'open' && action.status !== 'open') {
    const open = await gapsRepo.listActions(deps.database.db, { accountId: action.accountId, gapKey: action.gapKey, status: ['open'] });
    if (open.length > 0) throw new AppError('CONFLICT', 'This gap already has an open action; work that one instead');
  }
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await gapsRepo.setActionStatus(db, id, input.status, input.reason?.trim() || null, actor.id, deps.now().toISOString());
    await recordAudit(db, {
      actorId: actor.id,
      action: input.status,
      entity: 'relationship_action',
      entityId: id,
      detail: { reason: input.reason },
    });
  });
  const [updated] = await gapsRepo.listActions(deps.database.db, { id });
  return updated;
}

export type HeatMapQuery = AccountFilterQuery & { sort: portfolio.HeatMapSort; limit: number; cursor?: string };

export async function getHeatMap(deps: Deps, actor: Actor, query: HeatMapQuery) {
  const db = deps.database.db;
  const where = accountFilterSql(buildAccountFilter(deps, actor, query));
  const offset = Number(decodeCursor(query.cursor, { value: 'offset' })?.v ?? 0);
  const [rows, total, setup] = await Promise.all([
    portfolio.selectHeatMapPage(db, where, query.sort, query.limit, offset),
    portfolio.countHeatMap(db, where),
    loadSetup(db),
  ]);
  const asOf = isoDate(deps.now());
  const computed = computeAccounts(await loadAccountFacts(db, { accountIds: rows.map((r) => r.accountId) }), setup, asOf);
  const byId = new Map(computed.map((c) => [c.facts.accountId, c]));
  const items = rows.map((row) => {
    const account = byId.get(row.accountId);
    return {
      ...row,
      segmentId: account?.segment.id ?? null,
      silent: account ? isSilentAccount(account.facts, asOf) : false,
      cells: Object.fromEntries(PERSONAS.map((p) => [p, account ? heatCell(account.facts, account.model, p, asOf) : null])),
    };
  });
  const next = offset + rows.length;
  return { personas: [...PERSONAS], items, total, nextCursor: next < total ? encodeCursor({ v: next, id: 'offset' }) : null };
}

export async function getGapSummary(deps: Deps, actor: Actor, query: AccountFilterQuery) {
  const db = deps.database.db;
  const where = accountFilterSql(buildAccountFilter(deps, actor, query));
  const today = isoDate(deps.now());
  const [byKind, byOwner, byTier, singleThreaded, criticalBelowNeutral, trend] = await Promise.all([
    portfolio.countOpenGapsBy(db, where, 'kind'),
    portfolio.countOpenGapsBy(db, where, 'owner'),
    portfolio.countOpenGapsBy(db, where, 'tier'),
    portfolio.selectAccountsWithOpenGap(db, where, 'single_threaded', 50),
    portfolio.selectCriticalBelowNeutral(db, where, 50),
    portfolio.selectGapTrend(db, where, addDays(today, -7 * 11), today),
  ]);
  return { byKind: pivot(byKind), byCsm: pivot(byOwner), byTier: pivot(byTier), singleThreaded, criticalBelowNeutral, trend };
}

/** Rows of (key, severity, n) → one row per key with a count per severity and the total. */
function pivot(rows: portfolio.CountRow[]) {
  const out = new Map<string, { key: string; label: string; critical: number; high: number; medium: number; low: number; total: number }>();
  for (const r of rows) {
    const key = r.key ?? 'none';
    const entry = out.get(key) ?? { key, label: r.label ?? key, critical: 0, high: 0, medium: 0, low: 0, total: 0 };
    entry[r.severity as 'critical' | 'high' | 'medium' | 'low'] += r.n;
    entry.total += r.n;
    out.set(key, entry);
  }
  return [...out.values()].sort((a, b) => b.total - a.total);
}

export async function recomputePortfolio(deps: Deps, actor: Actor) {
  if (actor.role !== 'admin' && actor.role !== 'leader') throw forbidden('Only leaders and admins recompute the portfolio');
  const stopwatch = startStopwatch();
  const { computed: _computed, ...stats } = await recomputeCoverage(deps);
  return { ...stats, milliseconds: stopwatch.ms() };
}
