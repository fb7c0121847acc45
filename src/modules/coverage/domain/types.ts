/**
 * The vocabulary of relationship coverage (SPEC C2, C3): the desired stakeholder mix per segment,
 * the facts an account has, and the gaps between them. Pure types; no I/O.
 */
import type { Persona } from '../../../domain/personas.ts';
import type { KeyToSuccess, Region, Sentiment, SizeBand, StakeholderStatus, Tier } from '../../../domain/vocabulary.ts';

/** What the segment wants for one persona. null means "no requirement" for that dimension. */
export type PersonaRequirement = {
  persona: Persona;
  /** At least this many active stakeholders holding the persona (0 = optional). */
  minCount: number;
  /** Nobody holding the persona may feel worse than this. */
  lowestSentiment: Sentiment | null;
  /** Days since the latest touchpoint with someone holding the persona; reaching the limit is fine, one day over is a breach. */
  recencyDays: number | null;
  /** Share of invited stakeholders expected to answer assessments, 0..1 (used by assessments). */
  participationTarget: number | null;
};

export type CoverageModel = {
  segmentId: string;
  requirements: PersonaRequirement[];
  /** An account is single-threaded when fewer than this many stakeholders were engaged within the window. */
  minEngagedStakeholders: number;
  engagementWindowDays: number;
};

export type SegmentMatch = { tiers: Tier[]; sizeBands: SizeBand[]; regions: Region[]; industries: string[] };
export type Segment = { id: string; name: string; priority: number; isDefault: boolean; match: SegmentMatch };

export type StakeholderFact = {
  stakeholderId: string;
  name: string;
  personas: Persona[];
  keyToSuccess: KeyToSuccess;
  assessedSentiment: Sentiment | null;
  measuredSentiment: Sentiment | null;
  status: StakeholderStatus;
  leftAt: string | null;
  /** Date (YYYY-MM-DD) of the latest non-note touchpoint the stakeholder took part in. */
  lastEngagedAt: string | null;
};

/** The account's latest assessment wave: who was invited, who answered, and from when silence counts. */
export type ParticipationFact = {
  waveId: string;
  questionnaireName: string;
  /** YYYY-MM-DD the wave was launched. */
  invitedOn: string;
  reminders: number;
  invitations: {
    stakeholderId: string;
    answered: boolean;
    /** YYYY-MM-DD from which an unanswered invitation counts as silent (after the last reminder). */
    silentFrom: string;
  }[];
};

export type AccountFacts = {
  accountId: string;
  accountName: string;
  tier: Tier;
  sizeBand: SizeBand | null;
  region: Region | null;
  industry: string | null;
  stakeholders: StakeholderFact[];
  /** Absent or null when nobody in the account was ever invited to an assessment. */
  participation?: ParticipationFact | null;
};

export const GAP_KINDS = [
  'missing_persona',
  'too_few',
  'sentiment_below_target',
  'recency_breached',
  'single_threaded',
  'key_stakeholder_left',
  'sentiment_disagreement',
  'silent',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export { SEVERITIES, type Severity } from '../../../domain/vocabulary.ts';

import type { Severity } from '../../../domain/vocabulary.ts';

export type Gap = {
  kind: GapKind;
  severity: Severity;
  persona: Persona | null;
  stakeholderId: string | null;
  /** Stable identity of "the same gap" across recomputes: kind, persona and stakeholder. */
  key: string;
  /** One sentence with the numbers, e.g. "Executive sponsor Dana Ruiz: last engaged 124 days ago; limit 90". */
  explanation: string;
  /** The numbers behind the sentence, so the plan can word its action without parsing the explanation. Optional: older rows lack it. */
  facts?: GapFacts;
};

export type GapFacts = {
  count?: number;
  wanted?: number;
  daysSinceEngaged?: number | null;
  limitDays?: number;
  sentiment?: Sentiment;
  assessedSentiment?: Sentiment;
  measuredSentiment?: Sentiment;
  stakeholderName?: string;
  invited?: number;
  reminders?: number;
};

export type GapContext = { account: AccountFacts; model: CoverageModel; asOf: string };
/** One kind of gap; a new kind plugs in by adding a detector, without touching the others. */
export type GapDetector = { kind: GapKind; detect(ctx: GapContext): Gap[] };

export type ActionChannel = 'meeting' | 'executive_outreach' | 'call' | 'email';
export type PlannedAction = { gapKey: string; title: string; channel: ActionChannel; dueInDays: number };
