/**
 * The relationship plan (SPEC C2): each gap becomes one action worded for the gap and the tier's engagement model
 * (strategic: personal meeting / executive outreach; enterprise: call; community: e-mail).
 */
import type { Persona } from '../../../domain/personas.ts';
import type { Tier } from '../../../domain/vocabulary.ts';
import { personaLabel } from './gap-support.ts';
import type { ActionChannel, Gap, PlannedAction, Severity } from './types.ts';

export type PlanNames = { stakeholderName?: string | null; championName?: string | null };

const DUE_IN_DAYS: Record<Severity, number> = { critical: 3, high: 7, medium: 14, low: 30 };
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

function channelFor(tier: Tier, persona: Persona | null): ActionChannel {
  if (tier === 'community') return 'email';
  if (tier === 'enterprise') return 'call';
  // At strategic accounts the executive sponsor is reached executive to executive, everyone else in person.
  return persona === 'executive_sponsor' ? 'executive_outreach' : 'meeting';
}

/** How to reach a person through this channel, e.g. "meet Lee Park in person", "call Lee Park". */
function reach(channel: ActionChannel, who: string): string {
  if (channel === 'email') return `e-mail ${who}`;
  if (channel === 'call') return `call ${who}`;
  return `meet ${who} in person`;
}

function lastTouch(gap: Gap): string {
  const f = gap.facts;
  if (!f || f.limitDays === undefined) return '';
  const since =
    f.daysSinceEngaged === null || f.daysSinceEngaged === undefined ? 'no touch yet' : `last touch ${f.daysSinceEngaged} days ago`;
  return `: ${since}, limit ${f.limitDays}`;
}

function title(gap: Gap, tier: Tier, channel: ActionChannel, names: PlanNames): string {
  const role = gap.persona ? personaLabel(gap.persona, true) : 'stakeholder';
  const person = names.stakeholderName ?? gap.facts?.stakeholderName ?? null;
  const champion = names.championName ?? null;
  switch (gap.kind) {
    case 'missing_persona':
      if (tier === 'community') {
        return gap.persona === 'main_contact'
          ? 'Send the onboarding e-mail to find a main contact'
          : `E-mail the account to find its ${role}`;
      }
      if (champion) return `Ask champion ${champion} for an introduction to the ${role}`;
      return tier === 'strategic' ? `Find the ${role} and arrange a personal meeting` : `Call your main contact to identify the ${role}`;
    case 'too_few': {
      const more = Math.max(1, (gap.facts?.wanted ?? 0) - (gap.facts?.count ?? 0));
      const count = `${NUMBER_WORDS[more] ?? more} more ${role}${more === 1 ? '' : 's'}`;
      if (tier === 'community') return `E-mail the account to find ${count}`;
      if (champion) return `Ask champion ${champion} to introduce ${count}`;
      return tier === 'strategic' ? `Find and meet ${count}` : `Call your main contact to find ${count}`;
    }
    case 'recency_breached': {
      const who = person ? `${role} ${person}` : `the ${role}`;
      if (tier === 'community') return `E-mail ${who} to re-engage${lastTouch(gap)}`;
      if (tier === 'enterprise') return `Call ${who} to re-engage${lastTouch(gap)}`;
      return `Re-engage ${who} in person${lastTouch(gap)}`;
    }
    case 'sentiment_below_target': {
      const who = person ?? `the ${role}`;
      const medium = channel === 'email' ? `e-mail ${who} personally` : `schedule a ${channel === 'call' ? 'call' : 'meeting'} with ${who}`;
      const sentiment = gap.facts?.sentiment;
      if (sentiment === 'detractor') return `Convert detractor: ${medium} about what needs to improve`;
      if (sentiment === 'resistant') return `Address resistance: ${medium} about their concerns`;
      return `Build support: ${medium} about what would make them supportive`;
    }
    case 'single_threaded': {
      const more = Math.max(1, (gap.facts?.wanted ?? 2) - 1);
      const people = `${NUMBER_WORDS[more] ?? more} more ${more === 1 ? 'person' : 'people'}`;
      const verb = channel === 'email' ? 'e-mail' : channel === 'call' ? 'call' : 'meet';
      return `Multi-thread: ${verb} ${people} beyond ${person ?? 'your only contact'}`;
    }
    case 'key_stakeholder_left': {
      const successor = person ? `${person}'s successor` : 'the successor';
      const as = gap.persona ? ` as ${role}` : '';
      if (tier === 'community') return `E-mail the account to find ${successor}${as}`;
      if (tier === 'enterprise') return `Find ${successor}${as} and set up a call`;
      return `Find and meet ${successor}${as}`;
    }
    case 'sentiment_disagreement': {
      const f = gap.facts;
      const detail = f?.assessedSentiment && f.measuredSentiment ? ` (you: ${f.assessedSentiment}, answers: ${f.measuredSentiment})` : '';
      return `Check your view of ${person ?? 'the stakeholder'}${detail}: ${reach(channel, 'them')}`;
    }
    case 'silent': {
      if (!gap.stakeholderId && gap.persona) {
        const verb = tier === 'community' ? 'E-mail' : tier === 'strategic' ? 'Meet' : 'Call';
        return `${verb} the ${role}s who did not answer the assessment and ask for their view`;
      }
      if (!gap.stakeholderId) {
        if (tier === 'community') return 'E-mail the account: nobody answered the assessment';
        return champion
          ? `Ask champion ${champion} why nobody answered the assessment`
          : `${tier === 'strategic' ? 'Meet' : 'Call'} your main contact: nobody answered the assessment`;
      }
      return `Ask ${person ?? `the ${role}`} personally for their view (${reach(channel, 'them')})`;
    }
    default:
      // Kinds added later get a sensible action until they bring their own wording.
      return `Follow up (${reach(channel, person ?? `the ${role}`)}): ${gap.explanation}`;
  }
}

export function planAction(gap: Gap, tier: Tier, names: PlanNames = {}): PlannedAction {
  const channel = channelFor(tier, gap.persona);
  return { gapKey: gap.key, title: title(gap, tier, channel, names), channel, dueInDays: DUE_IN_DAYS[gap.severity] };
}

export type ExistingAction = { id: string; gapKey: string; status: 'open' | 'done' | 'dismissed' | 'resolved' };

/**
 * Idempotent recompute: an open or dismissed action blocks a new one for the same gap (dismissed keeps its reason);
 * open actions whose gap closed are resolved; done/resolved actions let a re-opened gap get a fresh action.
 */
export function reconcileActions(existing: ExistingAction[], gaps: Gap[]): { toCreate: Gap[]; toResolve: string[] } {
  const blocked = new Set(existing.filter((a) => a.status === 'open' || a.status === 'dismissed').map((a) => a.gapKey));
  const current = new Set(gaps.map((g) => g.key));
  const toCreate: Gap[] = [];
  for (const gap of gaps) {
    if (blocked.has(gap.key)) continue;
    blocked.add(gap.key); // two gaps with one key still make one action
    toCreate.push(gap);
  }
  const toResolve = existing.filter((a) => a.status === 'open' && !current.has(a.gapKey)).map((a) => a.id);
  return { toCreate, toResolve };
}
