/**
 * Importing past answers from another tool (a CSV of date, 0-10 score and comment, optionally the
 * respondent's e-mail or id and the tool's own Promoter/Passive/Detractor label). Column detection and
 * one-row conversion; reading the file and matching people are the caller's.
 */
import { type DateFormat, parseDateValue } from '../../../domain/dates.ts';
import { isEmailAddress } from './email.ts';
import { classifyScore } from './nps.ts';
import { SCORE_GROUPS, type ScoreGroup } from './types.ts';

/** The names of the columns in the file that hold each field. */
export type PastResponseColumns = { date: string; score: string; text?: string; email?: string; externalId?: string; label?: string };

export type PastResponse = { respondedAt: string; score: number; text: string; email: string | null; externalId: string | null };
export type PastResponseIssue = { row: number; column: string; value: string; reason: string };

/** "NPS_SCORE", "Nps score", "nps-score" → "nps score"; "E-mail" → "email". */
function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/\be[\s_-]+mail\b/g, 'email')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Known headers per field, normalised, best first. A header is given to one field only; score and label choose first. */
const HEADER_ALIASES: ReadonlyArray<[keyof PastResponseColumns, readonly string[]]> = [
  ['score', ['nps score', 'score', 'nps', 'likelihood to recommend', 'recommend score', 'ltr', 'nps value', 'rating score', 'rating']],
  ['label', ['nps rating', 'nps category', 'nps group', 'category', 'group', 'score group', 'classification', 'nps label', 'nps type']],
  [
    'date',
    [
      'response date',
      'customer response date',
      'responded at',
      'responded on',
      'date',
      'submitted at',
      'submitted on',
      'submitted',
      'submission date',
      'completed at',
      'completed on',
      'answered at',
      'created at',
      'created date',
      'timestamp',
    ],
  ],
  [
    'text',
    ['text', 'comment', 'comments', 'verbatim', 'feedback', 'reason', 'reason for score', 'response text', 'open text', 'answer', 'why'],
  ],
  ['email', ['email', 'email address', 'stakeholder email', 'contact email', 'respondent email', 'customer email']],
  ['externalId', ['external id', 'contact id', 'stakeholder id', 'respondent id', 'person id', 'customer id']],
];

/** Recognises the usual headers of NPS exports, case- and punctuation-insensitively. Unrecognised fields are absent. */
export function detectPastResponseColumns(headers: string[]): Partial<PastResponseColumns> {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const columns: Partial<PastResponseColumns> = {};
  for (const [field, aliases] of HEADER_ALIASES) {
    for (const alias of aliases) {
      const index = normalised.findIndex((h, i) => h === alias && !used.has(i));
      if (index >= 0) {
        columns[field] = headers[index];
        used.add(index);
        break;
      }
    }
  }
  return columns;
}

const GROUP_WORDS: Record<string, ScoreGroup> = {
  promoter: 'promoter',
  promoters: 'promoter',
  passive: 'passive',
  passives: 'passive',
  neutral: 'passive',
  detractor: 'detractor',
  detractors: 'detractor',
};
const capitalised = (group: ScoreGroup) => group[0].toUpperCase() + group.slice(1);

/**
 * Converts one row, or lists everything wrong with it (each issue names the row, the column and the
 * value). The score must be a whole number 0..10; the date is read in the stated format; a label, when
 * present, must agree with the score; the comment is trimmed and otherwise kept as written.
 */
export function convertPastResponse(
  row: Record<string, string>,
  rowNumber: number,
  columns: PastResponseColumns,
  dateFormat: DateFormat,
): { ok: true; response: PastResponse } | { ok: false; issues: PastResponseIssue[] } {
  const issues: PastResponseIssue[] = [];
  const cell = (column: string | undefined) => (column === undefined ? '' : (row[column] ?? ''));
  const issue = (column: string, reason: string) => issues.push({ row: rowNumber, column, value: cell(column), reason });

  let score: number | null = null;
  const rawScore = cell(columns.score).trim();
  if (rawScore === '') issue(columns.score, 'score is empty');
  else if (!/^[+-]?\d+(?:\.\d+)?$/.test(rawScore)) issue(columns.score, `"${rawScore}" is not a score from 0 to 10`);
  else if (!Number.isInteger(Number(rawScore))) issue(columns.score, `${rawScore} is not a whole number; scores are 0 to 10`);
  else if (Number(rawScore) < 0 || Number(rawScore) > 10) issue(columns.score, `${rawScore} is outside 0 to 10`);
  else score = Number(rawScore);

  let respondedAt: string | null = null;
  const rawDate = cell(columns.date).trim();
  if (rawDate === '') issue(columns.date, 'date is empty');
  else {
    const parsed = parseDateValue(rawDate, dateFormat);
    if (parsed.ok) respondedAt = parsed.value.dateTime;
    else issue(columns.date, parsed.reason);
  }

  const rawLabel = cell(columns.label).trim();
  if (columns.label !== undefined && rawLabel !== '') {
    const labelled = GROUP_WORDS[rawLabel.toLowerCase()];
    if (!labelled) issue(columns.label, `"${rawLabel}" is not one of ${SCORE_GROUPS.map(capitalised).join(', ')}`);
    else if (score !== null && classifyScore(score) !== labelled) {
      issue(columns.label, `labelled ${rawLabel} but ${score} is a ${classifyScore(score)} score`);
    }
  }

  const rawEmail = cell(columns.email).trim();
  if (columns.email !== undefined && rawEmail !== '' && !isEmailAddress(rawEmail))
    issue(columns.email, `"${rawEmail}" is not an e-mail address`);

  if (issues.length > 0 || score === null || respondedAt === null) return { ok: false, issues };
  const externalId = cell(columns.externalId).trim();
  return {
    ok: true,
    response: {
      respondedAt,
      score,
      text: cell(columns.text).trim(),
      email: rawEmail === '' ? null : rawEmail,
      externalId: externalId === '' ? null : externalId,
    },
  };
}
