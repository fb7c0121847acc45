/** Who may do what. Pure: the server enforces these on every route, and the web offers only what they allow. */
import type { Role } from './vocabulary.ts';

export type Actor = { id: string; email: string; name: string; role: Role };

export const canManageUsers = (actor: Actor) => actor.role === 'admin';
export const canWriteAnyAccount = (actor: Actor) => actor.role === 'admin' || actor.role === 'leader';
export const canWrite = (actor: Actor) => actor.role !== 'viewer';

/** CSMs write their own book; leaders and admins write everything; viewers only read. */
export function canWriteAccount(actor: Actor, account: { ownerId: string | null }): boolean {
  if (canWriteAnyAccount(actor)) return true;
  return actor.role === 'csm' && account.ownerId === actor.id;
}

/**
 * A person's details (above all the e-mail every invitation and reminder goes to) are shared by all
 * their stakeholder roles, so a CSM may change them only when they may write every one of those
 * accounts. Returns the accounts that stand in the way (viewers are refused before this).
 */
export function accountsBlockingPersonChange<A extends { ownerId: string | null }>(actor: Actor, accounts: A[]): A[] {
  return accounts.filter((account) => !canWriteAccount(actor, account));
}
