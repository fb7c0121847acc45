/**
 * The key the upsert matches a record on, as one string: the external id when the export carried
 * one, else the natural key (account name; contact e-mail, else name within the account; a
 * touchpoint's account, time, kind and summary). Re-importing the same file yields the same keys,
 * which is what makes a second import a no-op. Names and e-mails compare case-insensitively.
 */
import type { AccountRef, ContactRef, ImportRecord } from './records.ts';

export function accountRefKey(ref: AccountRef): string {
  if (ref.by === 'external_id') return `account:${ref.externalId.system}:${ref.externalId.id}`;
  if (ref.by === 'opportunity') return `opportunity-account:${ref.externalId.system}:${ref.externalId.id}`;
  return `account-name:${ref.name.trim().toLowerCase()}`;
}

export function contactRefKey(ref: ContactRef): string {
  if (ref.by === 'external_id') return `contact:${ref.externalId.system}:${ref.externalId.id}`;
  if (ref.by === 'email' || ref.email) return `contact-email:${(ref.by === 'email' ? ref.email : (ref.email ?? '')).toLowerCase()}`;
  return `contact-ref:${ref.referenceId}`;
}

export function recordKey(record: ImportRecord): string {
  const id = 'externalId' in record && record.externalId ? `${record.externalId.system}:${record.externalId.id}` : undefined;
  switch (record.type) {
    case 'account':
      return id ? `account:${id}` : `account-name:${record.name.trim().toLowerCase()}`;
    case 'stakeholder': {
      if (id) return `stakeholder:${id}`;
      const person = record.email ? record.email.toLowerCase() : `${record.firstName} ${record.lastName}`.trim().toLowerCase();
      return `stakeholder:${accountRefKey(record.accountRef)}:${person}`;
    }
    case 'stakeholder_role':
      return id ? `role:${id}` : `role:${record.source}:${accountRefKey(record.accountRef)}:${contactRefKey(record.contactRef)}`;
    case 'touchpoint':
      return id
        ? `touchpoint:${id}`
        : `touchpoint:${accountRefKey(record.accountRef)}:${record.occurredAt}:${record.kind}:${record.summary}`;
    case 'renewal':
      return id ? `renewal:${id}` : `renewal:${accountRefKey(record.accountRef)}:${record.closeDate}:${record.name ?? ''}`;
    case 'user':
      return `user:${record.externalId.system}:${record.externalId.id}`;
    case 'usage_metric':
      return `usage:${accountRefKey(record.accountRef)}:${record.metric}:${record.date}`;
  }
}
