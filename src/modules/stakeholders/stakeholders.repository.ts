import { desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query.ts';
import { people, stakeholderChanges, stakeholders, users } from '../../db/schema.ts';
import type { Persona } from '../../domain/personas.ts';
import type { KeyToSuccess, Sentiment, StakeholderStatus } from '../../domain/vocabulary.ts';

const STAKEHOLDER_SELECT = sql`s.id, s.account_id as "accountId", s.person_id as "personId",
  json_build_object('firstName', p.first_name, 'lastName', p.last_name, 'fullName', p.first_name || ' ' || p.last_name,
    'email', p.email, 'title', p.title, 'phone', p.phone) as person,
  s.personas, s.key_to_success as "keyToSuccess", s.assessed_sentiment as "assessedSentiment",
  s.assessed_sentiment_at as "assessedSentimentAt", au.name as "assessedSentimentByName",
  s.assessed_sentiment_reason as "assessedSentimentReason", s.measured_sentiment as "measuredSentiment",
  s.relationship_strength as "relationshipStrength", s.personal_rapport as "personalRapport",
  s.status, s.left_at as "leftAt",
  (select max(t.occurred_at) from touchpoint_stakeholders ts join touchpoints t on t.id = ts.touchpoint_id
    where ts.stakeholder_id = s.id and t.kind <> 'note') as "lastEngagedAt"`;

export type StakeholderView = {
  id: string;
  accountId: string;
  personId: string;
  person: { firstName: string; lastName: string; fullName: string; email: string | null; title: string | null; phone: string | null };
  personas: Persona[];
  keyToSuccess: KeyToSuccess;
  assessedSentiment: Sentiment | null;
  assessedSentimentAt: string | null;
  assessedSentimentByName: string | null;
  assessedSentimentReason: string | null;
  measuredSentiment: Sentiment | null;
  relationshipStrength: number | null;
  personalRapport: number | null;
  status: StakeholderStatus;
  leftAt: string | null;
  lastEngagedAt: string | null;
};

function selectStakeholders(db: Db, where: SQL) {
  return queryRows<StakeholderView>(
    db,
    sql`select ${STAKEHOLDER_SELECT} from stakeholders s join people p on p.id = s.person_id
        left join users au on au.id = s.assessed_sentiment_by where ${where}
        order by s.status, array_position(array['critical','important','peripheral'], s.key_to_success), p.last_name, p.first_name`,
  );
}

export function listAccountStakeholders(db: Db, accountId: string, status: 'active' | 'left' | 'all') {
  const byStatus = status === 'all' ? sql`true` : sql`s.status = ${status}`;
  return selectStakeholders(db, sql`s.account_id = ${accountId}::uuid and ${byStatus}`);
}

export async function findStakeholder(db: Db, id: string): Promise<StakeholderView | undefined> {
  const [row] = await selectStakeholders(db, sql`s.id = ${id}::uuid`);
  return row;
}

export async function findStakeholderByAccountPerson(db: Db, accountId: string, personId: string) {
  const rows = await db
    .select({ id: stakeholders.id })
    .from(stakeholders)
    .where(sql`${stakeholders.accountId} = ${accountId} and ${stakeholders.personId} = ${personId}`);
  return rows[0];
}

export async function insertStakeholder(db: Db, values: typeof stakeholders.$inferInsert) {
  const [row] = await db.insert(stakeholders).values(values).returning({ id: stakeholders.id });
  return row.id;
}

export async function updateStakeholder(db: Db, id: string, values: Partial<typeof stakeholders.$inferInsert>) {
  await db
    .update(stakeholders)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(stakeholders.id, id));
}

export async function insertChanges(db: Db, changes: (typeof stakeholderChanges.$inferInsert)[]) {
  if (changes.length > 0) await db.insert(stakeholderChanges).values(changes);
}

