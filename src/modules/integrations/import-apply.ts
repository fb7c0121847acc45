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

export async function applyRecords(
  db: Db,
  records: SourcedRecord[],
  caches: Caches,
  options: { defaultTier: string; today: string; now: string },
): Promise<ApplyResult> {
  const result: ApplyResult = {
    counts: { accounts: zero(), people: zero(), stakeholders: zero(), touchpoints: zero(), renewals: zero() },
    errors: [],
    warnings: [],
    unlinkedParticipants: 0,
  };
  const { accountIds, personIds } = caches;
  const userEmails = new Map<string, string>();
  const fail = (source: SourcedRecord, column: string, value: string, reason: string) =>
    result.errors.push({ file: source.file, row: source.row, column, value, reason });

  for (const source of records)
    if (source.record.type === 'user' && source.record.email)
      userEmails.set(`${source.record.externalId.system}:${source.record.externalId.id}`, source.record.email);

  async function ownerId(owner: UserRef | undefined) {
    const email = owner?.email ?? (owner?.externalId ? userEmails.get(`${owner.externalId.system}:${owner.externalId.id}`) : undefined);
    return email ? (await repo.findUserIdByEmail(db, email))?.id : undefined;
  }

  async function resolveAccount(ref: AccountRef): Promise<string | undefined> {
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

  async function upsertAccount(a: AccountRecord) {
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
      owner_id: await ownerId(a.owner),
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
      await repo.updateRow(db, 'accounts', id, { ...values, updated_at: options.now });
      if (values.lifecycle_stage !== undefined)
        await repo.insertStageChange(db, id, String(fallback?.lifecycle_stage ?? ''), String(values.lifecycle_stage));
      result.counts.accounts.updated++;
    } else result.counts.accounts.unchanged++;
    for (const key of [ext ? `account:${ext.system}:${ext.id}` : '', `account-name:${a.name.trim().toLowerCase()}`])
      if (key) accountIds.set(key, id);
  }

  async function upsertPerson(
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

  async function upsertStakeholder(accountId: string, personId: string, personas: string[], left: boolean, judged: Judgements = {}) {
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

  function rememberPerson(personId: string, keys: (string | undefined)[]) {
    for (const key of keys) if (key) personIds.set(key, personId);
  }

  async function resolvePerson(ref: ContactRef) {
    const known = personIds.get(contactRefKey(ref));
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

  const byType = <T extends SourcedRecord['record']['type']>(type: T) => records.filter((r) => r.record.type === type);

  for (const source of byType('account')) await upsertAccount(source.record as AccountRecord);

  for (const source of byType('renewal')) {
    const r = source.record as RenewalRecord;
    const accountId = await resolveAccount(r.accountRef);
    // Activities and contact roles on an opportunity belong to the opportunity's account.
    if (r.externalId && accountId) accountIds.set(`opportunity-account:${r.externalId.system}:${r.externalId.id}`, accountId);
  }

  for (const source of byType('stakeholder')) {
    const s = source.record as StakeholderRecord;
    const accountId = await resolveAccount(s.accountRef);
    if (!accountId) {
      fail(source, 'account', refLabel(s.accountRef), 'the contact’s account is neither in this import nor in Rapport');
      continue;
    }
    const personId = await upsertPerson(s, accountId);
    rememberPerson(personId, [
      s.externalId ? `contact:${s.externalId.system}:${s.externalId.id}` : undefined,
      s.email ? `contact-email:${s.email.toLowerCase()}` : undefined,
      s.referenceId ? `contact-ref:${s.referenceId}` : undefined,
    ]);
    await upsertStakeholder(accountId, personId, s.personas, s.status === 'left', s);
  }

  for (const source of byType('stakeholder_role')) {
    const r = source.record as StakeholderRoleRecord;
    const [accountId, personId] = [await resolveAccount(r.accountRef), await resolvePerson(r.contactRef)];
    if (!accountId || !personId) {
      fail(
        source,
        accountId ? 'contact' : 'account',
        accountId ? contactLabel(r.contactRef) : refLabel(r.accountRef),
        `the role’s ${accountId ? 'contact' : 'account'} is neither in this import nor in Rapport`,
      );
      continue;
    }
    await upsertStakeholder(accountId, personId, r.personas, r.isActive === false);
  }

  const touchpoints = byType('touchpoint');
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

  // Renewal dates: the earliest open renewal opportunity in the future sets the account's renewal date.
  const renewalDates = new Map<string, string>();
  for (const source of byType('renewal')) {
    const r = source.record as RenewalRecord;
    if (r.isRenewal !== true || r.status === 'won' || r.status === 'lost' || r.closeDate < options.today) continue;
    const accountId = await resolveAccount(r.accountRef);
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
  return result;
}

const refLabel = (ref: AccountRef) => (ref.by === 'external_id' || ref.by === 'opportunity' ? ref.externalId.id : ref.name);
const contactLabel = (ref: ContactRef) =>
  ref.by === 'external_id' ? ref.externalId.id : ref.by === 'email' ? ref.email : `${ref.firstName} ${ref.lastName}`;
