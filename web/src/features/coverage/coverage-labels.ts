/** The words and colours of relationship coverage: gap kinds, severities, channels, action states. */
import { humanize } from '../../domain/labels.ts';
import type { ActionStatus, Channel, Severity } from './coverage-api.ts';

export const GAP_KIND_LABELS: Record<string, string> = {
  missing_persona: 'Missing persona',
  too_few: 'Too few',
  sentiment_below_target: 'Sentiment below target',
  recency_breached: 'Not engaged recently',
  single_threaded: 'Single-threaded',
  key_stakeholder_left: 'Key stakeholder left',
  sentiment_disagreement: 'Assessed vs measured differ',
  silent: 'Silent',
};

/** Unknown kinds (a new detector on the server) still read as words. */
export const gapKindLabel = (kind: string) => GAP_KIND_LABELS[kind] ?? humanize(kind);

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
export const SEVERITY_COLORS: Record<Severity, string> = { critical: 'red', high: 'orange', medium: 'yellow', low: 'gray' };
export const severityRank = (s: Severity | null) => (s ? SEVERITIES.indexOf(s) : SEVERITIES.length);

export const CHANNEL_LABELS: Record<Channel, string> = {
  meeting: 'Personal meeting',
  executive_outreach: 'Executive outreach',
  call: 'Call',
  email: 'E-mail',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  dismissed: 'Dismissed',
  resolved: 'Resolved',
};
