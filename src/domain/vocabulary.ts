/** Closed vocabularies from SPEC §1, shared by the database schema, the API and the UI. */
export const TIERS = ['community', 'enterprise', 'strategic'] as const;
export type Tier = (typeof TIERS)[number];

export const SIZE_BANDS = ['smb', 'mid_market', 'enterprise', 'large_enterprise'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const REGIONS = ['north_america', 'latin_america', 'emea', 'apac'] as const;
export type Region = (typeof REGIONS)[number];

export const LIFECYCLE_STAGES = [
  'discovery',
  'qualification',
  'selection',
  'implementation',
  'adoption',
  'maintenance',
  'change',
  'renewal',
  'churned',
  'renewed',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const KEY_TO_SUCCESS = ['critical', 'important', 'peripheral'] as const;
export type KeyToSuccess = (typeof KEY_TO_SUCCESS)[number];

/** Ordered from worst to best: the index is used for "below target" comparisons. */
export const SENTIMENTS = ['detractor', 'resistant', 'neutral', 'supportive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];

export const STAKEHOLDER_STATUSES = ['active', 'left'] as const;
export type StakeholderStatus = (typeof STAKEHOLDER_STATUSES)[number];

/** Fields a stakeholder's history records: the tracked ones, the sentiment measured from answers, and the person's e-mail (recorded on each of their roles). */
export const STAKEHOLDER_HISTORY_FIELDS = [
  'personas',
  'keyToSuccess',
  'assessedSentiment',
  'measuredSentiment',
  'relationshipStrength',
  'personalRapport',
  'status',
  'email',
] as const;
export type StakeholderHistoryField = (typeof STAKEHOLDER_HISTORY_FIELDS)[number];

export const TOUCHPOINT_KINDS = ['call', 'meeting', 'email', 'qbr', 'ebr', 'onsite', 'event', 'note'] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

export const ROLES = ['admin', 'leader', 'csm', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** 1 = weak/none … 5 = strong; shared scale for relationship strength and personal rapport. */
export const RELATIONSHIP_SCALE = [1, 2, 3, 4, 5] as const;

/** How much an open coverage gap matters, worst first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
