import { describe, expect, it } from 'vitest';
import { LIFECYCLE_STAGES } from '../../../domain/vocabulary.ts';
import { generatePortfolio } from './generate-portfolio.ts';
import type { Portfolio, StoryKind } from './portfolio.ts';

const AS_OF = '2025-06-30';
const portfolio = generatePortfolio({ seed: 7, accounts: 300, asOf: AS_OF });

const DAY_MS = 86_400_000;
const asOfDay = Date.parse(AS_OF) / DAY_MS;
/** Whole days from a timestamp's date to asOf. */
const daysAgo = (timestamp: string) => asOfDay - Date.parse(timestamp.slice(0, 10)) / DAY_MS;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Facts a later screen would compute from the tables, computed here from the rows. */
function facts(p: Portfolio) {
  const touchpointById = new Map(p.touchpoints.map((t) => [t.id, t]));
  const participantsByTouchpoint = groupBy(p.touchpointStakeholders, (r) => r.touchpointId);
  const lastTouch = new Map<string, string>();
  for (const { touchpointId, stakeholderId } of p.touchpointStakeholders) {
    const at = touchpointById.get(touchpointId)?.occurredAt as string;
    if ((lastTouch.get(stakeholderId) ?? '') < at) lastTouch.set(stakeholderId, at);
  }
  return {
    touchpointById,
    participantsByTouchpoint,
    lastTouch,
    stakeholdersByAccount: groupBy(p.stakeholders, (s) => s.accountId),
    touchpointsByAccount: groupBy(p.touchpoints, (t) => t.accountId),
    accountById: new Map(p.accounts.map((a) => [a.id, a])),
    personById: new Map(p.people.map((person) => [person.id, person])),
  };
}
const f = facts(portfolio);
const storiesOf = (kind: StoryKind) => portfolio.storyAccounts.filter((story) => story.kind === kind);

describe('generatePortfolio determinism', () => {
  it('gives byte-identical output for the same seed and a different portfolio for another seed', () => {
    const a = generatePortfolio({ seed: 11, accounts: 40, asOf: AS_OF });
    const b = generatePortfolio({ seed: 11, accounts: 40, asOf: AS_OF });
    const c = generatePortfolio({ seed: 12, accounts: 40, asOf: AS_OF });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.accounts[0].id).not.toBe(a.accounts[0].id);
    expect(c.accounts.map((x) => x.name)).not.toEqual(a.accounts.map((x) => x.name));
  });

  it('rejects an asOf that is not a calendar date', () => {
    expect(() => generatePortfolio({ seed: 1, accounts: 5, asOf: '2025-02-30' })).toThrow(/asOf/);
    expect(() => generatePortfolio({ seed: 1, accounts: 5, asOf: 'yesterday' })).toThrow(/asOf/);
  });

  it('uses UUID-formatted ids that never repeat', () => {
    const ids = [
      ...portfolio.users,
      ...portfolio.accounts,
      ...portfolio.people,
      ...portfolio.stakeholders,
      ...portfolio.touchpoints,
      ...portfolio.accountStageChanges,
      ...portfolio.stakeholderChanges,
    ].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 500)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the team', () => {
  it('has one leader, eight CSMs and one read-only executive with firstname.lastname logins', () => {
    const roles = portfolio.users.map((u) => u.role);
    expect(roles.filter((r) => r === 'leader')).toHaveLength(1);
    expect(roles.filter((r) => r === 'csm')).toHaveLength(8);
    expect(roles.filter((r) => r === 'viewer')).toHaveLength(1);
    expect(portfolio.demoLogins).toHaveLength(10);
    for (const login of portfolio.demoLogins) expect(login.email).toMatch(/^[a-z]+\.[a-z]+@rapport\.example$/);
    expect(portfolio.demoLogins[0]).toEqual({ email: 'morgan.lee@rapport.example', name: 'Morgan Lee', role: 'leader' });
  });

  it('gives strategic CSMs small books and community CSMs large ones', () => {
    const books = groupBy(portfolio.accounts, (a) => a.ownerId);
    const bookSize = (tier: string) => {
      const sizes = [...books.values()].filter((book) => book[0].tier === tier).map((book) => book.length);
      return Math.max(...sizes);
    };
    for (const book of books.values()) expect(new Set(book.map((a) => a.tier)).size).toBe(1);
    expect(bookSize('strategic')).toBeLessThan(bookSize('enterprise'));
    expect(bookSize('enterprise')).toBeLessThan(bookSize('community'));
  });
});

