import { describe, expect, it } from 'vitest';
import { evaluateProgram } from './targeting.ts';
import type { Candidate, ProgramRule, ProgramTrigger } from './types.ts';

const AS_OF = '2026-06-01';

let next = 0;
function candidate(over: Partial<Candidate> = {}): Candidate {
  next += 1;
  return {
    stakeholderId: `s${next}`,
    personId: `p${next}`,
    name: `Person ${next}`,
    email: `person${next}@example.com`,
    personas: ['decision_maker'],
    status: 'active',
    accountId: 'a1',
    accountName: 'Acme',
    tier: 'enterprise',
    sizeBand: 'mid_market',
    region: 'emea',
    industry: 'software',
    segmentId: 'enterprise',
    lifecycleStage: 'adoption',
    stageEnteredOn: '2026-01-01',
    renewalDate: '2026-12-31',
    personLastInvitedOn: null,
    lastInvitedByProgramOn: null,
    ...over,
  };
}

const every180: ProgramTrigger = { kind: 'every', days: 180 };
const rule = (over: Partial<ProgramRule> = {}): ProgramRule => ({ stages: [], personas: [], segmentIds: [], trigger: every180, ...over });

/** The one decision about a single candidate: the reason (or 'included') and the sentence. */
function decide(r: ProgramRule, c: Candidate, asOf = AS_OF, fatigueDays?: number): { outcome: string; why: string } {
  const result = evaluateProgram(r, [c], asOf, { fatigueDays });
  if (result.included.length === 1) return { outcome: 'included', why: result.included[0].why };
  return { outcome: result.excluded[0].reason, why: result.excluded[0].why };
}

describe('evaluateProgram: who is left out and why', () => {
  it.each([
    ['a stakeholder who left', rule(), candidate({ name: 'Ann', status: 'left' }), 'left', 'Ann has left Acme'],
    [
      'a persona the program does not ask',
      rule({ personas: ['decision_maker', 'budget_holder'] }),
      candidate({ name: 'Ann', personas: ['champion', 'day_to_day_user'] }),
      'persona',
      'Ann is champion, day-to-day user; the program asks decision maker, budget holder',
    ],
    [
      'no persona at all when the program names some',
      rule({ personas: ['champion'] }),
      candidate({ name: 'Ann', personas: [] }),
      'persona',
      'Ann has no persona; the program asks champion',
    ],
    [
      'another segment',
      rule({ segmentIds: ['strategic'] }),
      candidate({ segmentId: 'community' }),
      'segment',
      'Acme is in segment community; the program targets strategic',
    ],
    [
      'a stage outside the program',
      rule({ stages: ['renewal', 'maintenance'] }),
      candidate({ lifecycleStage: 'implementation' }),
      'stage',
      'Acme is in implementation; the program asks accounts in renewal, maintenance',
    ],
    [
      'an after-stage program and an account in another stage',
      rule({ trigger: { kind: 'after_stage', stage: 'adoption', days: 30 } }),
      candidate({ lifecycleStage: 'maintenance' }),
      'stage',
      'Acme is in maintenance; the program asks after entering adoption',
    ],
    ['no e-mail address', rule(), candidate({ name: 'Ann', email: null }), 'no_email', 'Ann has no e-mail address'],
    ['a blank e-mail address', rule(), candidate({ name: 'Ann', email: '  ' }), 'no_email', 'Ann has no e-mail address'],
    [
      'something that is not an e-mail address',
      rule(),
      candidate({ email: 'ann at acme' }),
      'no_email',
      '"ann at acme" is not an e-mail address',
    ],
    [
      'a person asked recently by another program',
      rule(),
      candidate({ personLastInvitedOn: '2026-04-01' }),
      'fatigue',
      'asked on 2026-04-01 by another program; not again before 2026-06-30 (90-day rule)',
    ],
  ])('%s', (_case, r, c, outcome, why) => {
    expect(decide(r, c)).toEqual({ outcome, why });
  });

  it('the first failing check is the reason given (left before persona before segment before stage …)', () => {
    const everythingWrong = candidate({
      status: 'left',
      personas: ['champion'],
      segmentId: 'x',
      lifecycleStage: 'churned',
      email: null,
      personLastInvitedOn: AS_OF,
    });
    const strict = rule({ personas: ['decision_maker'], segmentIds: ['y'], stages: ['adoption'] });
    expect(decide(strict, everythingWrong).outcome).toBe('left');
    expect(decide(strict, { ...everythingWrong, status: 'active' }).outcome).toBe('persona');
    expect(decide(strict, { ...everythingWrong, status: 'active', personas: ['decision_maker'] }).outcome).toBe('segment');
    expect(decide(strict, { ...everythingWrong, status: 'active', personas: ['decision_maker'], segmentId: 'y' }).outcome).toBe('stage');
    const due = {
      ...everythingWrong,
      status: 'active' as const,
      personas: ['decision_maker' as const],
      segmentId: 'y',
      lifecycleStage: 'adoption' as const,
    };
    expect(decide(strict, { ...due, lastInvitedByProgramOn: '2026-05-01' }).outcome).toBe('not_due');
    expect(decide(strict, due).outcome).toBe('no_email');
    expect(decide(strict, { ...due, email: 'ok@example.com' }).outcome).toBe('fatigue');
    expect(decide(strict, { ...due, email: 'ok@example.com', personLastInvitedOn: null }).outcome).toBe('included');
  });

  it('says "this program" when the last invitation of the person was this program’s', () => {
    const c = candidate({ personLastInvitedOn: '2026-05-01', lastInvitedByProgramOn: '2026-05-01' });
    expect(decide(rule({ trigger: { kind: 'every', days: 30 } }), c)).toEqual({
      outcome: 'fatigue',
      why: 'asked on 2026-05-01 by this program; not again before 2026-07-30 (90-day rule)',
    });
  });

  it('applies the fatigue period it is given', () => {
    const c = candidate({ personLastInvitedOn: '2026-04-01' });
    expect(decide(rule(), c, AS_OF, 30).outcome).toBe('included');
    expect(decide(rule(), c, AS_OF, 120).why).toBe('asked on 2026-04-01 by another program; not again before 2026-07-30 (120-day rule)');
  });
});

