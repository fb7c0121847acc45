export { authRoutes } from './auth.routes.ts';
export {
  countUsers,
  createApiToken,
  createUser,
  findUserByEmail,
  generatePassword,
  hashPassword,
  purgeExpiredSessions,
  resolveActor,
  SESSION_COOKIE,
} from './auth.service.ts';
export type { Actor } from './domain/permissions.ts';
export { accountsBlockingPersonChange, canWrite, canWriteAccount, canWriteAnyAccount } from './domain/permissions.ts';
