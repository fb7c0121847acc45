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
