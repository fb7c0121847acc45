export { authRoutes } from './auth.routes.ts';
export {
  countUsers,
  createApiToken,
  createUser,
  findUserByEmail,
  generatePassword,
  hashPassword,
  purgeExpiredSessions,
} from './auth.service.ts';
export type { Actor } from './domain/permissions.ts';
export { accountsBlockingPersonChange, canWriteAnyAccount } from './domain/permissions.ts';