describe('accounts', () => {
  it('mixes tiers 15/35/50 and shows every lifecycle stage, most accounts live', () => {
    const tiers = groupBy(portfolio.accounts, (a) => a.tier);
    expect(tiers.get('strategic')).toHaveLength(45);
    expect(tiers.get('enterprise')).toHaveLength(105);
    expect(tiers.get('community')).toHaveLength(150);
    const stages = groupBy(portfolio.accounts, (a) => a.lifecycleStage);
    for (const stage of LIFECYCLE_STAGES) expect(stages.get(stage)?.length ?? 0).toBeGreaterThan(0);
    const live = ['adoption', 'maintenance', 'renewal'].reduce((sum, s) => sum + (stages.get(s)?.length ?? 0), 0);
    expect(live).toBeGreaterThan(portfolio.accounts.length / 2);
  });

  it('keeps ARR, size band and employees consistent with the tier', () => {
    const arr = { community: [5_000, 30_000], enterprise: [30_000, 250_000], strategic: [250_000, 2_000_000] };
    const band = (n: number) => (n < 100 ? 'smb' : n < 1_000 ? 'mid_market' : n < 10_000 ? 'enterprise' : 'large_enterprise');
    for (const a of portfolio.accounts) {
      expect(a.arr).toBeGreaterThanOrEqual(arr[a.tier][0]);
      expect(a.arr).toBeLessThanOrEqual(arr[a.tier][1]);
      expect(a.sizeBand).toBe(band(a.employees));
    }
    expect(portfolio.accounts.filter((a) => a.tier === 'strategic').every((a) => a.employees >= 3_000)).toBe(true);
    expect(new Set(portfolio.accounts.map((a) => a.name)).size).toBe(300);
    expect(new Set(portfolio.accounts.map((a) => a.industry)).size).toBeGreaterThanOrEqual(10);
  });

  it('spreads renewals over the next 12 months; churned ones are past, prospects have none', () => {
    const quarters = [0, 0, 0, 0];
    for (const a of portfolio.accounts) {
      if (['discovery', 'qualification', 'selection'].includes(a.lifecycleStage)) {
        expect(a.renewalDate).toBeNull();
        continue;
      }
      const inDays = -daysAgo(a.renewalDate as string);
      if (a.lifecycleStage === 'churned') {
        expect(inDays).toBeLessThan(0);
        continue;
      }
      expect(inDays).toBeGreaterThanOrEqual(0);
      expect(inDays).toBeLessThanOrEqual(366);
      if (a.lifecycleStage === 'renewal') expect(inDays).toBeLessThanOrEqual(120);
      quarters[Math.min(3, Math.floor(inDays / 91.5))]++;
    }
    for (const count of quarters) expect(count).toBeGreaterThan(30);
  });

  it('records a stage history from discovery to the current stage, 18 months back except for renewed and churned', () => {
    const history = groupBy(portfolio.accountStageChanges, (c) => c.accountId);
    let olderThanTwoYears = 0;
    for (const a of portfolio.accounts) {
      const changes = history.get(a.id) as Portfolio['accountStageChanges'];
      expect(changes[0]).toMatchObject({ fromStage: null, toStage: 'discovery' });
      for (let i = 1; i < changes.length; i++) {
        expect(changes[i].fromStage).toBe(changes[i - 1].toStage);
        expect(changes[i].changedAt > changes[i - 1].changedAt).toBe(true);
      }
      expect(changes[changes.length - 1].toStage).toBe(a.lifecycleStage);
      expect(daysAgo(changes[changes.length - 1].changedAt)).toBeGreaterThan(0);
      const firstDaysAgo = daysAgo(changes[0].changedAt);
      if (a.lifecycleStage !== 'renewed' && a.lifecycleStage !== 'churned') expect(firstDaysAgo).toBeLessThanOrEqual(548);
      if (firstDaysAgo > 730) olderThanTwoYears++;
    }
    expect(olderThanTwoYears).toBeGreaterThan(0);
  });
});

