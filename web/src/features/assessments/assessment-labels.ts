/** The words of assessments in the UI: triggers and targeting in plain sentences, statuses, reasons, methods, numbers. */
import { labelOf, PERSONA_LABELS, STAGE_LABELS, sortPersonas } from '../../domain/labels.ts';
import type {
  ExclusionReason,
  InvitationStatus,
  MessageStatus,
  Participation,
  PastAnswerDateFormat,
  PastAnswerField,
  Program,
  QuestionKind,
  RollUpMethod,
  TaskKind,
  Trigger,
} from './assessments-api.ts';

export const plural = (n: number, noun: string, many = `${noun}s`) => `${n} ${n === 1 ? noun : many}`;

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  nps: 'NPS (0–10)',
  scale5: 'Scale 1–5',
  text: 'Free text',
};

export const TRIGGER_KIND_LABELS: Record<Trigger['kind'], string> = {
  every: 'Every N days',
  after_stage: 'After entering a stage',
  before_renewal: 'Before renewal',
};

/** "Every 180 days", "30 days after entering Adoption", "120 days before renewal". */
export function triggerText(trigger: Trigger): string {
  if (trigger.kind === 'every') return `Every ${plural(trigger.days, 'day')}`;
  if (trigger.kind === 'after_stage') return `${plural(trigger.days, 'day')} after entering ${labelOf(STAGE_LABELS, trigger.stage)}`;
  return `${plural(trigger.days, 'day')} before renewal`;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function listText(items: string[], conj = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conj} ${items.at(-1)}`;
}

/** "Decision makers and budget holders at Strategic accounts in Adoption or Renewal" — empty lists mean anyone. */
export function targetingText(program: Pick<Program, 'personas' | 'stages' | 'segmentIds'>, segmentName: (id: string) => string): string {
  const who = program.personas.length
    ? listText(
        sortPersonas(program.personas).map((p) => `${lower(labelOf(PERSONA_LABELS, p))}s`),
        'and',
      )
    : 'all stakeholders';
  const where = program.segmentIds.length ? ` in ${listText(program.segmentIds.map(segmentName))}` : '';
  const when = program.stages.length ? ` at accounts in ${listText(program.stages.map((s) => labelOf(STAGE_LABELS, s)))}` : '';
  const sentence = `${who}${where}${when}`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function reminderText(days: number[], escalateAfterDays: number | null): string {
  const reminders = days.length ? `Reminders after ${listText(days.map(String), 'and')} days` : 'No reminders';
  const escalation = escalateAfterDays == null ? 'no escalation' : `escalate ${plural(escalateAfterDays, 'day')} after the last reminder`;
  return `${reminders}; ${escalation}`;
}

export const EXCLUSION_REASON_LABELS: Record<ExclusionReason, string> = {
  left: 'Left the account',
  no_email: 'No e-mail address',
  stage: 'Account not in a chosen stage',
  persona: 'Persona not targeted',
  segment: 'Segment not targeted',
  not_due: 'Not due yet',
  fatigue: 'Asked too recently (fatigue rule)',
  duplicate_person: 'Same person, invited through another account',
};

export const INVITATION_STATUS: Record<InvitationStatus, { label: string; color: string }> = {
  scheduled: { label: 'Scheduled', color: 'gray' },
  sent: { label: 'Waiting for an answer', color: 'blue' },
  answered: { label: 'Answered', color: 'teal' },
  silent: { label: 'Silent', color: 'orange' },
  failed: { label: 'Could not send', color: 'red' },
};

export const MESSAGE_STATUS: Record<MessageStatus, { label: string; color: string; explanation: string }> = {
  scheduled: { label: 'Scheduled', color: 'gray', explanation: 'Waiting for its send time.' },
  sending: { label: 'Sending', color: 'blue', explanation: 'Being handed to the mail server right now.' },
  sent: { label: 'Sent', color: 'teal', explanation: 'The mail server accepted the message.' },
  kept: {
    label: 'Kept in outbox (no SMTP configured)',
    color: 'indigo',
    explanation: 'No mail server is configured, so the message was kept here instead of being sent. You can read it and open its link.',
  },
  failed: { label: 'Failed', color: 'red', explanation: 'The mail server refused the message or could not be reached.' },
  uncertain: {
    label: 'Delivery uncertain',
    color: 'orange',
    explanation:
      'Rapport stopped while handing this message to the mail server, so it may or may not have arrived. It is never resent by itself: check with the recipient, or resend it.',
  },
  cancelled: { label: 'Cancelled', color: 'gray', explanation: 'Not sent: no longer needed (for example, the stakeholder answered).' },
};

export const MESSAGE_KIND_LABELS = { invitation: 'Invitation', reminder: 'Reminder' } as const;

export const TASK_KIND: Record<TaskKind, { label: string; color: string }> = {
  promoter_follow_up: { label: 'Promoter follow-up', color: 'teal' },
  passive_follow_up: { label: 'Passive follow-up', color: 'gray' },
  detractor_follow_up: { label: 'Detractor follow-up', color: 'red' },
  silent_escalation: { label: 'Silent — escalation', color: 'orange' },
};

export const METHODS: Record<RollUpMethod, { label: string; explanation: string }> = {
  all_responses: { label: 'All responses', explanation: 'Every answer counts once; accounts with many respondents weigh more.' },
  mean_per_stakeholder: {
    label: 'Mean per stakeholder',
    explanation: 'Each stakeholder’s answers are averaged first, so frequent responders do not count twice.',
  },
  role_weighted: {
    label: 'Role-weighted',
    explanation: 'Decision makers weigh more than influencing users when an account’s answers are combined.',
  },
  waterfall: {
    label: 'Waterfall — decision makers first',
    explanation: 'An account’s score comes from its decision makers; other answers count only when no decision maker answered.',
  },
};

/** NPS as a whole number, or with one decimal when it has one; a true minus sign. */
export function formatNps(nps: number | null | undefined): string {
  if (nps == null) return '—';
  const text = Number.isInteger(nps) ? String(nps) : nps.toFixed(1);
  return text.replace('-', '−');
}

export const formatPercent = (share: number | null | undefined) => (share == null ? '—' : `${Math.round(share * 100)}%`);

/** "41% responded (17 of 41)" — the response rate that must stand beside every NPS. */
export function responseRateText(p: Pick<Participation, 'invited' | 'responded' | 'responseRate'>): string {
  if (!p.invited) return 'nobody invited';
  return `${formatPercent(p.responseRate ?? p.responded / p.invited)} responded (${p.responded} of ${p.invited})`;
}

/** "NPS 23 · 41% responded (17 of 41)". */
export const npsWithRate = (cell: { nps: number | null } & Pick<Participation, 'invited' | 'responded' | 'responseRate'>) =>
  `NPS ${formatNps(cell.nps)} · ${responseRateText(cell)}`;

export const GROUPS = [
  { key: 'promoters', one: 'promoter', many: 'promoters', color: 'teal.6', hint: '9–10' },
  { key: 'passives', one: 'passive', many: 'passives', color: 'gray.5', hint: '7–8' },
  { key: 'detractors', one: 'detractor', many: 'detractors', color: 'red.6', hint: '0–6' },
  { key: 'nonResponders', one: 'non-responder', many: 'non-responders', color: 'gray.3', hint: 'invited, no answer' },
] as const;

export const SCORE_GROUP_COLORS = { promoter: 'teal', passive: 'gray', detractor: 'red' } as const;
export const SCORE_GROUP_LABELS = { promoter: 'Promoter', passive: 'Passive', detractor: 'Detractor' } as const;

/** The fields of a past-answers file, as a CSM would name them. */
export const PAST_ANSWER_FIELD_LABELS: Record<PastAnswerField, { label: string; hint: string }> = {
  date: { label: 'Date', hint: 'required' },
  score: { label: 'Score (0–10)', hint: 'required' },
  text: { label: 'Comment', hint: 'optional' },
  email: { label: 'E-mail', hint: 'optional, finds the stakeholder' },
  externalId: { label: 'External id', hint: 'optional, a CRM id' },
  label: { label: 'Promoter / Passive / Detractor', hint: 'optional, must agree with the score' },
};

export const PAST_ANSWER_DATE_FORMATS: { value: PastAnswerDateFormat; label: string; example: string }[] = [
  { value: 'iso', label: 'ISO — YYYY-MM-DD', example: '2024-04-03 is 3 April 2024' },
  { value: 'us', label: 'US — MM/DD/YYYY', example: '04/03/2024 is April 3, 2024' },
  { value: 'eu', label: 'European — DD/MM/YYYY', example: '03/04/2024 is 3 April 2024' },
];
