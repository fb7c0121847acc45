/** The demo customer-success team: one leader, the CSMs, one executive with read-only access. */
import type { Tier } from '../../../domain/vocabulary.ts';
import { CSM_NAMES, pickPersonName, TEAM, teamEmail } from './names.ts';
import type { UserRow } from './portfolio.ts';
import type { Random } from './random.ts';

export type Team = {
  users: UserRow[];
  leaderId: string;
  /** Strategic CSMs carry a few large accounts, community CSMs a long tail of small ones. */
  ownersByTier: Record<Tier, string[]>;
};

export function buildTeam(random: Random, csmCount: number): Team {
  const names = [...CSM_NAMES.slice(0, csmCount)];
  const taken = new Set([...TEAM.map((member) => member.name), ...names]);
  while (names.length < csmCount) {
    const picked = pickPersonName(random);
    const name = `${picked.firstName} ${picked.lastName.replace(/\s/g, '')}`;
    if (taken.has(name) || taken.has(teamEmail(name))) continue;
    taken.add(name);
    taken.add(teamEmail(name));
    names.push(name);
  }
  const users: UserRow[] = TEAM.map((member) => ({
    id: random.uuid(),
    email: teamEmail(member.name),
    name: member.name,
    role: member.role,
  }));
  const csms = names.map((name): UserRow => ({ id: random.uuid(), email: teamEmail(name), name, role: 'csm' }));
  users.push(...csms);
  const ids = csms.map((csm) => csm.id);

  let ownersByTier: Record<Tier, string[]>;
  if (ids.length < 3) {
    ownersByTier = { strategic: ids, enterprise: ids, community: ids };
  } else {
    const strategic = Math.max(1, Math.round(ids.length / 4));
    const enterprise = Math.max(1, Math.round((ids.length * 3) / 8));
    ownersByTier = {
      strategic: ids.slice(0, strategic),
      enterprise: ids.slice(strategic, strategic + enterprise),
      community: ids.slice(strategic + enterprise),
    };
  }
  return { users, leaderId: users[0].id, ownersByTier };
}
