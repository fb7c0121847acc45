/** What the UI offers: the server's own rules (src/domain/permissions.ts), so both always agree. */
import { canManageUsers, canWrite } from '@domain/permissions.ts';
import type { Me } from './session.ts';

export { canWriteAccount, canWriteAnyAccount } from '@domain/permissions.ts';

export const isAdmin = (me: Me) => canManageUsers(me);
export const canCreateAccounts = (me: Me) => canWrite(me);

export function writeBlockedReason(me: Me): string {
  return me.role === 'viewer' ? 'Viewers have read-only access.' : 'Only the account owner, CS leaders and admins can change this account.';
}
