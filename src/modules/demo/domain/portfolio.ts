/**
 * The rows a demo portfolio is made of, shaped like the tables they fill (src/db/schema.ts) so the
 * loader maps them column by column. Timestamps are ISO strings in UTC, dates are YYYY-MM-DD.
 */
import type { Persona } from '../../../domain/personas.ts';
import type {
  KeyToSuccess,
  LifecycleStage,
  Region,
  Role,
  Sentiment,
  SizeBand,
  StakeholderStatus,
  Tier,
  TouchpointKind,
} from '../../../domain/vocabulary.ts';

/** The admin is created elsewhere; the demo brings the team around it. */
export type DemoRole = Exclude<Role, 'admin'>;

export type UserRow = { id: string; email: string; name: string; role: DemoRole };

export type DemoLogin = { email: string; name: string; role: DemoRole };

export type AccountRow = {
  id: string;
  name: string;
  tier: Tier;
  sizeBand: SizeBand;
  region: Region;
  industry: string;
  employees: number;
  lifecycleStage: LifecycleStage;
  arr: number;
  /** Null for prospects still in discovery, qualification or selection: nothing to renew yet. */
  renewalDate: string | null;
  ownerId: string;
  salesforceId: string | null;
  hubspotId: string | null;
  createdAt: string;
};

export type AccountStageChangeRow = {
  id: string;
  accountId: string;
  fromStage: LifecycleStage | null;
  toStage: LifecycleStage;
  changedAt: string;
  changedBy: string;
  note: string | null;
};

export type PersonRow = { id: string; firstName: string; lastName: string; email: string; title: string; createdAt: string };

export type StakeholderRow = {
  id: string;
  accountId: string;
  personId: string;
  personas: Persona[];
  keyToSuccess: KeyToSuccess;
  assessedSentiment: Sentiment | null;
  assessedSentimentAt: string | null;
  assessedSentimentBy: string | null;
  assessedSentimentReason: string | null;
  relationshipStrength: number;
  personalRapport: number;
  status: StakeholderStatus;
  leftAt: string | null;
  createdAt: string;
};

/** Field names as the stakeholders module records them, so its history view reads demo rows too. */
export type StakeholderChangeField = 'assessedSentiment' | 'status' | 'personas';

export type StakeholderChangeRow = {
  id: string;
  stakeholderId: string;
  field: StakeholderChangeField;
  /** JSON values as stored in the jsonb columns: a sentiment or status string, a persona list, or null. */
  fromValue: string | string[] | null;
  toValue: string | string[] | null;
  reason: string | null;
  changedBy: string;
  changedAt: string;
};

export type TouchpointRow = {
  id: string;
  accountId: string;
  kind: TouchpointKind;
  occurredAt: string;
  summary: string;
  createdBy: string;
};

export type TouchpointStakeholderRow = { touchpointId: string; stakeholderId: string };
export type TouchpointUserRow = { touchpointId: string; userId: string };

export type StoryKind =
  | 'no_executive_sponsor'
  | 'silent_champion'
  | 'detractor_decision_maker'
  | 'sponsor_last_seen_150_days'
  | 'single_threaded'
  | 'key_stakeholder_left';

/** A deliberate relationship problem, so a demo can point at the account that shows it. */
export type StoryAccount = {
  kind: StoryKind;
  accountId: string;
  accountName: string;
  /** The stakeholder the story is about, when it is about one. */
  stakeholderId: string | null;
  description: string;
};

export type Portfolio = {
  seed: number;
  asOf: string;
  users: UserRow[];
  demoLogins: DemoLogin[];
  accounts: AccountRow[];
  accountStageChanges: AccountStageChangeRow[];
  people: PersonRow[];
  stakeholders: StakeholderRow[];
  stakeholderChanges: StakeholderChangeRow[];
  touchpoints: TouchpointRow[];
  touchpointStakeholders: TouchpointStakeholderRow[];
  touchpointUsers: TouchpointUserRow[];
  storyAccounts: StoryAccount[];
};
