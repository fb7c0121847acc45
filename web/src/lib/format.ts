/** Formatting for people: money, dates and "how long ago / how long until" in whole days. */
import dayjs from 'dayjs';

const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const compactCurrency = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
const integer = new Intl.NumberFormat('en-US');

export const formatMoney = (value: number | null | undefined) => (value == null ? '—' : currency.format(value));
export const formatMoneyCompact = (value: number | null | undefined) => (value == null ? '—' : compactCurrency.format(value));
export const formatInteger = (value: number | null | undefined) => (value == null ? '—' : integer.format(value));

/**
 * Reads ISO dates and timestamps, and also PostgreSQL's text form ("2026-11-20 17:00:00+00"),
 * which not every browser's Date parser accepts.
 */
export function parseTimestamp(value: string) {
  const iso = value.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2').replace(/([+-]\d{2})$/, '$1:00');
  return dayjs(iso);
}

export const formatDate = (value: string | null | undefined) => (value ? parseTimestamp(value).format('D MMM YYYY') : '—');
export const formatDateTime = (value: string | null | undefined) => (value ? parseTimestamp(value).format('D MMM YYYY, HH:mm') : '—');

/** Whole calendar days from today to the date; negative when it is in the past. */
export function daysFromToday(value: string, now: Date = new Date()): number {
  return parseTimestamp(value).startOf('day').diff(dayjs(now).startOf('day'), 'day');
}

/** "in 45 days", "tomorrow", "today", "12 days ago". */
export function relativeDays(value: string | null | undefined, now: Date = new Date()): string {
  if (!value) return '';
  const days = daysFromToday(value, now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  if (days > 0) return `in ${days} days`;
  return `${-days} days ago`;
}

/** For "last engaged": days ago, or never. */
export function daysAgo(value: string | null | undefined, now: Date = new Date()): string {
  if (!value) return 'Never';
  const days = -daysFromToday(value, now);
  if (days <= 0) return 'Today';
  if (days === 1) return 'Yesterday';
  return `${days} days ago`;
}

export const todayIso = () => dayjs().format('YYYY-MM-DD');

/** "812 B", "14.2 KB", "91.0 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
