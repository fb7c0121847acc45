/** Past answers in the database: whom the rows name, and the rows written once each. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';
import { assessmentResponses } from '../../../db/schema.ts';

/** Accounts by id, or by name whatever the case (several when names repeat). */
export function selectAccountsByIdOrName(db: Db, account: string, isId: boolean): Promise<{ id: string; name: string }[]> {
  return queryRows<{ id: string; name: string }>(
    db,
    isId
      ? sql`select id, name from accounts where id = ${account}`
      : sql`select id, name from accounts where lower(name) = lower(${account})`,
  );
}

export type StakeholderMatch = { key: string; stakeholderId: string; accountId: string };

/** Preference when several stakeholders share a person: the account given, then active ones, then the oldest. */
function preference(accountId: string | null) {
  return accountId ? sql`(s.account_id = ${accountId}) desc,` : sql``;
}

/** One stakeholder per lower-cased e-mail. */
export function selectStakeholdersByEmail(db: Db, emails: string[], accountId: string | null): Promise<StakeholderMatch[]> {
  if (emails.length === 0) return Promise.resolve([]);
  return queryRows<StakeholderMatch>(
    db,
    sql`select distinct on (lower(p.email)) lower(p.email) as key, s.id as "stakeholderId", s.account_id as "accountId"
        from people p join stakeholders s on s.person_id = p.id
        where lower(p.email) = any(${sql.param(emails)}::text[])
        order by lower(p.email), ${preference(accountId)} (s.status = 'active') desc, s.created_at`,
  );
}

/** One stakeholder per external id: a person's CRM id, or a stakeholder id. */
export function selectStakeholdersByExternalId(db: Db, ids: string[], accountId: string | null): Promise<StakeholderMatch[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return queryRows<StakeholderMatch>(
    db,
    sql`select distinct on (k.key) k.key, s.id as "stakeholderId", s.account_id as "accountId"
        from unnest(${sql.param(ids)}::text[]) as k(key)
        join people p on p.salesforce_id = k.key or p.hubspot_id = k.key
          or exists (select 1 from stakeholders x where x.person_id = p.id and x.id::text = k.key)
        join stakeholders s on s.person_id = p.id
        order by k.key, ${preference(accountId)} (s.status = 'active') desc, s.created_at`,
  );
}

export type ImportedResponseValues = {
  accountId: string;
  stakeholderId: string | null;
  answers: Record<string, string | number>;
  score: number;
  verbatim: string;
  respondedAt: string;
  source: 'import';
  importKey: string;
};

/** Writes the rows not imported before (by their key); returns those written. */
export function insertImportedResponses(db: Db, values: ImportedResponseValues[]) {
  return db.insert(assessmentResponses).values(values).onConflictDoNothing({ target: assessmentResponses.importKey }).returning({
    stakeholderId: assessmentResponses.stakeholderId,
    score: assessmentResponses.score,
    at: assessmentResponses.respondedAt,
  });
}
