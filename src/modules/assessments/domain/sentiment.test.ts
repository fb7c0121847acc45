import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_BANDS, measuredSentimentFor, validateSentimentBands } from './sentiment.ts';

describe('measuredSentimentFor', () => {
  it.each([
    [10, 'supportive'],
    [9, 'supportive'],
    [8, 'neutral'],
    [7, 'neutral'],
    [6, 'resistant'],
    [4, 'resistant'],
    [3, 'detractor'],
    [0, 'detractor'],
  ])('default bands: %s → %s', (score, sentiment) => {
    expect(measuredSentimentFor(score)).toBe(sentiment);
  });

  it.each([
    [8, 'supportive'],
    [7, 'neutral'],
    [5, 'neutral'],
    [2, 'resistant'],
    [1, 'detractor'],
  ])('custom bands 8 / 5 / 2: %s → %s', (score, sentiment) => {
    expect(measuredSentimentFor(score, { supportive: 8, neutral: 5, resistant: 2 })).toBe(sentiment);
  });

  it('ships the documented default bands 9 / 7 / 4', () => {
    expect(DEFAULT_SENTIMENT_BANDS).toEqual({ supportive: 9, neutral: 7, resistant: 4 });
  });
});

describe('validateSentimentBands', () => {
  it('accepts the defaults and the tightest legal bands', () => {
    expect(validateSentimentBands({ supportive: 9, neutral: 7, resistant: 4 })).toEqual({ ok: true, bands: DEFAULT_SENTIMENT_BANDS });
    expect(validateSentimentBands({ supportive: 3, neutral: 2, resistant: 1, extra: 5 })).toEqual({
      ok: true,
      bands: { supportive: 3, neutral: 2, resistant: 1 },
    });
  });

  it.each([
    ['not an object', 9, 'bands', /object/],
    ['a missing band', { supportive: 9, neutral: 7 }, 'resistant', /whole number from 1 to 10/],
    ['a fraction', { supportive: 9, neutral: 7.5, resistant: 4 }, 'neutral', /whole number/],
    ['a string', { supportive: '9', neutral: 7, resistant: 4 }, 'supportive', /whole number/],
    ['zero', { supportive: 9, neutral: 7, resistant: 0 }, 'resistant', /1 to 10/],
    ['eleven', { supportive: 11, neutral: 7, resistant: 4 }, 'supportive', /1 to 10/],
    ['neutral equal to supportive', { supportive: 8, neutral: 8, resistant: 4 }, 'neutral', /below supportive \(8\); it is 8/],
    ['resistant above neutral', { supportive: 9, neutral: 5, resistant: 6 }, 'resistant', /below neutral \(5\); it is 6/],
  ])('rejects %s', (_case, input, path, message) => {
    const result = validateSentimentBands(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});
