import { describe, expect, it } from 'vitest';
import { type Actor, accountsBlockingPersonChange, canManageUsers, canWriteAccount } from './permissions.ts';

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

describe('accountsBlockingPersonChange', () => {
  const own = { name: 'Own', ownerId: 'u1' };
  const foreign = { name: 'Foreign', ownerId: 'u2' };
  const unowned = { name: 'Unowned', ownerId: null };
  it('lets a CSM change a person whose every role is in their book, or who has none', () => {
    expect(accountsBlockingPersonChange(actor('csm'), [own])).toEqual([]);
    expect(accountsBlockingPersonChange(actor('csm'), [])).toEqual([]);
  });
  it('names every account of the person that the CSM may not write', () => {
    expect(accountsBlockingPersonChange(actor('csm'), [own, foreign, unowned]).map((a) => a.name)).toEqual(['Foreign', 'Unowned']);
  });
  it.each(['leader', 'admin'] as const)('never blocks a %s', (role) => {
    expect(accountsBlockingPersonChange(actor(role), [own, foreign, unowned])).toEqual([]);
  });
});
