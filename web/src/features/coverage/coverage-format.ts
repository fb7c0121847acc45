/** Sentences about a persona's coverage, shared by the account's mix table and the heat map's tooltips. */
import { labelOf, personaLabel, SENTIMENT_LABELS } from '../../domain/labels.ts';
import type { HeatCell, PersonaRequirement, Segment } from './coverage-api.ts';

const days = (n: number) => (n === 0 ? 'today' : n === 1 ? '1 day ago' : `${n} days ago`);

/** "within: 11 days ago · limit 90", "124 days, limit 90", "never engaged". */
export function engagementText(cell: HeatCell, limit: number | null): string {
  if (cell.engagement === 'none') return '—';
  const since = cell.daysSinceEngaged;
  if (cell.engagement === 'breached')
    return since == null ? `Never engaged, limit ${limit ?? '—'}` : `${since} days, limit ${limit ?? '—'}`;
  if (since == null) return 'Never engaged';
  if (cell.engagement === 'no_limit') return `${days(since)} · no limit`;
  return `${days(since)} · limit ${limit ?? '—'}`;
}

export function haveWantText(cell: HeatCell): string {
  if (cell.coverage === 'not_required') return 'Not required';
  if (cell.wanted === 0) return `${cell.count} (optional)`;
  return `${cell.count} of ${cell.wanted}`;
}

/** "Executive sponsor: 1 of 1 · last engaged 124 days ago (limit 90) · supportive" */
export function cellSentence(persona: string, cell: HeatCell, limit: number | null): string {
  const parts = [`${personaLabel(persona)}: ${cell.coverage === 'not_required' ? 'not required, none mapped' : haveWantText(cell)}`];
  if (cell.coverage === 'missing') parts[0] += ' — missing';
  if (cell.coverage === 'too_few') parts[0] += ' — too few';
  if (cell.count > 0) {
    const since = cell.daysSinceEngaged;
    const limitText = limit == null ? 'no limit' : `limit ${limit}`;
    parts.push(since == null ? `never engaged (${limitText})` : `last engaged ${days(since)} (${limitText})`);
    if (cell.engagement === 'breached') parts[parts.length - 1] += ' — overdue';
    parts.push(cell.sentiment ? labelOf(SENTIMENT_LABELS, cell.sentiment).toLowerCase() : 'sentiment not known');
  }
  if (cell.participation === 'silent') parts.push('assessment: silent after the last reminder');
  else if (cell.participation === 'answered') parts.push('assessment: answered');
  else if (cell.participation === 'awaiting') parts.push('assessment: invited, waiting for an answer');
  return parts.join(' · ');
}

export function requirementOf(segments: Segment[] | undefined, segmentId: string | null, persona: string): PersonaRequirement | undefined {
  return segments?.find((s) => s.id === segmentId)?.model.requirements.find((r) => r.persona === persona);
}
