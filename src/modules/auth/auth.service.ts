/** Sign-in, sessions, users and API tokens. Passwords are hashed with argon2id; tokens are stored only as SHA-256 hashes. */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Deps } from '../../deps.ts';
import { ROLES, type Role } from '../../domain/vocabulary.ts';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../system/index.ts';
import * as repo from './auth.repository.ts';
import type { Actor } from './domain/permissions.ts';
import { canManageUsers } from './domain/permissions.ts';

const SESSION_DAYS = 14;
export const MIN_PASSWORD_LENGTH = 10;
export const API_TOKEN_PREFIX = 'rpt_';
/** The cookie that carries a web session's token. */
export const SESSION_COOKIE = 'rapport_session';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const generatePassword = () => randomBytes(12).toString('base64url');

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

function toActor(row: { id: string; email: string; name: string; role: string }): Actor {
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role };
}

export async function signIn(deps: Deps, email: string, password: string) {
  const user = await repo.findUserByEmail(deps.database.db, email);
  // Same error for unknown e-mail and wrong password, so sign-in cannot be used to discover accounts.
  const refused = new AppError('UNAUTHENTICATED', 'E-mail or password is not correct');
  if (!user?.passwordHash || user.disabled) {
    await hash('timing-equaliser'); // keeps the response time of unknown e-mails close to wrong passwords
    throw refused;
  }
  if (!(await verify(user.passwordHash, password))) throw refused;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(deps.now().getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await repo.insertSession(deps.database.db, sha256(token), user.id, expiresAt);
  return { token, expiresAt, user: toActor(user) };
}

export async function signOut(deps: Deps, token: string) {
  await repo.deleteSession(deps.database.db, sha256(token));
}

/** The actor behind a session cookie or a bearer token, or undefined. */
export async function resolveActor(deps: Deps, credential: { session?: string; bearer?: string }) {
  const db = deps.database.db;
  if (credential.bearer) {
    const row = await repo.findTokenUser(db, sha256(credential.bearer));
    if (!row || row.disabled) return undefined;
    await repo.touchApiToken(db, row.tokenId);
    return toActor(row);
  }
  if (credential.session) {
    const row = await repo.findSessionUser(db, sha256(credential.session), deps.now().toISOString());
    if (!row || row.disabled) return undefined;
    return toActor(row);
  }
  return undefined;
}

export type NewUser = { email: string; name?: string; role: Role; password?: string };

/** Creates a user; returns the password that was set (generated when none was given) so it can be shown once. */
export async function createUser(deps: Deps, actor: Actor | null, input: NewUser) {
  if (actor && !canManageUsers(actor)) throw forbidden('Only admins manage users');
  if (!ROLES.includes(input.role)) throw invalid('role', `must be one of ${ROLES.join(', ')}`);
  const password = input.password ?? generatePassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw invalid('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const db = deps.database.db;
  if (await repo.findUserByEmail(db, input.email)) {
    throw new AppError('CONFLICT', `A user with e-mail ${input.email} already exists`, [{ field: 'email', message: 'already in use' }]);
  }
  const user = await repo.insertUser(db, {
    email: input.email,
    name: input.name ?? input.email.split('@')[0],
    role: input.role,
    passwordHash: await hashPassword(password),
  });
  await recordAudit(db, {
    actorId: actor?.id ?? null,
    action: 'create',
    entity: 'user',
    entityId: user.id,
    detail: { email: user.email, role: user.role },
  });
  return { user, password };
}

export async function updateUser(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: { name?: string; role?: Role; disabled?: boolean; password?: string },
) {
  const self = actor.id === id;
  if (!canManageUsers(actor) && !(self && patch.role === undefined && patch.disabled === undefined)) {
    throw forbidden('Only admins change other users, roles or access');
  }
  if (self && (patch.disabled || (patch.role && patch.role !== 'admin')) && actor.role === 'admin') {
    throw invalid(patch.disabled ? 'disabled' : 'role', 'an admin cannot remove their own admin access');
  }
  if (patch.password !== undefined && patch.password.length < MIN_PASSWORD_LENGTH) {
    throw invalid('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  const { password, ...rest } = patch;
  const user = await repo.updateUser(deps.database.db, id, {
    ...rest,
    ...(password ? { passwordHash: await hashPassword(password) } : {}),
  });
  if (!user) throw notFound('User', id);
  await recordAudit(deps.database.db, {
    actorId: actor.id,
    action: 'update',
    entity: 'user',
    entityId: id,
    detail: { ...rest, passwordChanged: Boolean(password) },
  });
  return user;
}

export async function listUsers(deps: Deps) {
  return repo.listUsers(deps.database.db);
}

export async function getUser(deps: Deps, id: string) {
  const user = await repo.findUserById(deps.database.db, id);
  if (!user) throw notFound('User', id);
  return user;
}

export async function findUserByEmail(deps: Deps, email: string) {
  return repo.findUserByEmail(deps.database.db, email);
}

export async function countUsers(deps: Deps) {
  return repo.countUsers(deps.database.db);
}

/** Creates an API token for a user; the token itself is returned once and never stored. */
export async function createApiToken(deps: Deps, actor: Actor | null, input: { userId: string; name: string }) {
  if (actor && actor.id !== input.userId && !canManageUsers(actor)) {
    throw forbidden('Only admins create tokens for other users');
  }
  await getUser(deps, input.userId);
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await repo.insertApiToken(deps.database.db, { userId: input.userId, name: input.name, tokenHash: sha256(token) });
  await recordAudit(deps.database.db, {
    actorId: actor?.id ?? null,
    action: 'create',
    entity: 'api_token',
    entityId: row.id,
    detail: { userId: input.userId, name: input.name },
  });
  return { ...row, token };
}

export async function listApiTokens(deps: Deps, actor: Actor) {
  return repo.listApiTokens(deps.database.db, canManageUsers(actor) ? undefined : actor.id);
}

export async function revokeApiToken(deps: Deps, actor: Actor, id: string) {
  const tokens = await repo.listApiTokens(deps.database.db, canManageUsers(actor) ? undefined : actor.id);
  if (!tokens.some((t) => t.id === id)) throw notFound('API token', id);
  await repo.revokeApiToken(deps.database.db, id);
  await recordAudit(deps.database.db, { actorId: actor.id, action: 'revoke', entity: 'api_token', entityId: id });
}

export async function purgeExpiredSessions(deps: Deps) {
  return repo.deleteExpiredSessions(deps.database.db, deps.now().toISOString());
}
