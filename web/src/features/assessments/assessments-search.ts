/** Search parameters of the assessment pages, read leniently from the URL. */
import { PERSONAS, type Persona } from '../../domain/labels.ts';
import { type MessageStatus, ROLL_UP_METHODS, type RollUpMethod, type TasksParams } from './assessments-api.ts';

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

export type ResultsSearch = { program?: string; wave?: string; segment?: string; persona?: Persona; method?: RollUpMethod };

export const validateResultsSearch = (raw: Record<string, unknown>): ResultsSearch => ({
  program: text(raw.program),
  wave: text(raw.wave),
  segment: text(raw.segment),
  persona: PERSONAS.find((p) => p === raw.persona),
  method: ROLL_UP_METHODS.find((m) => m === raw.method && m !== 'all_responses'),
});

const MESSAGE_STATUSES: MessageStatus[] = ['scheduled', 'sending', 'sent', 'kept', 'failed', 'uncertain', 'cancelled'];

export type OutboxSearch = { status?: MessageStatus; wave?: string; message?: string };

export const validateOutboxSearch = (raw: Record<string, unknown>): OutboxSearch => ({
  status: MESSAGE_STATUSES.find((s) => s === raw.status),
  wave: text(raw.wave),
  message: text(raw.message),
});

export type TasksSearch = { owner?: 'all'; status?: 'done' };

export const validateTasksSearch = (raw: Record<string, unknown>): TasksSearch => ({
  owner: raw.owner === 'all' ? 'all' : undefined,
  status: raw.status === 'done' ? 'done' : undefined,
});

export const toTasksParams = (search: TasksSearch): TasksParams => ({ owner: search.owner ?? 'me', status: search.status ?? 'open' });

export type PreviewSearch = { reason?: string };

export const validatePreviewSearch = (raw: Record<string, unknown>): PreviewSearch => ({ reason: text(raw.reason) });
