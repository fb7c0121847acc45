import { describe, expect, it } from 'vitest';
import { DEFAULT_QUESTIONNAIRE, npsScoreOf, scaleAnswersOf, validateAnswers, validateQuestions, verbatimOf } from './questionnaire.ts';
import type { Question } from './types.ts';

const nps: Question = { id: 'nps', kind: 'nps', prompt: 'How likely are you to recommend Acme?', required: true };
const scale = (id: string, required = false): Question => ({
  id,
  kind: 'scale5',
  prompt: `Rate ${id}`,
  required,
  lowLabel: 'Poor',
  highLabel: 'Great',
});
const text = (id: string, required = false): Question => ({ id, kind: 'text', prompt: `Tell us about ${id}`, required });

describe('DEFAULT_QUESTIONNAIRE', () => {
  it('passes its own validation and opens with the required recommendation question', () => {
    const checked = validateQuestions(DEFAULT_QUESTIONNAIRE.questions);
    expect(checked).toEqual({ ok: true, questions: DEFAULT_QUESTIONNAIRE.questions });
    expect(DEFAULT_QUESTIONNAIRE.questions[0]).toMatchObject({ id: 'nps', kind: 'nps', required: true });
    expect(DEFAULT_QUESTIONNAIRE.questions.map((q) => q.id)).toEqual([
      'nps',
      'working_well',
      'needs_improvement',
      'value_received',
      'support_quality',
      'ease_of_use',
    ]);
  });

  it('labels both ends of every 1-5 question and leaves everything but the score optional', () => {
    for (const q of DEFAULT_QUESTIONNAIRE.questions.filter((q) => q.kind === 'scale5')) {
      expect(q.lowLabel && q.highLabel, q.id).toBeTruthy();
    }
    expect(DEFAULT_QUESTIONNAIRE.questions.filter((q) => q.required).map((q) => q.id)).toEqual(['nps']);
  });

  it('keeps the placeholders for the service to fill and never says "survey"', () => {
    expect(DEFAULT_QUESTIONNAIRE.questions[0].prompt).toBe('How likely are you to recommend {product} to a friend or colleague?');
    expect(JSON.stringify(DEFAULT_QUESTIONNAIRE)).not.toMatch(/survey/i);
  });

  it('cannot be changed by accident', () => {
    expect(() => {
      (DEFAULT_QUESTIONNAIRE.questions[0] as Question).prompt = 'changed';
    }).toThrow();
  });
});

