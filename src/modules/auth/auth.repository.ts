import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { apiTokens, sessions, users } from '../../db/schema.ts';
import type { Role } from '../../domain/vocabulary.ts';

const publicUser = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  createdAt: users.createdAt,
};
export type UserRow = { id: string; email: string; name: string; role: Role; disabled: boolean; createdAt: string };

export async function findUserByEmail(db: Db, email: string) {
  const rows = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`).limit(1);
  return rows[0];
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const rows = await db.select(publicUser).from(users).where(eq(users.id, id)).limit(1);
  return rows[0];
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  return db.select(publicUser).from(users).orderBy(asc(users.name));
}

export async function insertUser(db: Db, user: { email: string; name: string; role: Role; passwordHash: string | null }): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning(publicUser);
  return row;
}

export async function updateUser(
  db: Db,
  id: string,
  patch: Partial<{ name: string; role: Role; disabled: boolean; passwordHash: string }>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning(publicUser);
  return row;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row.n;
}

export async function insertSession(db: Db, tokenHash: string, userId: string, expiresAt: string) {
  await db.insert(sessions).values({ tokenHash, userId, expiresAt });
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<number> {
  const rows = await db.delete(sessions).where(sql`${sessions.expiresAt} < ${now}`).returning({ t: sessions.tokenHash });
  return rows.length;
}

/** The user behind a live session, or undefined. */
export async function findSessionUser(db: Db, tokenHash: string, now: string) {
  const rows = await db
    .select({ ...publicUser, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  return rows[0];
}

export async function insertApiToken(db: Db, token: { userId: string; name: string; tokenHash: string }) {
  const [row] = await db
    .insert(apiTokens)
    .values(token)
    .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
  return row;
}

export async function findTokenUser(db: Db, tokenHash: string) {
  const rows = await db
    .select({ ...publicUser, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .limit(1);
  return rows[0];
}

export async function touchApiToken(db: Db, id: string) {
  await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, id));
}

export async function listApiTokens(db: Db, userId?: string) {
  const q = db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      userId: apiTokens.userId,
      userEmail: users.email,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      createdAt: apiTokens.createdAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId));
  return userId ? q.where(eq(apiTokens.userId, userId)).orderBy(asc(apiTokens.createdAt)) : q.orderBy(asc(apiTokens.createdAt));
}

export async function revokeApiToken(db: Db, id: string) {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, userId: apiTokens.userId });
  return rows[0];
}