describe('evaluateProgram: triggers', () => {
  it.each([
    ['never asked', null, 'included', 'never asked by this program (asks every 180 days)'],
    [
      'asked exactly 180 days ago',
      '2025-12-03',
      'included',
      'last asked by this program on 2025-12-03, 180 days ago (asks every 180 days)',
    ],
    [
      'asked 179 days ago',
      '2025-12-04',
      'not_due',
      'asked by this program on 2025-12-04, 179 days ago; due again on 2026-06-02 (every 180 days)',
    ],
  ])('every 180 days, %s', (_case, last, outcome, why) => {
    expect(decide(rule(), candidate({ lastInvitedByProgramOn: last }))).toEqual({ outcome, why });
  });

  const afterAdoption = rule({ trigger: { kind: 'after_stage', stage: 'adoption', days: 30 } });
  it.each([
    [
      'entered 30 days ago',
      { stageEnteredOn: '2026-05-02' },
      'included',
      'Acme entered adoption on 2026-05-02, 30 days ago (asks 30 days after)',
    ],
    [
      'entered 29 days ago',
      { stageEnteredOn: '2026-05-03' },
      'not_due',
      'Acme entered adoption on 2026-05-03; due 30 days later, on 2026-06-02',
    ],
    ['entry date unknown', { stageEnteredOn: null }, 'not_due', 'the date Acme entered adoption is not known'],
    [
      'already asked for this stage',
      { stageEnteredOn: '2026-04-01', lastInvitedByProgramOn: '2026-05-01' },
      'not_due',
      'already asked by this program on 2026-05-01, after Acme entered adoption on 2026-04-01',
    ],
    [
      'asked during an earlier stay in the stage',
      { stageEnteredOn: '2026-04-01', lastInvitedByProgramOn: '2026-04-30' },
      'included',
      'Acme entered adoption on 2026-04-01, 61 days ago (asks 30 days after)',
    ],
  ])('30 days after adoption, %s', (_case, over, outcome, why) => {
    expect(decide(afterAdoption, candidate(over))).toEqual({ outcome, why });
  });

  const beforeRenewal = rule({ trigger: { kind: 'before_renewal', days: 120 } });
  it.each([
    ['120 days before', { renewalDate: '2026-09-29' }, 'included', 'Acme renews on 2026-09-29, in 120 days (asks 120 days before)'],
    ['121 days before', { renewalDate: '2026-09-30' }, 'not_due', 'Acme renews on 2026-09-30; due 120 days before, on 2026-06-02'],
    ['on the renewal date', { renewalDate: AS_OF }, 'included', 'Acme renews on 2026-06-01, in 0 days (asks 120 days before)'],
    ['after the renewal date', { renewalDate: '2026-05-31' }, 'not_due', 'the renewal date 2026-05-31 has passed'],
    ['no renewal date', { renewalDate: null }, 'not_due', 'Acme has no renewal date'],
    [
      'already asked in this window',
      { renewalDate: '2026-07-01', lastInvitedByProgramOn: '2026-03-03' },
      'not_due',
      'already asked by this program on 2026-03-03 for the renewal on 2026-07-01',
    ],
    [
      'asked before the window opened (the previous renewal)',
      { renewalDate: '2026-07-01', lastInvitedByProgramOn: '2026-03-02' },
      'included',
      'Acme renews on 2026-07-01, in 30 days (asks 120 days before)',
    ],
  ])('120 days before renewal, %s', (_case, over, outcome, why) => {
    expect(decide(beforeRenewal, candidate(over))).toEqual({ outcome, why });
  });
});

