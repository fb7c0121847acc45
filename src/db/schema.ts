/**
 * The relational model. Shaped for the whole SPEC; later capabilities (segments, coverage models,
 * questionnaires, health snapshots, plays, compensation) add their own tables beside these.
 * Vocabularies are text columns validated by the API, because SPEC makes tiers and personas configurable.
 */
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Persona } from '../domain/personas.ts';
import type {
  KeyToSuccess,
  LifecycleStage,
  Region,
  Role,
  Sentiment,
  Severity,
  SizeBand,
  StakeholderHistoryField,
  StakeholderStatus,
  Tier,
  TouchpointKind,
} from '../domain/vocabulary.ts';
import { timestamptz } from './timestamps.ts';

/** Time-ordered keys (UUID v7, the `uuid_v7()` function of migration uuid_v7): new rows append to the key's index. */
const id = () => uuid('id').primaryKey().default(sql`uuid_v7()`);
const createdAt = () => timestamptz('created_at').notNull().default(sql`now()`);
const updatedAt = () => timestamptz('updated_at').notNull().default(sql`now()`);

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    passwordHash: text('password_hash'),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable('api_tokens', {
  id: id(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  lastUsedAt: timestamptz('last_used_at'),
  revokedAt: timestamptz('revoked_at'),
  createdAt: createdAt(),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    detail: jsonb('detail'),
    at: timestamptz('at').notNull().default(sql`now()`),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

/** Installation-level facts such as "demo data loaded" and configurable vocabularies. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: updatedAt(),
});

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    name: text('name').notNull(),
    tier: text('tier').$type<Tier>().notNull(),
    sizeBand: text('size_band').$type<SizeBand>(),
    region: text('region').$type<Region>(),
    industry: text('industry'),
    employees: integer('employees'),
    lifecycleStage: text('lifecycle_stage').$type<LifecycleStage>().notNull().default('discovery'),
    arr: numeric('arr', { precision: 14, scale: 2, mode: 'number' }),
    renewalDate: date('renewal_date', { mode: 'string' }),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    salesforceId: text('salesforce_id'),
    hubspotId: text('hubspot_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('accounts_owner_idx').on(t.ownerId),
    index('accounts_name_idx').on(sql`lower(${t.name})`),
    index('accounts_renewal_idx').on(t.renewalDate),
    uniqueIndex('accounts_salesforce_id_key').on(t.salesforceId),
    uniqueIndex('accounts_hubspot_id_key').on(t.hubspotId),
  ],
);

/** Every stage change with its date (SPEC: lifecycle stage). */
export const accountStageChanges = pgTable(
  'account_stage_changes',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage').$type<LifecycleStage>(),
    toStage: text('to_stage').$type<LifecycleStage>().notNull(),
    changedAt: timestamptz('changed_at').notNull().default(sql`now()`),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
  },
  (t) => [index('account_stage_changes_account_idx').on(t.accountId, t.changedAt)],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    title: text('title'),
    phone: text('phone'),
    salesforceId: text('salesforce_id'),
    hubspotId: text('hubspot_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('people_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('people_salesforce_id_key').on(t.salesforceId),
    uniqueIndex('people_hubspot_id_key').on(t.hubspotId),
  ],
);

/** A person's role in one account. */
export const stakeholders = pgTable(
  'stakeholders',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    personas: text('personas').array().$type<Persona[]>().notNull().default(sql`'{}'::text[]`),
    keyToSuccess: text('key_to_success').$type<KeyToSuccess>().notNull().default('important'),
    assessedSentiment: text('assessed_sentiment').$type<Sentiment>(),
    assessedSentimentAt: timestamptz('assessed_sentiment_at'),
    assessedSentimentBy: uuid('assessed_sentiment_by').references(() => users.id, { onDelete: 'set null' }),
    assessedSentimentReason: text('assessed_sentiment_reason'),
    /** Derived from the stakeholder's own questionnaire answers (assessments capability). */
    measuredSentiment: text('measured_sentiment').$type<Sentiment>(),
    measuredSentimentAt: timestamptz('measured_sentiment_at'),
    relationshipStrength: integer('relationship_strength'),
    personalRapport: integer('personal_rapport'),
    status: text('status').$type<StakeholderStatus>().notNull().default('active'),
    leftAt: date('left_at', { mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('stakeholders_account_person_key').on(t.accountId, t.personId), index('stakeholders_person_idx').on(t.personId)],
);

/** Stakeholder history: persona, sentiment, key-to-success and status changes with who and when. */
export const stakeholderChanges = pgTable(
  'stakeholder_changes',
  {
    id: id(),
    stakeholderId: uuid('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id, { onDelete: 'cascade' }),
    field: text('field').$type<StakeholderHistoryField>().notNull(),
    fromValue: jsonb('from_value'),
    toValue: jsonb('to_value'),
    reason: text('reason'),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: timestamptz('changed_at').notNull().default(sql`now()`),
  },
  (t) => [index('stakeholder_changes_stakeholder_idx').on(t.stakeholderId, t.changedAt)],
);

export const touchpoints = pgTable(
  'touchpoints',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<TouchpointKind>().notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
    summary: text('summary').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    externalId: text('external_id'),
    createdAt: createdAt(),
  },
  (t) => [index('touchpoints_account_idx').on(t.accountId, t.occurredAt), uniqueIndex('touchpoints_external_id_key').on(t.externalId)],
);

export const touchpointStakeholders = pgTable(
  'touchpoint_stakeholders',
  {
    touchpointId: uuid('touchpoint_id')
      .notNull()
      .references(() => touchpoints.id, { onDelete: 'cascade' }),
    stakeholderId: uuid('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.touchpointId, t.stakeholderId] }), index('touchpoint_stakeholders_stakeholder_idx').on(t.stakeholderId)],
);

export const touchpointUsers = pgTable(
  'touchpoint_users',
  {
    touchpointId: uuid('touchpoint_id')
      .notNull()
      .references(() => touchpoints.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.touchpointId, t.userId] })],
);

/** Jobs that have run, used to prove a job runs once across instances. */
export const jobRuns = pgTable('job_runs', {
  id: id(),
  queue: text('queue').notNull(),
  jobId: text('job_id').notNull(),
  instance: text('instance').notNull(),
  ranAt: timestamptz('ran_at').notNull().default(sql`now()`),
});

// Relationship coverage (SPEC C2, C3)

/** A named filter over tier / size band / region / industry; coverage models apply per segment. */
export const segments = pgTable('segments', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  priority: integer('priority').notNull().default(100),
  isDefault: boolean('is_default').notNull().default(false),
  match: jsonb('match').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The desired stakeholder mix of a segment. */
export const coverageModels = pgTable('coverage_models', {
  segmentId: text('segment_id')
    .primaryKey()
    .references(() => segments.id, { onDelete: 'cascade' }),
  requirements: jsonb('requirements').notNull(),
  minEngagedStakeholders: integer('min_engaged_stakeholders').notNull(),
  engagementWindowDays: integer('engagement_window_days').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/** Gaps as last computed; closed ones are kept (closed_at) so the portfolio has a history of gaps. */
export const accountGaps = pgTable(
  'account_gaps',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    severity: text('severity').$type<Severity>().notNull(),
    persona: text('persona'),
    stakeholderId: uuid('stakeholder_id').references(() => stakeholders.id, { onDelete: 'cascade' }),
    explanation: text('explanation').notNull(),
    openedAt: timestamptz('opened_at').notNull().default(sql`now()`),
    closedAt: timestamptz('closed_at'),
  },
  (t) => [
    uniqueIndex('account_gaps_open_key').on(t.accountId, t.key).where(sql`${t.closedAt} is null`),
    index('account_gaps_kind_idx').on(t.kind).where(sql`${t.closedAt} is null`),
  ],
);

/** The relationship plan: one action per open gap, with owner, due date and status. */
export const relationshipActions = pgTable(
  'relationship_actions',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    gapKey: text('gap_key').notNull(),
    gapKind: text('gap_kind').notNull(),
    severity: text('severity').$type<Severity>().notNull(),
    persona: text('persona'),
    stakeholderId: uuid('stakeholder_id').references(() => stakeholders.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    channel: text('channel').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    /** open → done (by the CSM) | resolved (the gap closed by itself) | dismissed (with a reason). */
    status: text('status').notNull().default('open'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamptz('status_changed_at'),
    statusChangedBy: uuid('status_changed_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('relationship_actions_account_idx').on(t.accountId, t.status),
    index('relationship_actions_owner_idx').on(t.ownerId, t.status),
  ],
);

// Assessments (SPEC C4)

/** A questionnaire; its questions live in versions so that editing never changes answers already given. */
export const questionnaires = pgTable('questionnaires', {
  id: id(),
  name: text('name').notNull(),
  isDefault: boolean('is_default').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const questionnaireVersions = pgTable(
  'questionnaire_versions',
  {
    id: id(),
    questionnaireId: uuid('questionnaire_id')
      .notNull()
      .references(() => questionnaires.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    questions: jsonb('questions').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('questionnaire_versions_key').on(t.questionnaireId, t.version)],
);

/** Who is asked and when: stages × personas × segments, a trigger, reminders, escalation. */
export const assessmentPrograms = pgTable('assessment_programs', {
  id: id(),
  name: text('name').notNull(),
  questionnaireId: uuid('questionnaire_id')
    .notNull()
    .references(() => questionnaires.id, { onDelete: 'restrict' }),
  stages: text('stages').array().$type<LifecycleStage[]>().notNull().default(sql`'{}'::text[]`),
  personas: text('personas').array().$type<Persona[]>().notNull().default(sql`'{}'::text[]`),
  segmentIds: text('segment_ids').array().notNull().default(sql`'{}'::text[]`),
  trigger: jsonb('trigger').notNull(),
  reminderDays: integer('reminder_days').array().notNull().default(sql`'{}'::int[]`),
  escalateAfterDays: integer('escalate_after_days'),
  responseWindowDays: integer('response_window_days').notNull().default(30),
  active: boolean('active').notNull().default(false),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** One launch of a program: the invitations sent together, answered against one questionnaire version. */
export const assessmentWaves = pgTable(
  'assessment_waves',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => assessmentPrograms.id, { onDelete: 'cascade' }),
    questionnaireVersionId: uuid('questionnaire_version_id')
      .notNull()
      .references(() => questionnaireVersions.id, { onDelete: 'restrict' }),
    launchedAt: timestamptz('launched_at').notNull().default(sql`now()`),
    launchedBy: uuid('launched_by').references(() => users.id, { onDelete: 'set null' }),
    closesAt: timestamptz('closes_at').notNull(),
    closedAt: timestamptz('closed_at'),
  },
  (t) => [index('assessment_waves_program_idx').on(t.programId, t.launchedAt)],
);

/** One stakeholder asked in one wave. The link's token is stored only as its SHA-256. */
export const assessmentInvitations = pgTable(
  'assessment_invitations',
  {
    id: id(),
    waveId: uuid('wave_id')
      .notNull()
      .references(() => assessmentWaves.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => assessmentPrograms.id, { onDelete: 'cascade' }),
    stakeholderId: uuid('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedAt: timestamptz('invited_at').notNull().default(sql`now()`),
    expiresAt: timestamptz('expires_at').notNull(),
    /** From this moment an unanswered invitation counts as silent (after the last reminder, plus the escalation delay). */
    silentAfter: timestamptz('silent_after').notNull(),
    escalatedAt: timestamptz('escalated_at'),
  },
  (t) => [
    uniqueIndex('assessment_invitations_token_key').on(t.tokenHash),
    uniqueIndex('assessment_invitations_wave_stakeholder_key').on(t.waveId, t.stakeholderId),
    index('assessment_invitations_person_idx').on(t.personId, t.invitedAt),
    index('assessment_invitations_account_idx').on(t.accountId, t.invitedAt),
  ],
);

/**
 * Every message Rapport sends (the outbox). One row per invitation and sequence (0 = invitation,
 * 1.. = reminders) is the exactly-once key: a sender claims a row (scheduled → sending) in its own
 * committed statement before talking to the mail server, so no two senders ever hold the same row.
 */
export const assessmentMessages = pgTable(
  'assessment_messages',
  {
    id: id(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => assessmentInvitations.id, { onDelete: 'cascade' }),
    sequence: integer('sequence').notNull(),
    kind: text('kind').$type<'invitation' | 'reminder'>().notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    link: text('link').notNull(),
    sendAfter: timestamptz('send_after').notNull(),
    /** scheduled → sending → sent | kept (no SMTP) | failed; sending too long → uncertain; cancelled once answered. */
    status: text('status').notNull().default('scheduled'),
    claimedAt: timestamptz('claimed_at'),
    claimedBy: text('claimed_by'),
    sentAt: timestamptz('sent_at'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('assessment_messages_invitation_sequence_key').on(t.invitationId, t.sequence),
    index('assessment_messages_due_idx').on(t.status, t.sendAfter),
  ],
);

/** The answers of one invitation, or an imported past response (then no invitation, maybe no stakeholder). */
export const assessmentResponses = pgTable(
  'assessment_responses',
  {
    id: id(),
    invitationId: uuid('invitation_id').references(() => assessmentInvitations.id, { onDelete: 'set null' }),
    waveId: uuid('wave_id').references(() => assessmentWaves.id, { onDelete: 'set null' }),
    stakeholderId: uuid('stakeholder_id').references(() => stakeholders.id, { onDelete: 'set null' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    questionnaireVersionId: uuid('questionnaire_version_id').references(() => questionnaireVersions.id, { onDelete: 'set null' }),
    answers: jsonb('answers').notNull(),
    score: integer('score'),
    verbatim: text('verbatim').notNull().default(''),
    respondedAt: timestamptz('responded_at').notNull(),
    updatedAt: updatedAt(),
    source: text('source').$type<'link' | 'import'>().notNull(),
    /** Imported responses: a hash of the source row, so importing the same file twice adds nothing. */
    importKey: text('import_key'),
  },
  (t) => [
    uniqueIndex('assessment_responses_invitation_key').on(t.invitationId),
    uniqueIndex('assessment_responses_import_key').on(t.importKey),
    index('assessment_responses_account_idx').on(t.accountId, t.respondedAt),
    index('assessment_responses_stakeholder_idx').on(t.stakeholderId),
  ],
);

/** Follow-up tasks for the CSM: one per response, and one per escalated silent invitation. */
export const tasks = pgTable(
  'tasks',
  {
    id: id(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    stakeholderId: uuid('stakeholder_id').references(() => stakeholders.id, { onDelete: 'set null' }),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status').$type<'open' | 'done'>().notNull().default('open'),
    responseId: uuid('response_id').references(() => assessmentResponses.id, { onDelete: 'cascade' }),
    invitationId: uuid('invitation_id').references(() => assessmentInvitations.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    doneAt: timestamptz('done_at'),
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('tasks_response_key').on(t.responseId),
    uniqueIndex('tasks_invitation_key').on(t.invitationId),
    index('tasks_owner_idx').on(t.ownerId, t.status),
    index('tasks_account_idx').on(t.accountId, t.status),
  ],
);
