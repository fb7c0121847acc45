/**
 * The vocabulary of assessments (SPEC C4): questionnaires and their answers, programs that decide
 * who is asked and when, the score groups, and the roll-ups of results. Pure types; no I/O.
 */
import type { Persona } from '../../../domain/personas.ts';
import type { LifecycleStage, Region, Sentiment, SizeBand, StakeholderStatus, Tier } from '../../../domain/vocabulary.ts';

// Questionnaires

export const QUESTION_KINDS = ['nps', 'scale5', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** One question. `id` is a stable slug inside a questionnaire version (answers are keyed by it). */
export type Question = {
  id: string;
  kind: QuestionKind;
  /** What the stakeholder reads, e.g. "How likely are you to recommend {product} to a colleague?" */
  prompt: string;
  required: boolean;
  /** scale5 only: the words under 1 and 5, e.g. "Very poor" / "Excellent". */
  lowLabel?: string;
  highLabel?: string;
};

/** Answers keyed by question id: nps 0..10, scale5 1..5, text a string (trimmed, may be empty when optional). */
export type Answers = Record<string, number | string>;

// Scores

export const SCORE_GROUPS = ['promoter', 'passive', 'detractor'] as const;
export type ScoreGroup = (typeof SCORE_GROUPS)[number];
/** The fourth group beside the three score groups: invited, did not answer. */
export type ParticipationGroup = ScoreGroup | 'non_responder';

export type NpsSummary = {
  /** -100..100 rounded to one decimal; null when there is no response. */
  nps: number | null;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
};

export const ROLL_UP_METHODS = ['all_responses', 'mean_per_stakeholder', 'role_weighted', 'waterfall'] as const;
export type RollUpMethod = (typeof ROLL_UP_METHODS)[number];

/** One NPS answer as the roll-ups see it. stakeholderId is null for imported responses nobody could be matched to. */
export type ScoredResponse = {
  stakeholderId: string | null;
  personas: Persona[];
  score: number;
  submittedAt: string;
};

/** Lowest score of each measured-sentiment band; below `resistant` is detractor. Default 9 / 7 / 4. */
export type SentimentBands = { supportive: number; neutral: number; resistant: number };

// Programs

export type ProgramTrigger =
  /** Ask again every N days (e.g. 180). */
  | { kind: 'every'; days: number }
  /** N days after the account entered a stage (e.g. 30 days after entering adoption). */
  | { kind: 'after_stage'; stage: LifecycleStage; days: number }
  /** N days before the renewal date (e.g. 120). */
  | { kind: 'before_renewal'; days: number };

/** Who a program targets. An empty list means "any". */
export type ProgramRule = {
  stages: LifecycleStage[];
  personas: Persona[];
  segmentIds: string[];
  trigger: ProgramTrigger;
};

/** A stakeholder the program could ask, with the facts targeting needs (the caller loads and resolves them). */
export type Candidate = {
  stakeholderId: string;
  personId: string;
  name: string;
  email: string | null;
  personas: Persona[];
  status: StakeholderStatus;
  accountId: string;
  accountName: string;
  tier: Tier;
  sizeBand: SizeBand | null;
  region: Region | null;
  industry: string | null;
  /** The account's segment as resolved by the coverage segments. */
  segmentId: string;
  lifecycleStage: LifecycleStage;
  /** YYYY-MM-DD the account entered its current stage; null when unknown. */
  stageEnteredOn: string | null;
  renewalDate: string | null;
  /** YYYY-MM-DD this person was last invited by any program (the fatigue rule is per person). */
  personLastInvitedOn: string | null;
  /** YYYY-MM-DD this stakeholder was last invited by this program. */
  lastInvitedByProgramOn: string | null;
};

export const EXCLUSION_REASONS = ['left', 'no_email', 'stage', 'persona', 'segment', 'not_due', 'fatigue', 'duplicate_person'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export type Inclusion = { candidate: Candidate; why: string };
export type Exclusion = { candidate: Candidate; reason: ExclusionReason; why: string };
export type TargetingResult = { included: Inclusion[]; excluded: Exclusion[] };

// Follow-up

export const FOLLOW_UP_KINDS = ['promoter_follow_up', 'passive_follow_up', 'detractor_follow_up', 'silent_escalation'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export type FollowUp = { kind: FollowUpKind; title: string; dueDate: string };

// Themes

export const THEMES = ['support', 'onboarding', 'pricing', 'reliability', 'ease_of_use', 'people', 'communication', 'product'] as const;
export type Theme = (typeof THEMES)[number];

export type Verbatim = { id: string; text: string; score: number | null };
export type ThemeSummary = {
  theme: Theme;
  count: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Up to three verbatims, personal data masked. */
  examples: string[];
};

export type { Persona, Sentiment };

/** Where an outgoing message stands: scheduled → sending → sent, or kept, failed, uncertain, cancelled. */
export const MESSAGE_STATUSES = ['scheduled', 'sending', 'sent', 'kept', 'failed', 'uncertain', 'cancelled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
