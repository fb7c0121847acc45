import { describe, expect, it } from 'vitest';
import { type Actor, canManageUsers, canWriteAccount } from './permissions.ts';

const actor = (role: Actor['role'], id = 'u1'): Actor => ({ id, email: `${role}@x.test`, name: role, role });

describe('canWriteAccount', () => {
  it.each([
    ['admin', 'someone-else', true],
    ['leader', 'someone-else', true],
    ['csm', 'u1', true],
    ['csm', 'someone-else', false],
    ['csm', null, false],
    ['viewer', 'u1', false],
  ] as const)('%s on an account owned by %s → %s', (role, ownerId, expected) => {
    expect(canWriteAccount(actor(role), { ownerId })).toBe(expected);
  });
});

describe('canManageUsers', () => {
  it.each([
    ['admin', true],
    ['leader', false],
    ['csm', false],
    ['viewer', false],
  ] as const)('%s → %s', (role, expected) => {
    expect(canManageUsers(actor(role))).toBe(expected);
  });
});
