/** What the UI offers; the server enforces the same rules on every route. */
import type { Me } from './session.ts';

export const isAdmin = (me: Me) => me.role === 'admin';
export const canWriteAnyAccount = (me: Me) => me.role === 'admin' || me.role === 'leader';
export const canCreateAccounts = (me: Me) => me.role !== 'viewer';

/** CSMs write their own book; leaders and admins write everything; viewers only read. */
export function canWriteAccount(me: Me, account: { ownerId: string | null }): boolean {
  if (canWriteAnyAccount(me)) return true;
  return me.role === 'csm' && account.ownerId === me.id;
}

export function writeBlockedReason(me: Me): string {
  return me.role === 'viewer' ? 'Viewers have read-only access.' : 'Only the account owner, CS leaders and admins can change this account.';
}
