/** Tiny fact builders for the coverage tests: every fact has a sensible default so each case states only what matters. */
import { addDays } from '../../../lib/dates.ts';
import { defaultCoverageModel } from './default-models.ts';
import type { AccountFacts, GapContext, StakeholderFact } from './types.ts';

export const AS_OF = '2026-06-01';
export const daysAgo = (n: number): string => addDays(AS_OF, -n);

let next = 0;
export function stakeholder(over: Partial<StakeholderFact> = {}): StakeholderFact {
  next += 1;
  return {
    stakeholderId: `s${next}`,
    name: `Person ${next}`,
    personas: [],
    keyToSuccess: 'important',
    assessedSentiment: null,
    measuredSentiment: null,
    status: 'active',
    leftAt: null,
    lastEngagedAt: daysAgo(1),
    ...over,
  };
}

export function account(stakeholders: StakeholderFact[], over: Partial<AccountFacts> = {}): AccountFacts {
  return {
    accountId: 'a1',
    accountName: 'Acme',
    tier: 'strategic',
    sizeBand: 'enterprise',
    region: 'emea',
    industry: 'software',
    stakeholders,
    ...over,
  };
}

/** A context whose model is the default for the account's tier. */
export function context(stakeholders: StakeholderFact[], over: Partial<AccountFacts> = {}, asOf = AS_OF): GapContext {
  const acc = account(stakeholders, over);
  return { account: acc, model: defaultCoverageModel(acc.tier), asOf };
}
