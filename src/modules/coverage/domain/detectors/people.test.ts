import { describe, expect, it } from 'vitest';
import { context, daysAgo, stakeholder } from '../builders.test-support.ts';
import { keyStakeholderLeftDetector } from './key-stakeholder-left.ts';
import { singleThreadedDetector } from './single-threaded.ts';

describe('single_threaded', () => {
  const engaged = (ago: number | null, name: string) => stakeholder({ name, lastEngagedAt: ago === null ? null : daysAgo(ago) });

  it.each<[string, 'strategic' | 'enterprise' | 'community', (number | null)[], boolean]>([
    ['0 engaged (recency covers it)', 'strategic', [200, null], false],
    ['1 engaged', 'strategic', [10, 200], true],
    ['1 engaged exactly at the window edge', 'strategic', [90, 91], true],
    ['2 engaged, still below 3 but not single', 'strategic', [10, 90], false],
    ['1 engaged in enterprise', 'enterprise', [5], true],
    ['community never single-threaded', 'community', [5], false],
  ])('%s', (_case, tier, agos, expected) => {
    const people = agos.map((ago, i) => engaged(ago, i === 0 ? 'Mia Chen' : `Other ${i}`));
    const gaps = singleThreadedDetector.detect(context(people, { tier }));
    expect(gaps.length).toBe(expected ? 1 : 0);
    if (expected) expect(gaps[0]).toMatchObject({ severity: 'high', stakeholderId: people[0]!.stakeholderId, persona: null });
  });

  it('says who carries the account and the numbers', () => {
    const mia = engaged(10, 'Mia Chen');
    expect(singleThreadedDetector.detect(context([mia]))[0]?.explanation).toBe(
      'Only Mia Chen was engaged in the last 90 days (the model wants at least 3): the account hangs on one person',
    );
  });

  it('a recently engaged stakeholder who left does not count as a thread', () => {
    const left = stakeholder({ status: 'left', leftAt: daysAgo(1), lastEngagedAt: daysAgo(2) });
    expect(singleThreadedDetector.detect(context([engaged(3, 'Mia Chen'), left]))).toHaveLength(1);
  });
});

describe('key_stakeholder_left', () => {
  const dana = (over: Parameters<typeof stakeholder>[0] = {}) =>
    stakeholder({
      stakeholderId: 'dana',
      name: 'Dana Ruiz',
      status: 'left',
      leftAt: '2026-05-02',
      personas: ['executive_sponsor'],
      ...over,
    });

  it.each<[string, ReturnType<typeof stakeholder>[], string | null]>([
    ['executive sponsor left, nobody took over', [dana({ keyToSuccess: 'critical' })], 'critical'],
    ['critical champion left', [dana({ keyToSuccess: 'critical', personas: ['champion'] })], 'high'],
    ['important budget holder left (decision-maker persona)', [dana({ personas: ['budget_holder'] })], 'high'],
    ['important champion left', [dana({ personas: ['champion'] })], null],
    ['a successor holds the role', [dana(), stakeholder({ personas: ['executive_sponsor'] })], null],
    ['a successor who also left does not count', [dana(), stakeholder({ personas: ['executive_sponsor'], status: 'left' })], 'critical'],
    ['left exactly 365 days ago', [dana({ leftAt: daysAgo(365) })], 'critical'],
    ['left 366 days ago', [dana({ leftAt: daysAgo(366) })], null],
    ['leaving date unknown still surfaces', [dana({ leftAt: null })], 'critical'],
    ['still active', [dana({ status: 'active' })], null],
  ])('%s', (_case, people, severity) => {
    const gaps = keyStakeholderLeftDetector.detect(context(people));
    const mine = gaps.filter((g) => g.stakeholderId === 'dana');
    if (severity === null) return expect(mine).toEqual([]);
    expect(mine).toEqual([expect.objectContaining({ severity })]);
  });

  it('explains who left, when, and which role is open', () => {
    const [gap] = keyStakeholderLeftDetector.detect(context([dana({ keyToSuccess: 'critical' })]));
    expect(gap).toMatchObject({
      key: 'key_stakeholder_left:executive_sponsor:dana',
      explanation: 'Critical stakeholder Dana Ruiz (executive sponsor) left on 2026-05-02 and nobody has taken over the role',
    });
  });
});
