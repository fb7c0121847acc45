import { describe, expect, it } from 'vitest';
import type { KeyToSuccess, Sentiment } from '../../../domain/vocabulary.ts';
import { stakeholder } from './builders.test-support.ts';
import { stakeholderMatrix } from './matrix.ts';

describe('stakeholderMatrix', () => {
  it.each<[KeyToSuccess, Sentiment | null, Sentiment | null, Sentiment | null, 'measured' | 'assessed' | null, boolean]>([
    ['critical', 'detractor', null, 'detractor', 'assessed', true],
    ['critical', 'supportive', 'resistant', 'resistant', 'measured', true],
    ['critical', 'detractor', 'neutral', 'neutral', 'measured', false], // measured beats assessed
    ['critical', null, null, null, null, false], // unknown is not danger
    ['important', 'detractor', null, 'detractor', 'assessed', false],
    ['peripheral', null, 'supportive', 'supportive', 'measured', false],
  ])('%s, assessed %s, measured %s → %s (%s), danger %s', (keyToSuccess, assessed, measured, sentiment, source, danger) => {
    const s = stakeholder({ keyToSuccess, assessedSentiment: assessed, measuredSentiment: measured });
    expect(stakeholderMatrix([s])).toEqual([{ stakeholderId: s.stakeholderId, name: s.name, keyToSuccess, sentiment, source, danger }]);
  });

  it('shows active stakeholders only', () => {
    const left = stakeholder({ status: 'left', keyToSuccess: 'critical', assessedSentiment: 'detractor' });
    const active = stakeholder();
    expect(stakeholderMatrix([left, active]).map((p) => p.stakeholderId)).toEqual([active.stakeholderId]);
  });
});
