import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../../../domain/personas.ts';
import { DEFAULT_SEGMENTS, defaultCoverageModel } from './default-models.ts';

const req = (segmentId: string, persona: string) => defaultCoverageModel(segmentId).requirements.find((r) => r.persona === persona);

describe('default coverage models', () => {
  it.each([
    ['strategic', 'executive_sponsor', 1, 90],
    ['strategic', 'decision_maker', 1, 90],
    ['strategic', 'budget_holder', 1, 180],
    ['strategic', 'champion', 2, 45],
    ['strategic', 'main_contact', 1, 30],
    ['strategic', 'influencer', 0, null],
    ['strategic', 'day_to_day_user', 3, 60],
    ['enterprise', 'executive_sponsor', 1, 180],
    ['enterprise', 'decision_maker', 1, 180],
    ['enterprise', 'budget_holder', 0, null],
    ['enterprise', 'champion', 1, 60],
    ['enterprise', 'main_contact', 1, 45],
    ['enterprise', 'day_to_day_user', 2, 90],
    ['community', 'main_contact', 1, 60],
    ['community', 'day_to_day_user', 1, null],
    ['community', 'executive_sponsor', 0, null],
  ])('%s wants %s at least %i, recency %s', (segment, persona, minCount, recencyDays) => {
    expect(req(segment, persona)).toMatchObject({ minCount, recencyDays });
  });

  it.each([
    ['strategic', 3],
    ['enterprise', 2],
    ['community', 1],
    ['default', 2],
  ])('%s wants %i engaged stakeholders within 90 days', (segment, min) => {
    expect(defaultCoverageModel(segment)).toMatchObject({ minEngagedStakeholders: min, engagementWindowDays: 90 });
  });

  it('strategic lets nobody be below neutral and expects more answers from decision makers', () => {
    const model = defaultCoverageModel('strategic');
    expect(model.requirements.every((r) => r.lowestSentiment === 'neutral')).toBe(true);
    expect(req('strategic', 'decision_maker')?.participationTarget).toBe(0.6);
    expect(req('strategic', 'champion')?.participationTarget).toBe(0.5);
  });

  it.each(['strategic', 'enterprise', 'community', 'default'])('%s lists every persona once, in persona order', (segment) => {
    expect(defaultCoverageModel(segment).requirements.map((r) => r.persona)).toEqual([...PERSONAS]);
  });

  it('the default (and any unknown segment) uses enterprise values under its own id', () => {
    const { segmentId, ...rest } = defaultCoverageModel('default');
    const { segmentId: _e, ...enterprise } = defaultCoverageModel('enterprise');
    expect(segmentId).toBe('default');
    expect(rest).toEqual(enterprise);
    expect(defaultCoverageModel('emea-fintech').segmentId).toBe('emea-fintech');
  });

  it('returns a fresh copy, so editing one model does not change the shipped defaults', () => {
    defaultCoverageModel('strategic').requirements[0]!.minCount = 99;
    expect(defaultCoverageModel('strategic').requirements[0]!.minCount).toBe(1);
  });

  it('ships one default segment and one per tier', () => {
    expect(DEFAULT_SEGMENTS.map((s) => s.id)).toEqual(['strategic', 'enterprise', 'community', 'default']);
    expect(DEFAULT_SEGMENTS.filter((s) => s.isDefault).map((s) => s.id)).toEqual(['default']);
  });
});