describe('evaluateProgram: one invitation per person per wave', () => {
  it('invites a person who is a stakeholder of two accounts once, through the first account by name', () => {
    const viaZeta = candidate({ personId: 'kim', name: 'Kim', accountName: 'Zeta' });
    const viaAlpha = candidate({ personId: 'kim', name: 'Kim', accountName: 'Alpha' });
    const result = evaluateProgram(rule(), [viaZeta, viaAlpha], AS_OF);
    expect(result.included.map((i) => i.candidate.accountName)).toEqual(['Alpha']);
    expect(result.excluded).toEqual([
      { candidate: viaZeta, reason: 'duplicate_person', why: 'Kim is already invited in this wave as a stakeholder of Alpha' },
    ]);
  });

  it('does not count a stakeholder excluded for another reason as the first invitation', () => {
    const leftAlpha = candidate({ personId: 'kim', accountName: 'Alpha', status: 'left' });
    const viaZeta = candidate({ personId: 'kim', accountName: 'Zeta' });
    const result = evaluateProgram(rule(), [leftAlpha, viaZeta], AS_OF);
    expect(result.included.map((i) => i.candidate.accountName)).toEqual(['Zeta']);
    expect(result.excluded.map((e) => e.reason)).toEqual(['left']);
  });
});

describe('evaluateProgram: output', () => {
  it('sorts both lists by account name, then stakeholder name, ignoring case', () => {
    const cs = [
      candidate({ accountName: 'beta', name: 'Zoe' }),
      candidate({ accountName: 'Alpha', name: 'Yann' }),
      candidate({ accountName: 'Beta', name: 'Adam' }),
      candidate({ accountName: 'alpha', name: 'Xena', status: 'left' }),
      candidate({ accountName: 'Alpha', name: 'Bob', status: 'left' }),
    ];
    const result = evaluateProgram(rule(), cs, AS_OF);
    expect(result.included.map((i) => `${i.candidate.accountName}/${i.candidate.name}`)).toEqual(['Alpha/Yann', 'Beta/Adam', 'beta/Zoe']);
    expect(result.excluded.map((e) => `${e.candidate.accountName}/${e.candidate.name}`)).toEqual(['Alpha/Bob', 'alpha/Xena']);
  });

  it('accounts for every candidate exactly once', () => {
    const cs = Array.from({ length: 40 }, (_, i) =>
      candidate({
        personId: `p${i % 30}`,
        status: i % 7 === 0 ? 'left' : 'active',
        email: i % 5 === 0 ? null : `x${i}@example.com`,
        lastInvitedByProgramOn: i % 3 === 0 ? '2026-05-01' : null,
      }),
    );
    const result = evaluateProgram(rule(), cs, AS_OF);
    const seen = [...result.included, ...result.excluded].map((d) => d.candidate.stakeholderId).sort();
    expect(seen).toEqual(cs.map((c) => c.stakeholderId).sort());
    expect(new Set(result.included.map((i) => i.candidate.personId)).size).toBe(result.included.length);
    for (const decision of [...result.included, ...result.excluded]) expect(decision.why).not.toBe('');
  });

  it('does not change the list it is given', () => {
    const cs = [candidate({ accountName: 'Zeta' }), candidate({ accountName: 'Alpha' })];
    const before = cs.map((c) => c.accountName);
    evaluateProgram(rule(), cs, AS_OF);
    expect(cs.map((c) => c.accountName)).toEqual(before);
  });
});