describe('stakeholders and people', () => {
  it('has about 8.3 stakeholders per account, more for strategic than community', () => {
    expect(portfolio.stakeholders.length).toBeGreaterThan(2_300);
    expect(portfolio.stakeholders.length).toBeLessThan(2_700);
    const ranges = { community: [3, 6], enterprise: [7, 13], strategic: [15, 21] };
    for (const a of portfolio.accounts) {
      const count = f.stakeholdersByAccount.get(a.id)?.length ?? 0;
      expect(count).toBeGreaterThanOrEqual(ranges[a.tier][0]);
      expect(count).toBeLessThanOrEqual(ranges[a.tier][1]);
    }
  });

  it('gives every person a unique e-mail at a reserved .example domain', () => {
    const emails = portfolio.people.map((p) => p.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@[a-z0-9]+\.example$/);
  });

  it('has about twenty people who are stakeholders in two accounts with different personas', () => {
    const byPerson = groupBy(portfolio.stakeholders, (s) => s.personId);
    const twice = [...byPerson.values()].filter((roles) => roles.length === 2);
    expect(twice.length).toBeGreaterThanOrEqual(15);
    expect(twice.length).toBeLessThanOrEqual(25);
    expect([...byPerson.values()].every((roles) => roles.length <= 2)).toBe(true);
    for (const [a, b] of twice) {
      expect(a.accountId).not.toBe(b.accountId);
      expect(a.personas.some((persona) => b.personas.includes(persona))).toBe(false);
    }
    expect(portfolio.people.length).toBe(portfolio.stakeholders.length - twice.length);
  });

  it('assesses most stakeholders, by the owner, with a reason; about 3% have left', () => {
    const assessed = portfolio.stakeholders.filter((s) => s.assessedSentiment !== null);
    expect(assessed.length / portfolio.stakeholders.length).toBeGreaterThan(0.85);
    for (const s of assessed) {
      expect(s.assessedSentimentBy).toBe(f.accountById.get(s.accountId)?.ownerId);
      expect(s.assessedSentimentReason).toBeTruthy();
      expect(daysAgo(s.assessedSentimentAt as string)).toBeGreaterThan(0);
    }
    const left = portfolio.stakeholders.filter((s) => s.status === 'left');
    expect(left.length / portfolio.stakeholders.length).toBeGreaterThan(0.02);
    expect(left.length / portfolio.stakeholders.length).toBeLessThan(0.05);
    for (const s of left) expect(s.leftAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const s of portfolio.stakeholders) {
      expect(s.relationshipStrength).toBeGreaterThanOrEqual(1);
      expect(s.personalRapport).toBeLessThanOrEqual(5);
    }
  });

  it('keeps a sentiment history whose latest entry is the current assessment', () => {
    const history = groupBy(
      portfolio.stakeholderChanges.filter((c) => c.field === 'assessedSentiment'),
      (c) => c.stakeholderId,
    );
    let changed = 0;
    for (const s of portfolio.stakeholders) {
      const entries = history.get(s.id);
      if (s.assessedSentiment === null) {
        expect(entries).toBeUndefined();
        continue;
      }
      const latest = entries?.[entries.length - 1];
      expect(latest?.toValue).toBe(s.assessedSentiment);
      expect(latest?.changedAt).toBe(s.assessedSentimentAt);
      if ((entries?.length ?? 0) > 1) changed++;
    }
    expect(changed).toBeGreaterThan(100);
  });
});

