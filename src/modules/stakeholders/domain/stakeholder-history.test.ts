import { describe, expect, it } from 'vitest';
import { historyEntries } from './stakeholder-history.ts';

describe('historyEntries', () => {
  it('records every field a new stakeholder starts with, and nothing that is empty', () => {
    expect(
      historyEntries(null, { personas: ['champion'], assessedSentiment: 'neutral', relationshipStrength: null, status: 'active' }),
    ).toEqual([
      { field: 'personas', fromValue: null, toValue: ['champion'] },
      { field: 'assessedSentiment', fromValue: null, toValue: 'neutral' },
      { field: 'status', fromValue: null, toValue: 'active' },
    ]);
  });

  it('records only the fields that changed, treating persona order as irrelevant', () => {
    const before = { personas: ['champion', 'influencer'], assessedSentiment: 'neutral', keyToSuccess: 'important' };
    expect(
      historyEntries(before, { personas: ['influencer', 'champion'], assessedSentiment: 'resistant', keyToSuccess: 'important' }),
    ).toEqual([{ field: 'assessedSentiment', fromValue: 'neutral', toValue: 'resistant' }]);
  });

  it('records clearing a value, and ignores fields that were not sent', () => {
    expect(historyEntries({ assessedSentiment: 'supportive', personalRapport: 4 }, { assessedSentiment: null })).toEqual([
      { field: 'assessedSentiment', fromValue: 'supportive', toValue: null },
    ]);
  });
});
