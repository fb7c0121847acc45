import { describe, expect, it } from 'vitest';
import type { Persona } from '../../../../domain/personas.ts';
import type { KeyToSuccess, Sentiment } from '../../../../domain/vocabulary.ts';
import { context, stakeholder } from '../builders.test-support.ts';
import { sentimentBelowTargetDetector } from './sentiment-below-target.ts';
import { sentimentDisagreementDetector } from './sentiment-disagreement.ts';

type Case = {
  personas: Persona[];
  assessed: Sentiment | null;
  measured: Sentiment | null;
  key?: KeyToSuccess;
  tier?: 'strategic' | 'enterprise' | 'community';
};

describe('sentiment_below_target', () => {
  it.each<[string, Case, string | null, string | null]>([
    [
      'decision maker detractor (assessed)',
      { personas: ['decision_maker'], assessed: 'detractor', measured: null },
      'critical',
      'Decision maker Lee Park is a detractor (assessed); the model wants at least neutral',
    ],
    [
      'measured beats assessed',
      { personas: ['decision_maker'], assessed: 'supportive', measured: 'resistant' },
      'high',
      'Decision maker Lee Park is resistant (measured); the model wants at least neutral',
    ],
    ['measured good beats assessed bad', { personas: ['decision_maker'], assessed: 'detractor', measured: 'neutral' }, null, null],
    ['unknown sentiment → no gap', { personas: ['decision_maker'], assessed: null, measured: null }, null, null],
    ['at target → no gap', { personas: ['champion'], assessed: 'neutral', measured: null }, null, null],
    [
      'detractor user',
      { personas: ['day_to_day_user'], assessed: 'detractor', measured: null },
      'high',
      'Day-to-day user Lee Park is a detractor (assessed); the model wants at least neutral',
    ],
    [
      'critical detractor user',
      { personas: ['day_to_day_user'], assessed: 'detractor', measured: null, key: 'critical' },
      'critical',
      null,
    ],
    ['resistant user', { personas: ['day_to_day_user'], assessed: 'resistant', measured: null }, 'medium', null],
    ['resistant critical user', { personas: ['champion'], assessed: 'resistant', measured: null, key: 'critical' }, 'high', null],
    // enterprise accepts resistant users but wants neutral main contacts: the strictest persona decides
    ['enterprise resistant user', { personas: ['day_to_day_user'], assessed: 'resistant', measured: null, tier: 'enterprise' }, null, null],
    [
      'enterprise resistant user who is also main contact',
      { personas: ['day_to_day_user', 'main_contact'], assessed: 'resistant', measured: null, tier: 'enterprise' },
      'medium',
      'Main contact Lee Park is resistant (assessed); the model wants at least neutral',
    ],
    ['no personas → no target', { personas: [], assessed: 'detractor', measured: null }, null, null],
  ])('%s', (_case, c, severity, explanation) => {
    const s = stakeholder({
      name: 'Lee Park',
      personas: c.personas,
      assessedSentiment: c.assessed,
      measuredSentiment: c.measured,
      keyToSuccess: c.key ?? 'important',
    });
    const gaps = sentimentBelowTargetDetector.detect(context([s], { tier: c.tier ?? 'strategic' }));
    if (severity === null) return expect(gaps).toEqual([]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ severity, stakeholderId: s.stakeholderId });
    if (explanation) expect(gaps[0]?.explanation).toBe(explanation);
  });

  it('a stakeholder who left raises no sentiment gap', () => {
    const s = stakeholder({ personas: ['decision_maker'], assessedSentiment: 'detractor', status: 'left', leftAt: '2026-05-01' });
    expect(sentimentBelowTargetDetector.detect(context([s]))).toEqual([]);
  });
});

describe('sentiment_disagreement', () => {
  it.each<[Sentiment | null, Sentiment | null, string | null]>([
    ['supportive', 'resistant', 'medium'],
    ['supportive', 'detractor', 'medium'],
    ['supportive', 'neutral', 'low'],
    ['resistant', 'neutral', 'low'],
    ['neutral', 'neutral', null],
    ['neutral', null, null],
    [null, 'detractor', null],
  ])('assessed %s, measured %s → %s', (assessed, measured, severity) => {
    const s = stakeholder({ name: 'Lee Park', assessedSentiment: assessed, measuredSentiment: measured });
    const gaps = sentimentDisagreementDetector.detect(context([s]));
    if (severity === null) return expect(gaps).toEqual([]);
    expect(gaps).toEqual([
      expect.objectContaining({
        severity,
        key: `sentiment_disagreement:-:${s.stakeholderId}`,
        explanation: `Lee Park: you assessed ${assessed}, their answers say ${measured}`,
      }),
    ]);
  });
});
