/** Builders create records through the services, so tests exercise the same rules users do. */
import type { Deps } from '../../src/deps.ts';
import type { Role } from '../../src/domain/vocabulary.ts';
import { createAccount } from '../../src/modules/accounts/accounts.service.ts';
import type { Actor } from '../../src/modules/auth/index.ts';
import { createUser } from '../../src/modules/auth/index.ts';

let sequence = 0;

export async function buildUser(deps: Deps, role: Role, name?: string): Promise<Actor> {
  sequence += 1;
  const email = `${role}${sequence}@example.test`;
  const { user } = await createUser(deps, null, { email, role, name: name ?? `${role} ${sequence}`, password: 'correct horse battery' });
  return { id: user.id, email: user.email, name: user.name, role };
}

export async function buildAccount(deps: Deps, actor: Actor, values: Partial<Parameters<typeof createAccount>[2]> = {}) {
  sequence += 1;
  return createAccount(deps, actor, { name: `Account ${sequence}`, tier: 'enterprise', ...values });
}
