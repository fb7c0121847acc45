/** Engagement recency per persona (SPEC C3). Facts come in already filtered (notes excluded); time comes in as asOf. */

import { PERSONAS, type Persona } from '../../../domain/personas.ts';
import { daysBetween } from '../../../lib/dates.ts';
import type { AccountFacts, StakeholderFact } from './types.ts';

export type PersonaRecency = { days: number | null; lastEngagedAt: string | null; stakeholderId: string | null; name: string | null };

export function activeHolders(account: AccountFacts, persona: Persona): StakeholderFact[] {
  return account.stakeholders.filter((s) => s.status === 'active' && s.personas.includes(persona));
}

/**
 * For every persona: days since the latest engagement of any active holder, and who that was.
 * When holders exist but none was ever engaged, the first holder is named so the sentence has a person.
 */
export function recencyByPersona(account: AccountFacts, asOf: string): Map<Persona, PersonaRecency> {
  const result = new Map<Persona, PersonaRecency>();
  for (const persona of PERSONAS) {
    const holders = activeHolders(account, persona);
    let latest: StakeholderFact | null = null;
    for (const h of holders) {
      if (h.lastEngagedAt && (!latest?.lastEngagedAt || h.lastEngagedAt.slice(0, 10) > latest.lastEngagedAt.slice(0, 10))) latest = h;
    }
    const named = latest ?? holders[0] ?? null;
    result.set(persona, {
      days: latest?.lastEngagedAt ? daysBetween(latest.lastEngagedAt, asOf) : null,
      lastEngagedAt: latest?.lastEngagedAt?.slice(0, 10) ?? null,
      stakeholderId: named?.stakeholderId ?? null,
      name: named?.name ?? null,
    });
  }
  return result;
}

/** Reaching the limit is fine, one day over is a breach; never engaged breaches any limit. No limit never breaches. */
export function isRecencyBreached(days: number | null, limit: number | null): boolean {
  if (limit === null) return false;
  if (days === null) return true;
  return days > limit;
}
