/**
 * The writing half of an import: upserts records parents-first inside one transaction. A record is
 * matched by its external id, else by its natural key (account name; contact e-mail, else name
 * within the account), so importing the same files twice creates nothing; absent values never
 * overwrite; absence of a record never deletes.
 */
import type { Db } from '../../db/client.ts';
import {
  type AccountRecord,
  type AccountRef,
  accountRefKey,
  type ContactRef,
  contactRefKey,
  type RenewalRecord,
  type RowIssue,
  type StakeholderRecord,
  type StakeholderRoleRecord,
  type TouchpointRecord,
  type UserRef,
} from './domain/index.ts';
import * as repo from './import.repository.ts';
import type { SourcedRecord } from './import-parse.ts';
import { type Caches, TOUCHPOINT_BATCH, writeTouchpointBatch } from './touchpoint-batches.repository.ts';

type Judgements = Pick<
  StakeholderRecord,
  'keyToSuccess' | 'assessedSentiment' | 'relationshipStrength' | 'personalRapport' | 'status' | 'leftAt'
>;

export type EntityCounts = { created: number; updated: number; unchanged: number };
export type ApplyResult = {
  counts: Record<'accounts' | 'people' | 'stakeholders' | 'touchpoints' | 'renewals', EntityCounts>;
  errors: RowIssue[];
  warnings: RowIssue[];
  /** Activity participants who are not stakeholders of the activity's account: not linked, counted. */
  unlinkedParticipants: number;
};

const zero = (): EntityCounts => ({ created: 0, updated: 0, unchanged: 0 });
const differs = (current: unknown, next: unknown) => {
  if (Array.isArray(next)) return [...((current as string[]) ?? [])].sort().join('|') !== [...next].sort().join('|');
  if (typeof next === 'number') return current === null || current === undefined || Number(current) !== next;
  return String(current ?? '') !== String(next ?? '');
};
/** Only the values the file carried, and only those that differ from what is stored. */
function changes(current: Record<string, unknown> | undefined, next: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== undefined && (!current || differs(current[k], v))));
}

/** What the steps share: the transaction, the id caches, the options, the result being built. */
type Apply = {
  db: Db;
  caches: Caches;
  options: { defaultTier: string; today: string; now: string };
  result: ApplyResult;
  /** CRM user ids → e-mail, from the user records in the files (owners are matched to Rapport users by e-mail). */
  userEmails: Map<string, string>;
};

/** Parents first: accounts, opportunity accounts, contacts, contact roles, activities, then renewal dates. */
export async function applyRecords(
  db: Db,
  records: SourcedRecord[],
  caches: Caches,
  options: { defaultTier: string; today: string; now: string },
): Promise<ApplyResult> {
  const run: Apply = {
    db,
    caches,
    options,
    result: {
      counts: { accounts: zero(), people: zero(), stakeholders: zero(), touchpoints: zero(), renewals: zero() },
      errors: [],
      warnings: [],
      unlinkedParticipants: 0,
    },
    userEmails: userEmailsOf(records),
  };
  const byType = <T extends SourcedRecord['record']['type']>(type: T) => records.filter((r) => r.record.type === type);
  for (const source of byType('account')) await upsertAccount(run, source.record as AccountRecord);
  await rememberOpportunityAccounts(run, byType('renewal'));
  for (const source of byType('stakeholder')) await upsertContact(run, source);
  for (const source of byType('stakeholder_role')) await applyContactRole(run, source);
  await writeTouchpoints(run, byType('touchpoint'));
  await applyRenewalDates(run, byType('renewal'));
  return run.result;
}

function userEmailsOf(records: SourcedRecord[]) {
  const userEmails = new Map<string, string>();
  for (const source of records)
    if (source.record.type === 'user' && source.record.email)
      userEmails.set(`${source.record.externalId.system}:${source.record.externalId.id}`, source.record.email);
  return userEmails;
}

const fail = ({ result }: Apply, source: SourcedRecord, column: string, value: string, reason: string) =>
  result.errors.push({ file: source.file, row: source.row, column, value, reason });

async function ownerId({ db, userEmails }: Apply, owner: UserRef | undefined) {
  const email = owner?.email ?? (owner?.externalId ? userEmails.get(`${owner.externalId.system}:${owner.externalId.id}`) : undefined);
  return email ? (await repo.findUserIdByEmail(db, email))?.id : undefined;
}

async function resolveAccount({ db, caches: { accountIds } }: Apply, ref: AccountRef): Promise<string | undefined> {
  const key = accountRefKey(ref);
  const known =
    accountIds.get(key) ?? (ref.by === 'reference' ? accountIds.get(`account-name:${ref.name.trim().toLowerCase()}`) : undefined);
  if (known) return known;
  if (ref.by === 'opportunity') return undefined;
  const found =
    ref.by === 'external_id'
      ? ref.externalId.system === 'csv'
        ? undefined // generic CSV ids are only known within the import that carried them
        : await repo.findAccount(
            db,
            ref.externalId.system === 'salesforce' ? { salesforceId: ref.externalId.id } : { hubspotId: ref.externalId.id },
          )
      : await repo.findAccount(db, { name: ref.name });
  if (found) accountIds.set(key, found.id);
  return found?.id;
}

