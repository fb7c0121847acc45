/**
 * CRM activity types → touchpoint kinds. Salesforce Task/Event Type and TaskSubtype, HubSpot
 * activity types and generic CSV kinds share one editable table; an unknown type is an error that
 * names the value, so a custom picklist value ("Demo") is mapped by the user, not guessed.
 */
import { TOUCHPOINT_KINDS, type TouchpointKind } from '../../../domain/vocabulary.ts';
import { normalizeWords } from './normalize.ts';
import { fail, ok, type Parsed } from './values.ts';

export type KindMapping = Readonly<Record<string, TouchpointKind>>;

export const DEFAULT_KIND_MAPPING: KindMapping = {
  ...Object.fromEntries(TOUCHPOINT_KINDS.map((k) => [k, k])),
  Call: 'call',
  'Phone call': 'call',
  'Outbound call': 'call',
  'Inbound call': 'call',
  Meeting: 'meeting',
  'Video call': 'meeting',
  Email: 'email',
  'E-mail': 'email',
  ListEmail: 'email',
  'Incoming email': 'email',
  'Outgoing email': 'email',
  'Email reply': 'email',
  Note: 'note',
  Task: 'note',
  Other: 'note',
  QBR: 'qbr',
  'Quarterly business review': 'qbr',
  EBR: 'ebr',
  'Executive business review': 'ebr',
  'On-site visit': 'onsite',
  Onsite: 'onsite',
  Event: 'event',
  Webinar: 'event',
  // HubSpot engagement types.
  CALL: 'call',
  MEETING: 'meeting',
  EMAIL: 'email',
  INCOMING_EMAIL: 'email',
  FORWARDED_EMAIL: 'email',
  NOTE: 'note',
};

const indexes = new WeakMap<KindMapping, Map<string, TouchpointKind>>();

export function mapActivityKind(raw: string, mapping: KindMapping = DEFAULT_KIND_MAPPING): Parsed<TouchpointKind> {
  let index = indexes.get(mapping);
  if (!index) {
    index = new Map(Object.entries(mapping).map(([type, kind]) => [normalizeWords(type), kind]));
    indexes.set(mapping, index);
  }
  const kind = index.get(normalizeWords(raw));
  if (kind) return ok(kind);
  return fail(`activity type "${raw}" has no touchpoint kind; map it to one of ${TOUCHPOINT_KINDS.join(', ')}`);
}