describe('touchpoints', () => {
  it('has about 40,000 over the 18 months before asOf, in working hours on weekdays', () => {
    expect(portfolio.touchpoints.length).toBeGreaterThan(35_000);
    expect(portfolio.touchpoints.length).toBeLessThan(45_000);
    const outside = portfolio.touchpoints.filter((t) => {
      const at = new Date(t.occurredAt);
      const ago = daysAgo(t.occurredAt);
      const weekday = at.getUTCDay() >= 1 && at.getUTCDay() <= 5;
      return ago < 1 || ago > 550 || !weekday || at.getUTCHours() < 8 || at.getUTCHours() >= 18 || t.summary.length < 10;
    });
    expect(outside).toEqual([]);
    expect(new Set(portfolio.touchpoints.map((t) => t.kind))).toEqual(
      new Set(['call', 'meeting', 'email', 'qbr', 'ebr', 'onsite', 'event', 'note']),
    );
  });

  it('meets more with strategic accounts than enterprise, and enterprise more than community', () => {
    const perAccount = (tier: string) => {
      const accounts = portfolio.accounts.filter((a) => a.tier === tier && a.lifecycleStage === 'maintenance');
      return accounts.reduce((sum, a) => sum + (f.touchpointsByAccount.get(a.id)?.length ?? 0), 0) / accounts.length;
    };
    expect(perAccount('strategic')).toBeGreaterThan(2 * perAccount('enterprise'));
    expect(perAccount('enterprise')).toBeGreaterThan(2 * perAccount('community'));
  });

  it('has 1-4 stakeholders of the same account, active at the time, and none on internal notes', () => {
    const stakeholderById = new Map(portfolio.stakeholders.map((s) => [s.id, s]));
    const wrong = portfolio.touchpoints.filter((t) => {
      const participants = (f.participantsByTouchpoint.get(t.id) ?? []).map((p) => stakeholderById.get(p.stakeholderId));
      if (t.kind === 'note') return participants.length > 0;
      if (participants.length < 1 || participants.length > 4) return true;
      return participants.some((s) => s?.accountId !== t.accountId || (s.leftAt !== null && t.occurredAt.slice(0, 10) >= s.leftAt));
    });
    expect(wrong).toEqual([]);
  });

  it('has the owner CSM as internal participant and author of each', () => {
    const users = groupBy(portfolio.touchpointUsers, (r) => r.touchpointId);
    const wrong = portfolio.touchpoints.filter((t) => {
      const owner = f.accountById.get(t.accountId)?.ownerId;
      return t.createdBy !== owner || !users.get(t.id)?.some((u) => u.userId === owner);
    });
    expect(wrong).toEqual([]);
  });
});

