/**
 * Measured sentiment (SPEC §1): a stakeholder's latest 0-10 answer mapped onto the four sentiments by
 * configurable bands. Each band is the lowest score that reaches it; anything below `resistant` is a detractor.
 */
import type { Sentiment, SentimentBands } from './types.ts';

export const DEFAULT_SENTIMENT_BANDS: Readonly<SentimentBands> = Object.freeze({ supportive: 9, neutral: 7, resistant: 4 });

export type BandError = { path: string; message: string };

const BAND_NAMES = ['supportive', 'neutral', 'resistant'] as const;

/** Whole numbers 1..10, strictly descending: supportive > neutral > resistant ≥ 1. */
export function validateSentimentBands(x: unknown): { ok: true; bands: SentimentBands } | { ok: false; errors: BandError[] } {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) {
    return { ok: false, errors: [{ path: 'bands', message: 'must be an object with supportive, neutral and resistant' }] };
  }
  const raw = x as Record<string, unknown>;
  const errors: BandError[] = [];
  for (const name of BAND_NAMES) {
    const value = raw[name];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 10) {
      errors.push({ path: name, message: 'must be a whole number from 1 to 10' });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const bands = { supportive: raw.supportive as number, neutral: raw.neutral as number, resistant: raw.resistant as number };
  if (bands.neutral >= bands.supportive) {
    errors.push({ path: 'neutral', message: `must be below supportive (${bands.supportive}); it is ${bands.neutral}` });
  }
  if (bands.resistant >= bands.neutral) {
    errors.push({ path: 'resistant', message: `must be below neutral (${bands.neutral}); it is ${bands.resistant}` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, bands };
}

export function measuredSentimentFor(score: number, bands: SentimentBands = DEFAULT_SENTIMENT_BANDS): Sentiment {
  if (score >= bands.supportive) return 'supportive';
  if (score >= bands.neutral) return 'neutral';
  if (score >= bands.resistant) return 'resistant';
  return 'detractor';
}
