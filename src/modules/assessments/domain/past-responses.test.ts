import { describe, expect, it } from 'vitest';
import { convertPastResponse, detectPastResponseColumns, type PastResponseColumns } from './past-responses.ts';

describe('detectPastResponseColumns', () => {
  it.each([
    [
      'a UK provider export',
      ['CUSTOMER_RESPONSE_DATE', 'SURVEY_SUB_TYPE', 'NPS_RATING', 'NPS_SCORE', 'text', 'Qtr'],
      { date: 'CUSTOMER_RESPONSE_DATE', score: 'NPS_SCORE', label: 'NPS_RATING', text: 'text' },
    ],
    [
      'plain headers with an e-mail and a contact id',
      ['Response Date', 'Score', 'Comment', 'E-mail', 'Contact ID'],
      { date: 'Response Date', score: 'Score', text: 'Comment', email: 'E-mail', externalId: 'Contact ID' },
    ],
    [
      'a tool that calls the score a rating',
      ['submitted_at', 'Rating', 'Feedback', 'Stakeholder Email', 'NPS Category'],
      { date: 'submitted_at', score: 'Rating', text: 'Feedback', email: 'Stakeholder Email', label: 'NPS Category' },
    ],
    ['NPS beside a score: the NPS score column wins', ['Date', 'NPS', 'NPS score'], { date: 'Date', score: 'NPS score' }],
    [
      'a byte-order mark and odd spacing',
      ['\uFEFFdate', '  nps-score ', 'Verbatim'],
      { date: '\uFEFFdate', score: '  nps-score ', text: 'Verbatim' },
    ],
    ['nothing recognisable', ['Name', 'Company', 'Notes about them'], {}],
  ])('%s', (_case, headers, expected) => {
    expect(detectPastResponseColumns(headers)).toEqual(expected);
  });

  it('never gives one column to two fields', () => {
    const columns = detectPastResponseColumns(['Date', 'Score']);
    expect(columns).toEqual({ date: 'Date', score: 'Score' });
  });
});

const columns: PastResponseColumns = { date: 'When', score: 'Score', text: 'Why', email: 'Email', externalId: 'Id', label: 'Group' };
const row = (over: Record<string, string> = {}) => ({
  When: '01/05/2018 20:23',
  Score: '9',
  Why: ' Great ',
  Email: '',
  Id: '',
  Group: '',
  ...over,
});

describe('convertPastResponse', () => {
  it('converts a complete row, reading the date in the stated format', () => {
    const result = convertPastResponse(row({ Email: ' ann@example.com ', Id: ' C-1 ', Group: 'Promoter' }), 2, columns, 'eu');
    expect(result).toEqual({
      ok: true,
      response: { respondedAt: '2018-05-01T20:23:00.000Z', score: 9, text: 'Great', email: 'ann@example.com', externalId: 'C-1' },
    });
  });

  it('reads the same cell as 5 January with the US format', () => {
    const result = convertPastResponse(row(), 2, columns, 'us');
    expect(result.ok && result.response.respondedAt).toBe('2018-01-05T20:23:00.000Z');
  });

  it('needs only a date and a score', () => {
    const result = convertPastResponse({ d: '2024-03-05', s: '0' }, 7, { date: 'd', score: 's' }, 'iso');
    expect(result).toEqual({
      ok: true,
      response: { respondedAt: '2024-03-05T00:00:00.000Z', score: 0, text: '', email: null, externalId: null },
    });
  });

  it('keeps a replacement character in the comment as it is', () => {
    const result = convertPastResponse(row({ Why: 'it\uFFFDs fine' }), 2, columns, 'eu');
    expect(result.ok && result.response.text).toBe('it\uFFFDs fine');
  });

  it.each([
    ['an empty score', { Score: '  ' }, 'Score', 'score is empty'],
    ['a missing score cell', { Score: undefined as unknown as string }, 'Score', 'score is empty'],
    ['a fraction', { Score: '7.5' }, 'Score', '7.5 is not a whole number; scores are 0 to 10'],
    ['eleven', { Score: '11' }, 'Score', '11 is outside 0 to 10'],
    ['a negative score', { Score: '-1' }, 'Score', '-1 is outside 0 to 10'],
    ['a word', { Score: 'high' }, 'Score', '"high" is not a score from 0 to 10'],
    ['an empty date', { When: '' }, 'When', 'date is empty'],
    ['an impossible date', { When: '31/02/2018' }, 'When', '"31/02/2018" is not a calendar date'],
    ['a two-digit year', { When: '01/05/18' }, 'When', expect.stringMatching(/two-digit year/)],
    ['a label that disagrees with the score', { Score: '6', Group: 'Promoter' }, 'Group', 'labelled Promoter but 6 is a detractor score'],
    ['a passive labelled detractor', { Score: '8', Group: 'detractor' }, 'Group', 'labelled detractor but 8 is a passive score'],
    ['an unknown label', { Group: 'Fan' }, 'Group', '"Fan" is not one of Promoter, Passive, Detractor'],
    ['an e-mail cell that is not an e-mail', { Email: 'ann at example' }, 'Email', '"ann at example" is not an e-mail address'],
  ])('rejects %s, naming the row, column and value', (_case, over, column, reason) => {
    const input = row(over);
    const result = convertPastResponse(input, 12, columns, 'eu');
    expect(result).toEqual({ ok: false, issues: [{ row: 12, column, value: input[column as keyof typeof input] ?? '', reason }] });
  });

  it.each([
    ['Passive', '7'],
    ['PROMOTER', '10'],
    ['Detractors', '0'],
    ['Neutral', '8'],
  ])('accepts the label %s with score %s', (Group, Score) => {
    expect(convertPastResponse(row({ Group, Score }), 2, columns, 'eu').ok).toBe(true);
  });

  it('reports every problem of a row at once', () => {
    const result = convertPastResponse(row({ Score: '', When: 'yesterday', Email: 'nope' }), 3, columns, 'eu');
    expect(result.ok ? [] : result.issues.map((i) => i.column)).toEqual(['Score', 'When', 'Email']);
  });
});
