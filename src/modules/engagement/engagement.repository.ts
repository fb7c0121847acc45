import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query.ts';
import { stakeholders, touchpointStakeholders, touchpoints, touchpointUsers, users } from '../../db/schema.ts';
import type { Persona } from '../../domain/personas.ts';
import type { TouchpointKind } from '../../domain/vocabulary.ts';

export type TouchpointView = {
  id: string;
  accountId: string;
  kind: TouchpointKind;
  occurredAt: string;
  summary: string;
  createdBy: string | null;
  createdByName: string | null;
  stakeholders: { id: string; fullName: string; personas: Persona[] }[];
  internalParticipants: { id: string; name: string }[];
};

const TOUCHPOINT_SELECT = sql`t.id, t.account_id as "accountId", t.kind, t.occurred_at as "occurredAt", t.summary,
  t.created_by as "createdBy", cu.name as "createdByName",
  coalesce((select json_agg(json_build_object('id', s.id, 'fullName', p.first_name || ' ' || p.last_name, 'personas', s.personas) order by p.last_name)
    from touchpoint_stakeholders ts join stakeholders s on s.id = ts.stakeholder_id join people p on p.id = s.person_id
    where ts.touchpoint_id = t.id), '[]'::json) as stakeholders,
  coalesce((select json_agg(json_build_object('id', u.id, 'name', u.name) order by u.name)
    from touchpoint_users tu join users u on u.id = tu.user_id where tu.touchpoint_id = t.id), '[]'::json) as "internalParticipants"`;

export function listTouchpointsPage(db: Db, accountId: string, kind: string | undefined, limit: number, after?: { v: string; id: string }) {
  const byKind = kind ? sql`and t.kind = ${kind}` : sql``;
  const keyset = after ? sql`and (t.occurred_at, t.id) < (${after.v}::timestamptz, ${after.id}::uuid)` : sql``;
  return queryRows<TouchpointView>(
    db,
    sql`select ${TOUCHPOINT_SELECT} from touchpoints t left join users cu on cu.id = t.created_by
        where t.account_id = ${accountId}::uuid ${byKind} ${keyset}
        order by t.occurred_at desc, t.id desc limit ${limit}`,
  );
}

export async function countTouchpoints(db: Db, accountId: string, kind: string | undefined) {
  const byKind = kind ? sql`and t.kind = ${kind}` : sql``;
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from touchpoints t where t.account_id = ${accountId}::uuid ${byKind}`,
  );
  return row.n;
}

export async function findTouchpoint(db: Db, id: string): Promise<TouchpointView | undefined> {
  const [row] = await queryRows<TouchpointView>(
    db,
    sql`select ${TOUCHPOINT_SELECT} from touchpoints t left join users cu on cu.id = t.created_by where t.id = ${id}::uuid`,
  );
  return row;
}

/** Which of the given stakeholder ids belong to the account (participants must be the account's own stakeholders). */
export async function stakeholderIdsInAccount(db: Db, accountId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: stakeholders.id })
    .from(stakeholders)
    .where(sql`${stakeholders.accountId} = ${accountId} and ${inArray(stakeholders.id, ids)}`);
  return new Set(rows.map((r) => r.id));
}

export async function existingUserIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: users.id }).from(users).where(inArray(users.id, ids));
  return new Set(rows.map((r) => r.id));
}

export async function insertTouchpoint(db: Db, values: typeof touchpoints.$inferInsert) {
  const [row] = await db.insert(touchpoints).values(values).returning({ id: touchpoints.id });
  return row.id;
}

export async function updateTouchpoint(db: Db, id: string, values: Partial<typeof touchpoints.$inferInsert>) {
  if (Object.keys(values).length > 0) await db.update(touchpoints).set(values).where(eq(touchpoints.id, id));
}

export async function replaceParticipants(db: Db, touchpointId: string, stakeholderIds?: string[], userIds?: string[]) {
  if (stakeholderIds) {
    await db.delete(touchpointStakeholders).where(eq(touchpointStakeholders.touchpointId, touchpointId));
    if (stakeholderIds.length > 0)
      await db.insert(touchpointStakeholders).values(stakeholderIds.map((stakeholderId) => ({ touchpointId, stakeholderId })));
  }
  if (userIds) {
    await db.delete(touchpointUsers).where(eq(touchpointUsers.touchpointId, touchpointId));
    if (userIds.length > 0) await db.insert(touchpointUsers).values(userIds.map((userId) => ({ touchpointId, userId })));
  }
}

export async function deleteTouchpoint(db: Db, id: string) {
  await db.delete(touchpoints).where(eq(touchpoints.id, id));
}