export function listChanges(db: Db, stakeholderId: string) {
  return db
    .select({
      id: stakeholderChanges.id,
      field: stakeholderChanges.field,
      fromValue: stakeholderChanges.fromValue,
      toValue: stakeholderChanges.toValue,
      reason: stakeholderChanges.reason,
      changedByName: users.name,
      changedAt: stakeholderChanges.changedAt,
    })
    .from(stakeholderChanges)
    .leftJoin(users, eq(users.id, stakeholderChanges.changedBy))
    .where(eq(stakeholderChanges.stakeholderId, stakeholderId))
    .orderBy(desc(stakeholderChanges.changedAt));
}

// People

export type PersonView = {
  id: string;
  firstName: string;
  lastName: string;
  fullName: string;
  email: string | null;
  title: string | null;
  phone: string | null;
  accounts: number;
};

const PERSON_SELECT = sql`p.id, p.first_name as "firstName", p.last_name as "lastName", p.first_name || ' ' || p.last_name as "fullName",
  p.email, p.title, p.phone, (select count(*)::int from stakeholders s where s.person_id = p.id) as accounts`;

export function listPeoplePage(db: Db, q: string | undefined, limit: number, after?: { v: string; id: string }) {
  const search = q ? `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : undefined;
  const where = search
    ? sql`(p.first_name || ' ' || p.last_name ilike ${search} or p.email ilike ${search} or p.title ilike ${search})`
    : sql`true`;
  const keyset = after ? sql`and (lower(p.last_name || ' ' || p.first_name), p.id) > (${after.v}, ${after.id}::uuid)` : sql``;
  return queryRows<PersonView & { sortValue: string }>(
    db,
    sql`select ${PERSON_SELECT}, lower(p.last_name || ' ' || p.first_name) as "sortValue" from people p
        where ${where} ${keyset} order by lower(p.last_name || ' ' || p.first_name), p.id limit ${limit}`,
  );
}

export async function countPeople(db: Db, q: string | undefined) {
  const search = q ? `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : undefined;
  const where = search
    ? sql`(p.first_name || ' ' || p.last_name ilike ${search} or p.email ilike ${search} or p.title ilike ${search})`
    : sql`true`;
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from people p where ${where}`);
  return row.n;
}

export async function findPerson(db: Db, id: string): Promise<PersonView | undefined> {
  const [row] = await queryRows<PersonView>(db, sql`select ${PERSON_SELECT} from people p where p.id = ${id}::uuid`);
  return row;
}

export async function findPersonIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const rows = await db.select({ id: people.id }).from(people).where(sql`lower(${people.email}) = lower(${email})`);
  return rows[0]?.id;
}

export function listPersonStakeholders(db: Db, personId: string) {
  return queryRows<{ stakeholderId: string; accountId: string; accountName: string; personas: string[]; status: string }>(
    db,
    sql`select s.id as "stakeholderId", a.id as "accountId", a.name as "accountName", s.personas, s.status
        from stakeholders s join accounts a on a.id = s.account_id where s.person_id = ${personId}::uuid order by a.name`,
  );
}

export async function insertPerson(db: Db, values: typeof people.$inferInsert) {
  const [row] = await db.insert(people).values(values).returning({ id: people.id });
  return row.id;
}

export async function updatePerson(db: Db, id: string, values: Partial<typeof people.$inferInsert>) {
  await db
    .update(people)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(people.id, id));
}

/** Every stakeholder role of a person with its account's owner: who may change the person, whose history records it. */
export function listPersonRoles(db: Db, personId: string) {
  return queryRows<{ stakeholderId: string; accountId: string; accountName: string; ownerId: string | null }>(
    db,
    sql`select s.id as "stakeholderId", a.id as "accountId", a.name as "accountName", a.owner_id as "ownerId"
        from stakeholders s join accounts a on a.id = s.account_id where s.person_id = ${personId}::uuid order by a.name`,
  );
}

export async function findMeasuredSentiment(db: Db, id: string) {
  const [row] = await db
    .select({ measured: stakeholders.measuredSentiment, at: stakeholders.measuredSentimentAt })
    .from(stakeholders)
    .where(eq(stakeholders.id, id));
  return row;
}