async function upsertAccount(run: Apply, a: AccountRecord) {
  const { db, options, result } = run;
  const ext = a.externalId;
  const salesforceId = ext?.system === 'salesforce' ? ext.id : a.salesforceId;
  const hubspotId = ext?.system === 'hubspot' ? ext.id : a.hubspotId;
  const existing = await repo.findAccount(db, salesforceId ? { salesforceId } : hubspotId ? { hubspotId } : { name: a.name });
  const fallback = existing ?? (salesforceId || hubspotId ? await repo.findAccount(db, { name: a.name }) : undefined);
  const values = changes(fallback, {
    name: a.name,
    tier: a.tier,
    size_band: a.sizeBand,
    region: a.region,
    industry: a.industry,
    employees: a.employees,
    arr: a.arr,
    renewal_date: a.renewalDate,
    lifecycle_stage: a.lifecycleStage,
    owner_id: await ownerId(run, a.owner),
    salesforce_id: salesforceId,
    hubspot_id: hubspotId,
  });
  let id = fallback?.id;
  if (!id) {
    // A new account starts in adoption unless the file says otherwise; its first stage is recorded.
    id = await repo.insertRow(db, 'accounts', { tier: options.defaultTier, lifecycle_stage: 'adoption', ...values });
    await repo.insertStageChange(db, id, null, String(values.lifecycle_stage ?? 'adoption'));
    result.counts.accounts.created++;
  } else if (Object.keys(values).length > 0) {
    await repo.updateRow(db, 'accounts', id, { ...values, updated_at: run.options.now });
    if (values.lifecycle_stage !== undefined)
      await repo.insertStageChange(db, id, String(fallback?.lifecycle_stage ?? ''), String(values.lifecycle_stage));
    result.counts.accounts.updated++;
  } else result.counts.accounts.unchanged++;
  for (const key of [ext ? `account:${ext.system}:${ext.id}` : '', `account-name:${a.name.trim().toLowerCase()}`])
    if (key) run.caches.accountIds.set(key, id);
}

/** Activities and contact roles on an opportunity belong to the opportunity's account. */
async function rememberOpportunityAccounts(run: Apply, renewals: SourcedRecord[]) {
  for (const source of renewals) {
    const r = source.record as RenewalRecord;
    const accountId = await resolveAccount(run, r.accountRef);
    if (r.externalId && accountId) run.caches.accountIds.set(`opportunity-account:${r.externalId.system}:${r.externalId.id}`, accountId);
  }
}

/** A contact: the person (matched across accounts) and their stakeholder record on the account. */
async function upsertContact(run: Apply, source: SourcedRecord) {
  const s = source.record as StakeholderRecord;
  const accountId = await resolveAccount(run, s.accountRef);
  if (!accountId) {
    fail(run, source, 'account', refLabel(s.accountRef), 'the contact’s account is neither in this import nor in Rapport');
    return;
  }
  const personId = await upsertPerson(run, s, accountId);
  for (const key of [
    s.externalId ? `contact:${s.externalId.system}:${s.externalId.id}` : undefined,
    s.email ? `contact-email:${s.email.toLowerCase()}` : undefined,
    s.referenceId ? `contact-ref:${s.referenceId}` : undefined,
  ])
    if (key) run.caches.personIds.set(key, personId);
  await upsertStakeholder(run, accountId, personId, s.personas, s.status === 'left', s);
}

async function upsertPerson(
  { db, result }: Apply,
  s: {
    externalId?: StakeholderRecord['externalId'];
    email?: string;
    firstName: string;
    lastName: string;
    title?: string;
    phone?: string;
  },
  accountId: string,
) {
  const ext = s.externalId;
  const existing =
    (ext?.system === 'salesforce' ? await repo.findPerson(db, { salesforceId: ext.id }) : undefined) ??
    (ext?.system === 'hubspot' ? await repo.findPerson(db, { hubspotId: ext.id }) : undefined) ??
    (s.email
      ? await repo.findPerson(db, { email: s.email })
      : await repo.findPerson(db, { accountId, firstName: s.firstName, lastName: s.lastName }));
  const values = changes(existing, {
    first_name: s.firstName || undefined,
    last_name: s.lastName || undefined,
    email: s.email,
    title: s.title,
    phone: s.phone,
    salesforce_id: ext?.system === 'salesforce' ? ext.id : undefined,
    hubspot_id: ext?.system === 'hubspot' ? ext.id : undefined,
  });
  if (!existing) {
    result.counts.people.created++;
    return repo.insertRow(db, 'people', { first_name: s.firstName || '', last_name: s.lastName || '', ...values });
  }
  if (Object.keys(values).length > 0) {
    await repo.updateRow(db, 'people', existing.id, values);
    result.counts.people.updated++;
  } else result.counts.people.unchanged++;
  return existing.id;
}

