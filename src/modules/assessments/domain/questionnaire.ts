/**
 * Questionnaires: the shipped default, validation of a questionnaire an admin edits, validation of the
 * answers a stakeholder submits (JSON or an HTML form post), and the views the roll-ups need.
 */
import { type Answers, QUESTION_KINDS, type Question, type QuestionKind } from './types.ts';

export type QuestionError = { path: string; message: string };
export type AnswerError = { questionId: string; message: string };

export const MAX_QUESTIONS = 30;
export const MAX_PROMPT_LENGTH = 500;
export const MAX_LABEL_LENGTH = 60;
export const MAX_TEXT_ANSWER_LENGTH = 5000;
const QUESTION_ID = /^[a-z0-9_]{1,40}$/;

/**
 * The questionnaire every new instance starts with. `{product}` and `{company}` are filled in by the
 * service when the questionnaire is shown (the product's name, the stakeholder's company).
 */
export const DEFAULT_QUESTIONNAIRE: { readonly name: 'Relationship assessment'; readonly questions: Question[] } = deepFreeze({
  name: 'Relationship assessment',
  questions: [
    { id: 'nps', kind: 'nps', prompt: 'How likely are you to recommend {product} to a friend or colleague?', required: true },
    { id: 'working_well', kind: 'text', prompt: 'What is working well?', required: false },
    { id: 'needs_improvement', kind: 'text', prompt: 'What needs to improve?', required: false },
    {
      id: 'value_received',
      kind: 'scale5',
      prompt: 'How would you rate the value {company} gets from {product}?',
      required: false,
      lowLabel: 'Very poor',
      highLabel: 'Excellent',
    },
    {
      id: 'support_quality',
      kind: 'scale5',
      prompt: 'How would you rate the quality of the support you receive?',
      required: false,
      lowLabel: 'Very poor',
      highLabel: 'Excellent',
    },
    {
      id: 'ease_of_use',
      kind: 'scale5',
      prompt: 'How easy is {product} to use?',
      required: false,
      lowLabel: 'Very difficult',
      highLabel: 'Very easy',
    },
  ],
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks a questionnaire as edited by an admin and returns it normalised (prompts and labels trimmed,
 * `required` defaulting to false, unknown fields dropped). Paths read like `questions[2].prompt`.
 */
export function validateQuestions(questions: unknown): { ok: true; questions: Question[] } | { ok: false; errors: QuestionError[] } {
  if (!Array.isArray(questions)) return { ok: false, errors: [{ path: 'questions', message: 'must be a list of questions' }] };
  const errors: QuestionError[] = [];
  if (questions.length === 0) errors.push({ path: 'questions', message: 'needs at least one question' });
  if (questions.length > MAX_QUESTIONS) {
    errors.push({ path: 'questions', message: `has ${questions.length} questions; at most ${MAX_QUESTIONS} are allowed` });
  }
  const seenIds = new Map<string, number>();
  let firstNps: number | null = null;
  const result: Question[] = [];

  questions.forEach((raw, index) => {
    const at = (field?: string) => (field ? `questions[${index}].${field}` : `questions[${index}]`);
    if (!isRecord(raw)) {
      errors.push({ path: at(), message: 'must be an object with id, kind and prompt' });
      return;
    }
    const { id, kind, prompt, required, lowLabel, highLabel } = raw;

    if (typeof id !== 'string' || !QUESTION_ID.test(id)) {
      errors.push({ path: at('id'), message: 'must be 1 to 40 lower-case letters, digits or underscores' });
    } else if (seenIds.has(id)) {
      errors.push({ path: at('id'), message: `"${id}" is already used by question ${seenIds.get(id)! + 1}` });
    } else {
      seenIds.set(id, index);
    }

    const kindOk = typeof kind === 'string' && (QUESTION_KINDS as readonly string[]).includes(kind);
    if (!kindOk) errors.push({ path: at('kind'), message: `must be one of ${QUESTION_KINDS.join(', ')}` });
    if (kind === 'nps') {
      if (firstNps === null) firstNps = index;
      else errors.push({ path: at('kind'), message: `only one 0-10 recommendation question is allowed (question ${firstNps + 1} is one)` });
    }

    const promptText = typeof prompt === 'string' ? prompt.trim() : '';
    if (typeof prompt !== 'string' || promptText === '') errors.push({ path: at('prompt'), message: 'must not be empty' });
    else if (promptText.length > MAX_PROMPT_LENGTH) {
      errors.push({ path: at('prompt'), message: `has ${promptText.length} characters; at most ${MAX_PROMPT_LENGTH} are allowed` });
    }

    if (required !== undefined && typeof required !== 'boolean') errors.push({ path: at('required'), message: 'must be true or false' });

    const labels: Pick<Question, 'lowLabel' | 'highLabel'> = {};
    for (const [field, value] of [
      ['lowLabel', lowLabel],
      ['highLabel', highLabel],
    ] as const) {
      if (value === undefined || value === null || value === '') continue;
      if (kind !== 'scale5') errors.push({ path: at(field), message: 'labels belong to 1-5 questions only' });
      else if (typeof value !== 'string' || value.trim() === '') errors.push({ path: at(field), message: 'must be text' });
      else if (value.trim().length > MAX_LABEL_LENGTH) {
        errors.push({ path: at(field), message: `has ${value.trim().length} characters; at most ${MAX_LABEL_LENGTH} are allowed` });
      } else labels[field] = value.trim();
    }

    if (kindOk && typeof id === 'string') {
      result.push({ id, kind: kind as QuestionKind, prompt: promptText, required: required === true, ...labels });
    }
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, questions: result };
}

const NUMERIC = /^[+-]?\d+(?:\.\d+)?$/;

/** A number, or a string holding one (HTML forms post strings); anything else is NaN. */
function numberFrom(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string' && NUMERIC.test(raw.trim())) return Number(raw.trim());
  return Number.NaN;
}

const isBlank = (raw: unknown) => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/**
 * Checks submitted answers against the questionnaire. Numbers may arrive as strings; text is trimmed;
 * keys that are not questions are ignored; optional questions left empty are left out of the result.
 */
export function validateAnswers(
  questions: Question[],
  input: Record<string, unknown>,
): { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] } {
  const answers: Answers = {};
  const errors: AnswerError[] = [];
  for (const question of questions) {
    const raw = Object.hasOwn(input, question.id) ? input[question.id] : undefined;
    if (isBlank(raw)) {
      if (question.required) errors.push({ questionId: question.id, message: `Please answer "${question.prompt}"` });
      continue;
    }
    if (question.kind === 'text') {
      if (typeof raw !== 'string') {
        errors.push({ questionId: question.id, message: `The answer to "${question.prompt}" must be text` });
        continue;
      }
      const text = raw.trim();
      if (text.length > MAX_TEXT_ANSWER_LENGTH) {
        errors.push({
          questionId: question.id,
          message: `Please shorten your answer to "${question.prompt}" to ${MAX_TEXT_ANSWER_LENGTH.toLocaleString('en')} characters (it has ${text.length.toLocaleString('en')})`,
        });
        continue;
      }
      answers[question.id] = text;
      continue;
    }
    const [low, high] = question.kind === 'nps' ? [0, 10] : [1, 5];
    const value = numberFrom(raw);
    if (!Number.isInteger(value) || value < low || value > high) {
      errors.push({ questionId: question.id, message: `Please choose a whole number from ${low} to ${high} for "${question.prompt}"` });
      continue;
    }
    answers[question.id] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
}

/** The 0-10 answer, or null when the questionnaire has no such question or it was skipped. */
export function npsScoreOf(questions: Question[], answers: Answers): number | null {
  const question = questions.find((q) => q.kind === 'nps');
  const value = question ? answers[question.id] : undefined;
  return typeof value === 'number' ? value : null;
}

/** The 1-5 answers given, in question order. */
export function scaleAnswersOf(questions: Question[], answers: Answers): number[] {
  return questions.filter((q) => q.kind === 'scale5').flatMap((q) => (typeof answers[q.id] === 'number' ? [answers[q.id] as number] : []));
}

/** The free-text answers, one per line in question order; empty answers are skipped. */
export function verbatimOf(questions: Question[], answers: Answers): string {
  return questions
    .filter((q) => q.kind === 'text')
    .map((q) => answers[q.id])
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .map((value) => value.trim())
    .join('\n');
}
