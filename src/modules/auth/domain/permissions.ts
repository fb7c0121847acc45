/** The rules live in src/domain/permissions.ts, shared with the web; the server reaches them through auth. */
export {
  type Actor,
  accountsBlockingPersonChange,
  canManageUsers,
  canWrite,
  canWriteAccount,
  canWriteAnyAccount,
} from '../../../domain/permissions.ts';