async function upsertStakeholder(
  { db, options, result }: Apply,
  accountId: string,
  personId: string,
  personas: string[],
  left: boolean,
  judged: Judgements = {},
) {
  const existing = await repo.findStakeholder(db, accountId, personId);
  const leftAt = judged.leftAt ?? options.today;
  const judgements = {
    key_to_success: judged.keyToSuccess,
    assessed_sentiment: judged.assessedSentiment,
    relationship_strength: judged.relationshipStrength,
    personal_rapport: judged.personalRapport,
    ...(judged.status === 'active' ? { status: 'active', left_at: null } : {}),
  };
  if (!existing) {
    result.counts.stakeholders.created++;
    return repo.insertRow(db, 'stakeholders', {
      account_id: accountId,
      person_id: personId,
      personas,
      ...Object.fromEntries(Object.entries(judgements).filter(([, v]) => v !== undefined)),
      status: left ? 'left' : 'active',
      ...(left ? { left_at: leftAt } : {}),
      ...(judged.assessedSentiment ? { assessed_sentiment_at: options.now } : {}),
    });
  }
  // CRM roles add personas; they never remove ones a CSM set in Rapport.
  const merged = [...new Set([...existing.personas, ...personas])];
  const becameLeft = left && existing.status !== 'left';
  const changed = changes(existing, judgements);
  if (merged.length !== existing.personas.length || becameLeft || Object.keys(changed).length > 0) {
    await repo.updateRow(db, 'stakeholders', existing.id, {
      personas: merged,
      ...changed,
      ...(changed.assessed_sentiment ? { assessed_sentiment_at: options.now } : {}),
      ...(becameLeft ? { status: 'left', left_at: leftAt } : {}),
    });
    result.counts.stakeholders.updated++;
  } else result.counts.stakeholders.unchanged++;
  return existing.id;
}

async function resolvePerson({ db, caches }: Apply, ref: ContactRef) {
  const known = caches.personIds.get(contactRefKey(ref));
  if (known) return known;
  const found =
    ref.by === 'external_id'
      ? await repo.findPerson(
          db,
          ref.externalId.system === 'salesforce' ? { salesforceId: ref.externalId.id } : { hubspotId: ref.externalId.id },
        )
      : ref.by === 'email' || ref.email
        ? await repo.findPerson(db, { email: ref.by === 'email' ? ref.email : ref.email })
        : undefined;
  return found?.id;
}

/** A contact role: the contact becomes (or stays) a stakeholder of the account with the role's personas. */
async function applyContactRole(run: Apply, source: SourcedRecord) {
  const r = source.record as StakeholderRoleRecord;
  const [accountId, personId] = [await resolveAccount(run, r.accountRef), await resolvePerson(run, r.contactRef)];
  if (!accountId || !personId) {
    fail(
      run,
      source,
      accountId ? 'contact' : 'account',
      accountId ? contactLabel(r.contactRef) : refLabel(r.accountRef),
      `the role’s ${accountId ? 'contact' : 'account'} is neither in this import nor in Rapport`,
    );
    return;
  }
  await upsertStakeholder(run, accountId, personId, r.personas, r.isActive === false);
}

/** Activities from the record files (sObject tree), in batches; activity CSVs stream separately. */
async function writeTouchpoints({ db, caches, result }: Apply, touchpoints: SourcedRecord[]) {
  for (let i = 0; i < touchpoints.length; i += TOUCHPOINT_BATCH) {
    const batch = touchpoints
      .slice(i, i + TOUCHPOINT_BATCH)
      .map((s) => ({ record: s.record as TouchpointRecord, file: s.file, row: s.row }));
    const written = await writeTouchpointBatch(db, batch, caches);
    result.counts.touchpoints.created += written.created;
    result.counts.touchpoints.unchanged += written.unchanged;
    result.unlinkedParticipants += written.unlinked;
    result.errors.push(...written.errors);
  }
}

/** The earliest open renewal opportunity in the future sets the account's renewal date. */
async function applyRenewalDates(run: Apply, renewals: SourcedRecord[]) {
  const { db, options, result } = run;
  const renewalDates = new Map<string, string>();
  for (const source of renewals) {
    const r = source.record as RenewalRecord;
    if (r.isRenewal !== true || r.status === 'won' || r.status === 'lost' || r.closeDate < options.today) continue;
    const accountId = await resolveAccount(run, r.accountRef);
    if (accountId && (!renewalDates.has(accountId) || r.closeDate < (renewalDates.get(accountId) as string)))
      renewalDates.set(accountId, r.closeDate);
  }
  for (const [accountId, date] of renewalDates) {
    if ((await repo.findAccountRenewal(db, accountId)) === date) {
      result.counts.renewals.unchanged++;
      continue;
    }
    await repo.updateRow(db, 'accounts', accountId, { renewal_date: date });
    result.counts.renewals.updated++;
  }
}

const refLabel = (ref: AccountRef) => (ref.by === 'external_id' || ref.by === 'opportunity' ? ref.externalId.id : ref.name);
const contactLabel = (ref: ContactRef) =>
  ref.by === 'external_id' ? ref.externalId.id : ref.by === 'email' ? ref.email : `${ref.firstName} ${ref.lastName}`;
