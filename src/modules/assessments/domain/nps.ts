/**
 * Net Promoter arithmetic: score groups, the NPS of a set of scores, the account roll-ups that SPEC C4
 * lets a team choose between, participation (always shown beside an NPS) and the share of 1-5 answers
 * above a threshold.
 */
import { DECISION_MAKER_PERSONAS, INFLUENCING_USER_PERSONAS, type Persona } from '../../../domain/personas.ts';
import type { NpsSummary, RollUpMethod, ScoredResponse, ScoreGroup } from './types.ts';

/**
 * 9-10 promoter, 7-8 passive, 0-6 detractor. A mean (from mean_per_stakeholder) is grouped by the
 * same cut-offs, so 8.5 is passive and 6.5 a detractor.
 */
export function classifyScore(score: number): ScoreGroup {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Rounds half away from zero to one decimal, so +12.25 and -12.25 round alike; never returns -0. */
export function roundOneDecimal(value: number): number {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** NPS = % promoters − % detractors, from -100 to 100 with one decimal; null with no scores. */
export function summarizeNps(scores: number[]): NpsSummary {
  return weightedSummary(scores.map((score) => ({ score, weight: 1 })));
}

type Weighted = { score: number; weight: number };

/** Counts are of units (unweighted); the NPS uses the weights. Null when there is nothing, or nothing that weighs. */
function weightedSummary(units: Weighted[]): NpsSummary {
  const summary: NpsSummary = { nps: null, responses: units.length, promoters: 0, passives: 0, detractors: 0 };
  let total = 0;
  let net = 0;
  for (const { score, weight } of units) {
    const group = classifyScore(score);
    if (group === 'promoter') {
      summary.promoters += 1;
      net += weight;
    } else if (group === 'passive') {
      summary.passives += 1;
    } else {
      summary.detractors += 1;
      net -= weight;
    }
    total += weight;
  }
  if (total > 0) summary.nps = roundOneDecimal((net / total) * 100);
  return summary;
}

export const DEFAULT_ROLE_WEIGHTS: Readonly<Record<Persona, number>> = Object.freeze({
  decision_maker: 3,
  budget_holder: 3,
  executive_sponsor: 3,
  champion: 2,
  influencer: 2,
  main_contact: 1.5,
  day_to_day_user: 1,
});
/** The weight of a stakeholder without any persona. */
export const NO_PERSONA_WEIGHT = 1;

/** One unit per stakeholder; responses nobody could be matched to (stakeholderId null) stay one unit each. */
function byStakeholder(responses: ScoredResponse[]): ScoredResponse[][] {
  const groups = new Map<string, ScoredResponse[]>();
  const unmatched: ScoredResponse[][] = [];
  for (const response of responses) {
    if (response.stakeholderId === null) {
      unmatched.push([response]);
      continue;
    }
    const group = groups.get(response.stakeholderId);
    if (group) group.push(response);
    else groups.set(response.stakeholderId, [response]);
  }
  return [...groups.values(), ...unmatched];
}

/** The latest response of each stakeholder (ties: the later one in the list). */
function latestPerStakeholder(responses: ScoredResponse[]): ScoredResponse[] {
  return byStakeholder(responses).map((group) => group.reduce((latest, r) => (r.submittedAt >= latest.submittedAt ? r : latest)));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const holdsAny = (response: ScoredResponse, personas: readonly Persona[]) => response.personas.some((p) => personas.includes(p));

export type RollUp = NpsSummary & { method: RollUpMethod; basis: string };

/**
 * An account's (or any group's) NPS by one of four methods:
 *
 * - `all_responses`: every response is one vote, so a stakeholder who answered three times counts three times.
 * - `mean_per_stakeholder`: each stakeholder's scores are averaged into one vote, grouped by the usual
 *   cut-offs (a mean of 8.5 is passive). Responses matched to nobody count one vote each.
 * - `role_weighted`: each stakeholder's latest response is one vote weighted by the highest weight among
 *   their personas (`DEFAULT_ROLE_WEIGHTS`, overridable per persona; no persona weighs 1). The NPS is
 *   Σ weight of promoters − Σ weight of detractors over Σ weight; the counts are of stakeholders, unweighted.
 * - `waterfall`: the latest responses of decision makers if any answered; otherwise of influencing users;
 *   otherwise of everyone. `basis` names the tier used.
 *
 * `responses` in the result is the number of votes counted (stakeholders, for the per-stakeholder methods).
 */
export function rollUpNps(responses: ScoredResponse[], method: RollUpMethod, weights: Partial<Record<Persona, number>> = {}): RollUp {
  switch (method) {
    case 'all_responses': {
      const summary = summarizeNps(responses.map((r) => r.score));
      return { ...summary, method, basis: `all responses (${plural(summary.responses, 'response')})` };
    }
    case 'mean_per_stakeholder': {
      const groups = byStakeholder(responses);
      const summary = summarizeNps(groups.map((group) => group.reduce((sum, r) => sum + r.score, 0) / group.length));
      return {
        ...summary,
        method,
        basis: `mean per stakeholder (${plural(groups.length, 'stakeholder')}, ${plural(responses.length, 'response')})`,
      };
    }
    case 'role_weighted': {
      const table = { ...DEFAULT_ROLE_WEIGHTS, ...weights };
      const latest = latestPerStakeholder(responses);
      const summary = weightedSummary(
        latest.map((r) => ({
          score: r.score,
          weight: r.personas.length === 0 ? NO_PERSONA_WEIGHT : Math.max(...r.personas.map((p) => table[p] ?? DEFAULT_ROLE_WEIGHTS[p])),
        })),
      );
      return { ...summary, method, basis: `role-weighted, latest response of ${plural(latest.length, 'stakeholder')}` };
    }
    case 'waterfall': {
      const latest = latestPerStakeholder(responses);
      const deciders = latest.filter((r) => holdsAny(r, DECISION_MAKER_PERSONAS));
      const users = latest.filter((r) => holdsAny(r, INFLUENCING_USER_PERSONAS));
      const [tier, used] =
        deciders.length > 0 ? ['decision makers', deciders] : users.length > 0 ? ['influencing users', users] : ['everyone', latest];
      const summary = summarizeNps(used.map((r) => r.score));
      const basis = used.length === 0 ? 'no responses' : `${tier} (${plural(used.length, 'response')})`;
      return { ...summary, method, basis };
    }
  }
}

export type ParticipationSummary = {
  invited: number;
  responded: number;
  /** 0..1; null when nobody was invited. */
  responseRate: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  nonResponders: number;
};

/**
 * Who was asked and who answered. The denominator is the stakeholders invited; a stakeholder listed twice
 * counts once, with their answer if either entry has one (the later entry wins).
 */
export function participationSummary(invited: { stakeholderId: string; score: number | null }[]): ParticipationSummary {
  const scores = new Map<string, number | null>();
  for (const { stakeholderId, score } of invited) {
    if (score !== null || !scores.has(stakeholderId)) scores.set(stakeholderId, score);
  }
  const result: ParticipationSummary = {
    invited: scores.size,
    responded: 0,
    responseRate: null,
    promoters: 0,
    passives: 0,
    detractors: 0,
    nonResponders: 0,
  };
  for (const score of scores.values()) {
    if (score === null) {
      result.nonResponders += 1;
      continue;
    }
    result.responded += 1;
    const group = classifyScore(score);
    if (group === 'promoter') result.promoters += 1;
    else if (group === 'passive') result.passives += 1;
    else result.detractors += 1;
  }
  if (result.invited > 0) result.responseRate = result.responded / result.invited;
  return result;
}

/** The share (0..1) of 1-5 answers strictly above the threshold (SPEC: "% of 1-5 answers above 3.5"); null with no answers. */
export function shareAbove(values: number[], threshold = 3.5): { share: number | null; count: number } {
  if (values.length === 0) return { share: null, count: 0 };
  return { share: values.filter((v) => v > threshold).length / values.length, count: values.length };
}
