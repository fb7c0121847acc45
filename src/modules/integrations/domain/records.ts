/**
 * Canonical import records: what the pure CRM-import core hands to the upsert. Every exporter
 * (Salesforce Data Loader / report exports / sObject tree, HubSpot, generic CSV) converges here.
 *
 * Contract for the upsert built on top:
 * - A record is keyed by `externalId` when the export carried one (upsert on salesforce_id /
 *   hubspot_id / external_id), else by its natural key: an account by `name` (case-insensitive), a
 *   stakeholder by `email`, else by first + last name within its account. The converter says which
 *   (`ConverterInfo.keyedBy`).
 * - `referenceId` is batch-local (sObject tree `attributes.referenceId`, or the row-order convention
 *   of Salesforce sample CSVs): it links records inside one import and must never be stored as an id.
 * - Absent optional fields are `undefined`, never `null` or `''`: absence does not overwrite.
 * - Dates are `YYYY-MM-DD` as written in the file; timestamps are ISO-8601 UTC (`…Z`).
 */
import type { Persona } from '../../../domain/personas.ts';
import type {
  KeyToSuccess,
  LifecycleStage,
  Region,
  Sentiment,
  SizeBand,
  StakeholderStatus,
  Tier,
  TouchpointKind,
} from '../../../domain/vocabulary.ts';

export type ExternalSystem = 'salesforce' | 'hubspot' | 'csv';
export type ExternalId = { system: ExternalSystem; id: string };

/** How a record points at its account. `opportunity`: "the account of that opportunity" (OCR, tasks on deals). */
export type AccountRef =
  | { by: 'external_id'; externalId: ExternalId }
  | { by: 'name'; name: string }
  | { by: 'reference'; referenceId: string; name: string }
  | { by: 'opportunity'; externalId: ExternalId };

/** How a record points at a contact (a stakeholder's person). */
export type ContactRef =
  | { by: 'external_id'; externalId: ExternalId }
  | { by: 'email'; email: string }
  | { by: 'reference'; referenceId: string; email?: string; firstName: string; lastName: string };

/** An internal user (account owner, activity owner): matched to a Rapport user, by e-mail in the end. */
export type UserRef = { externalId?: ExternalId; email?: string; name?: string };

export type PersonaSource = 'crm_role' | 'none';

export type AccountRecord = {
  type: 'account';
  externalId?: ExternalId;
  referenceId?: string;
  name: string;
  /** The CRM's own account type ("Customer - Direct", "Partner"): informational, not a tier. */
  crmType?: string;
  tier?: Tier;
  sizeBand?: SizeBand;
  region?: Region;
  country?: string;
  industry?: string;
  employees?: number;
  /** The customer company's own revenue (Salesforce AnnualRevenue). Never used as ARR. */
  annualRevenue?: number;
  /** What the customer pays us per year: only from an explicit ARR column. */
  arr?: number;
  renewalDate?: string;
  lifecycleStage?: LifecycleStage;
  owner?: UserRef;
  website?: string;
  phone?: string;
  /** CRM ids carried as columns (Rapport's own export), besides the record's own external id. */
  salesforceId?: string;
  hubspotId?: string;
};

/** A person and their role in one account (people + stakeholders tables). */
export type StakeholderRecord = {
  type: 'stakeholder';
  externalId?: ExternalId;
  referenceId?: string;
  accountRef: AccountRef;
  /** '' when the export has none: a contact needs a name or an e-mail. */
  firstName: string;
  lastName: string;
  email?: string;
  title?: string;
  phone?: string;
  personas: Persona[];
  personaSource: PersonaSource;
  /** The CRM role values as exported, for display and audit. */
  roles: string[];
  lastNps?: { score: number; comment?: string; date?: string };
  /** Rapport's own judgements, when the file carries them (Rapport's export, a generic CSV). */
  keyToSuccess?: KeyToSuccess;
  assessedSentiment?: Sentiment;
  relationshipStrength?: number;
  personalRapport?: number;
  status?: StakeholderStatus;
  leftAt?: string;
};

/** Roles of a contact in an account (AccountContactRelation) or on an opportunity (OpportunityContactRole). */
export type StakeholderRoleRecord = {
  type: 'stakeholder_role';
  externalId?: ExternalId;
  source: 'account_contact_relation' | 'opportunity_contact_role';
  contactRef: ContactRef;
  accountRef: AccountRef;
  roles: string[];
  personas: Persona[];
  personaSource: PersonaSource;
  isPrimary?: boolean;
  /** AccountContactRelation.IsActive = false: the person left the account. */
  isActive?: boolean;
  endDate?: string;
};

export type TouchpointRecord = {
  type: 'touchpoint';
  externalId?: ExternalId;
  accountRef: AccountRef;
  kind: TouchpointKind;
  occurredAt: string;
  summary: string;
  participantRefs: ContactRef[];
  owner?: UserRef;
};

/** An opportunity or deal: the renewal date and outcome facts. `isRenewal` is null when the export has no type. */
export type RenewalRecord = {
  type: 'renewal';
  externalId?: ExternalId;
  referenceId?: string;
  accountRef: AccountRef;
  name?: string;
  closeDate: string;
  stage: string;
  status?: 'open' | 'won' | 'lost';
  amount?: number;
  opportunityType?: string;
  isRenewal: boolean | null;
  owner?: UserRef;
};

export type UserRecord = { type: 'user'; externalId: ExternalId; email: string; name: string; active?: boolean };

export type UsageMetricRecord = { type: 'usage_metric'; accountRef: AccountRef; metric: string; date: string; value: number };

export type ImportRecord =
  | AccountRecord
  | StakeholderRecord
  | StakeholderRoleRecord
  | TouchpointRecord
  | RenewalRecord
  | UserRecord
  | UsageMetricRecord;

/**
 * One problem with one cell. `row` counts like a spreadsheet: the header is row 1, blank lines count.
 * For sObject-tree JSON, `row` is the 1-based position in the file's `records` array; row 0 means the whole file.
 */
export type RowIssue = { row: number; column: string; value: string; reason: string; file?: string };