describe('validateQuestions', () => {
  it('normalises: trims prompts and labels, defaults required to false, drops unknown fields', () => {
    const result = validateQuestions([
      { id: 'q1', kind: 'scale5', prompt: '  How is it?  ', lowLabel: ' Bad ', highLabel: 'Good', colour: 'red' },
    ]);
    expect(result).toEqual({
      ok: true,
      questions: [{ id: 'q1', kind: 'scale5', prompt: 'How is it?', required: false, lowLabel: 'Bad', highLabel: 'Good' }],
    });
  });

  const ok = { id: 'q', kind: 'text', prompt: 'Anything else?' };
  it.each([
    ['not a list', { id: 'q' }, 'questions', /list/],
    ['no questions', [], 'questions', /at least one/],
    ['31 questions', Array.from({ length: 31 }, (_, i) => ({ ...ok, id: `q${i}` })), 'questions', /31 questions; at most 30/],
    ['a question that is not an object', ['What?'], 'questions[0]', /object/],
    ['an upper-case id', [{ ...ok, id: 'Q1' }], 'questions[0].id', /lower-case/],
    ['an id with a hyphen', [{ ...ok, id: 'needs-improvement' }], 'questions[0].id', /lower-case/],
    ['an id of 41 characters', [{ ...ok, id: 'a'.repeat(41) }], 'questions[0].id', /1 to 40/],
    ['a duplicate id', [ok, { ...ok }], 'questions[1].id', /"q" is already used by question 1/],
    ['an unknown kind', [{ ...ok, kind: 'stars' }], 'questions[0].kind', /nps, scale5, text/],
    [
      'two recommendation questions',
      [
        { ...ok, id: 'a', kind: 'nps' },
        { ...ok, id: 'b', kind: 'nps' },
      ],
      'questions[1].kind',
      /only one/,
    ],
    ['an empty prompt', [{ ...ok, prompt: '   ' }], 'questions[0].prompt', /must not be empty/],
    ['a missing prompt', [{ id: 'q', kind: 'text' }], 'questions[0].prompt', /must not be empty/],
    ['a prompt of 501 characters', [{ ...ok, prompt: 'x'.repeat(501) }], 'questions[0].prompt', /501 characters; at most 500/],
    ['required given as a string', [{ ...ok, required: 'yes' }], 'questions[0].required', /true or false/],
    ['labels on a text question', [{ ...ok, lowLabel: 'Low' }], 'questions[0].lowLabel', /1-5 questions only/],
    ['labels on the 0-10 question', [{ ...ok, kind: 'nps', highLabel: 'Very likely' }], 'questions[0].highLabel', /1-5 questions only/],
  ])('rejects %s', (_case, input, path, message) => {
    const result = validateQuestions(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('accepts exactly 30 questions, a 500-character prompt and a 40-character id', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => ({ ...ok, id: i === 0 ? 'a'.repeat(40) : `q${i}`, prompt: 'p'.repeat(500) }));
    expect(validateQuestions(thirty).ok).toBe(true);
  });

  it('reports every problem at once, each with its own path', () => {
    const result = validateQuestions([
      { id: 'Bad Id', kind: 'nps', prompt: '' },
      { id: 'x', kind: 'text', prompt: 'Ok', lowLabel: 'no' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['questions[0].id', 'questions[0].prompt', 'questions[1].lowLabel']);
  });
});

describe('validateAnswers', () => {
  const questions = [nps, scale('value'), text('working_well'), text('reason', true)];

  it('accepts numbers posted as strings by an HTML form and trims text', () => {
    const result = validateAnswers(questions, { nps: '9', value: ' 4 ', working_well: '  Quick replies \n', reason: 'Price' });
    expect(result).toEqual({ ok: true, answers: { nps: 9, value: 4, working_well: 'Quick replies', reason: 'Price' } });
  });

  it('ignores keys that are not questions and omits optional answers left empty', () => {
    const result = validateAnswers(questions, { nps: 0, value: '', working_well: '   ', reason: 'x', csrf: 'abc' });
    expect(result).toEqual({ ok: true, answers: { nps: 0, reason: 'x' } });
  });

  it.each([
    ['nps', -1],
    ['nps', 11],
    ['nps', 7.5],
    ['nps', '7.5'],
    ['nps', 'ten'],
    ['nps', '1e1'],
    ['nps', true],
    ['nps', ['9', '10']],
    ['value', 0],
    ['value', 6],
    ['value', '3.0001'],
  ])('rejects %s = %j with the allowed range', (questionId, value) => {
    const result = validateAnswers(questions, { nps: 8, reason: 'x', [questionId]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const range = questionId === 'nps' ? 'from 0 to 10' : 'from 1 to 5';
    expect(result.errors).toEqual([{ questionId, message: expect.stringContaining(range) }]);
  });

  it.each([
    ['missing', {}],
    ['null', { nps: null }],
    ['blank', { nps: '  ' }],
  ])('asks for a required answer that is %s, naming the question', (_case, input) => {
    const result = validateAnswers([nps], input);
    expect(result).toEqual({
      ok: false,
      errors: [{ questionId: 'nps', message: 'Please answer "How likely are you to recommend Acme?"' }],
    });
  });

  it('takes 5,000 characters of text (after trimming) and refuses 5,001', () => {
    expect(validateAnswers([text('t')], { t: ` ${'a'.repeat(5000)} ` }).ok).toBe(true);
    const long = validateAnswers([text('t')], { t: 'a'.repeat(5001) });
    expect(long).toEqual({ ok: false, errors: [{ questionId: 't', message: expect.stringMatching(/5,000 characters \(it has 5,001\)/) }] });
  });

  it('refuses a non-text answer to a text question', () => {
    expect(validateAnswers([text('t')], { t: 42 })).toEqual({
      ok: false,
      errors: [{ questionId: 't', message: expect.stringMatching(/must be text/) }],
    });
  });

  it('lists every wrong answer in question order', () => {
    const result = validateAnswers(questions, { nps: 12, value: 9 });
    expect(result.ok ? [] : result.errors.map((e) => e.questionId)).toEqual(['nps', 'value', 'reason']);
  });
});

describe('answer views', () => {
  const questions = [text('working_well'), scale('value'), nps, text('needs_improvement'), scale('support'), scale('ease')];
  const answers = { working_well: 'Onboarding', value: 4, nps: 8, needs_improvement: 'Reporting', ease: 2 };

  it('picks the 0-10 score wherever it sits, or null when skipped or absent', () => {
    expect(npsScoreOf(questions, answers)).toBe(8);
    expect(npsScoreOf(questions, { value: 4 })).toBeNull();
    expect(npsScoreOf([text('t')], { t: 'x' })).toBeNull();
    expect(npsScoreOf(questions, { ...answers, nps: 0 })).toBe(0);
  });

  it('lists the 1-5 answers given, in question order', () => {
    expect(scaleAnswersOf(questions, answers)).toEqual([4, 2]);
    expect(scaleAnswersOf(questions, {})).toEqual([]);
  });

  it('joins the text answers in question order, one per line', () => {
    expect(verbatimOf(questions, answers)).toBe('Onboarding\nReporting');
    expect(verbatimOf(questions, { needs_improvement: 'Only this' })).toBe('Only this');
    expect(verbatimOf(questions, { nps: 9 })).toBe('');
  });
});