describe('story accounts', () => {
  const stakeholdersOf = (accountId: string) => f.stakeholdersByAccount.get(accountId) ?? [];

  it('puts each relationship problem on three distinct live accounts', () => {
    expect(portfolio.storyAccounts).toHaveLength(18);
    expect(new Set(portfolio.storyAccounts.map((s) => s.accountId)).size).toBe(18);
    for (const story of portfolio.storyAccounts) {
      const account = f.accountById.get(story.accountId);
      expect(account?.name).toBe(story.accountName);
      expect(['adoption', 'maintenance', 'change', 'renewal']).toContain(account?.lifecycleStage);
      expect(story.description.length).toBeGreaterThan(10);
    }
  });

  it('no executive sponsor: none on record, two of three strategic, every other large account has exactly one', () => {
    const stories = storiesOf('no_executive_sponsor');
    expect(stories).toHaveLength(3);
    expect(stories.filter((s) => f.accountById.get(s.accountId)?.tier === 'strategic')).toHaveLength(2);
    for (const s of stories) {
      expect(stakeholdersOf(s.accountId).some((x) => x.personas.includes('executive_sponsor'))).toBe(false);
    }
    const storyIds = new Set(stories.map((s) => s.accountId));
    for (const a of portfolio.accounts) {
      if (a.tier === 'community' || storyIds.has(a.id)) continue;
      const sponsors = stakeholdersOf(a.id).filter((x) => x.personas.includes('executive_sponsor'));
      expect(sponsors).toHaveLength(1);
    }
  });

  it('silent champion: the only champion, still active, last touched more than six months ago', () => {
    for (const s of storiesOf('silent_champion')) {
      const champions = stakeholdersOf(s.accountId).filter((x) => x.personas.includes('champion'));
      expect(champions).toHaveLength(1);
      expect(champions[0].status).toBe('active');
      expect(champions[0].id).toBe(s.stakeholderId);
      expect(daysAgo(f.lastTouch.get(champions[0].id) as string)).toBeGreaterThanOrEqual(183);
      // The account itself is not quiet: others were engaged recently.
      const recent = (f.touchpointsByAccount.get(s.accountId) ?? []).filter((t) => daysAgo(t.occurredAt) <= 30);
      expect(recent.length).toBeGreaterThan(0);
    }
  });

  it('detractor decision maker: assessed detractor, after being supportive', () => {
    for (const s of storiesOf('detractor_decision_maker')) {
      const subject = stakeholdersOf(s.accountId).find((x) => x.id === s.stakeholderId);
      expect(subject?.personas).toContain('decision_maker');
      expect(subject?.assessedSentiment).toBe('detractor');
      const history = portfolio.stakeholderChanges.filter((c) => c.stakeholderId === s.stakeholderId && c.field === 'assessedSentiment');
      expect(history.map((c) => c.toValue)).toEqual(['supportive', 'neutral', 'detractor']);
    }
  });

  it('sponsor last seen about 150 days ago', () => {
    for (const s of storiesOf('sponsor_last_seen_150_days')) {
      const sponsors = stakeholdersOf(s.accountId).filter((x) => x.personas.includes('executive_sponsor'));
      expect(sponsors).toHaveLength(1);
      const ago = daysAgo(f.lastTouch.get(sponsors[0].id) as string);
      expect(ago).toBeGreaterThanOrEqual(150);
      expect(ago).toBeLessThanOrEqual(152);
    }
  });

  it('single-threaded: every touchpoint of the last 90 days involves the same one stakeholder', () => {
    for (const s of storiesOf('single_threaded')) {
      expect(stakeholdersOf(s.accountId).length).toBeGreaterThanOrEqual(8);
      const recent = (f.touchpointsByAccount.get(s.accountId) ?? []).filter((t) => daysAgo(t.occurredAt) <= 90 && t.kind !== 'note');
      expect(recent.length).toBeGreaterThanOrEqual(5);
      const people = new Set(recent.flatMap((t) => (f.participantsByTouchpoint.get(t.id) ?? []).map((p) => p.stakeholderId)));
      expect([...people]).toEqual([s.stakeholderId]);
      for (const t of recent) expect(f.participantsByTouchpoint.get(t.id)).toHaveLength(1);
    }
  });

  it('key stakeholder left: a critical decision maker left recently, with the change recorded', () => {
    for (const s of storiesOf('key_stakeholder_left')) {
      const subject = stakeholdersOf(s.accountId).find((x) => x.id === s.stakeholderId);
      expect(subject).toMatchObject({ status: 'left', keyToSuccess: 'critical' });
      const leftAgo = daysAgo(subject?.leftAt as string);
      expect(leftAgo).toBeGreaterThanOrEqual(14);
      expect(leftAgo).toBeLessThanOrEqual(60);
      expect(daysAgo(f.lastTouch.get(subject?.id as string) as string)).toBeGreaterThan(leftAgo - 1);
      const change = portfolio.stakeholderChanges.find((c) => c.stakeholderId === s.stakeholderId && c.field === 'status');
      expect(change).toMatchObject({ fromValue: 'active', toValue: 'left' });
    }
  });
});

describe('scale', () => {
  it('grows linearly with the number of accounts', () => {
    const small = generatePortfolio({ seed: 3, accounts: 100, asOf: AS_OF });
    const large = generatePortfolio({ seed: 3, accounts: 1_000, asOf: AS_OF });
    const ratio = large.touchpoints.length / small.touchpoints.length;
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(12);
    expect(large.storyAccounts).toHaveLength(60);
  });
});
