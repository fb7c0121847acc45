/** The add/edit stakeholder form as plain data, and what it sends to the API. */
import type { KeyToSuccess, Persona, Sentiment } from '../../domain/labels.ts';
import type { PersonListItem } from '../people/people-api.ts';
import type { PersonPatch, Stakeholder, StakeholderInput, StakeholderPatch } from './stakeholders-api.ts';

export type PersonDraft = { firstName: string; lastName: string; email: string; title: string; phone: string };

export type StakeholderDraft = {
  mode: 'new' | 'existing';
  person: PersonDraft;
  existing: PersonListItem | null;
  personas: Persona[];
  keyToSuccess: KeyToSuccess;
  sentiment: Sentiment | null;
  sentimentReason: string;
  relationshipStrength: number | null;
  personalRapport: number | null;
};

const EMPTY_PERSON: PersonDraft = { firstName: '', lastName: '', email: '', title: '', phone: '' };

export function draftOf(s: Stakeholder | undefined): StakeholderDraft {
  if (!s) {
    return {
      mode: 'new',
      person: EMPTY_PERSON,
      existing: null,
      personas: [],
      keyToSuccess: 'important',
      sentiment: null,
      sentimentReason: '',
      relationshipStrength: null,
      personalRapport: null,
    };
  }
  return {
    mode: 'new',
    person: {
      firstName: s.person.firstName,
      lastName: s.person.lastName,
      email: s.person.email ?? '',
      title: s.person.title ?? '',
      phone: s.person.phone ?? '',
    },
    existing: null,
    personas: s.personas,
    keyToSuccess: s.keyToSuccess,
    sentiment: s.assessedSentiment,
    sentimentReason: '',
    relationshipStrength: s.relationshipStrength,
    personalRapport: s.personalRapport,
  };
}

/** The title the persona suggestion reads. */
export const titleOf = (d: StakeholderDraft) => (d.mode === 'existing' ? (d.existing?.title ?? '') : d.person.title);

export function checkDraft(d: StakeholderDraft, editing: boolean): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!editing && d.mode === 'existing') {
    if (!d.existing) problems.personId = 'Choose a person, or add a new one';
    return problems;
  }
  if (!d.person.firstName.trim()) problems['person.firstName'] = 'Enter the first name';
  if (!d.person.lastName.trim()) problems['person.lastName'] = 'Enter the last name';
  const email = d.person.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems['person.email'] = 'Enter a valid e-mail address';
  return problems;
}

const optional = (v: string) => v.trim() || undefined;

export function toInput(accountId: string, d: StakeholderDraft): StakeholderInput {
  const who =
    d.mode === 'existing' && d.existing
      ? { personId: d.existing.id }
      : {
          person: {
            firstName: d.person.firstName.trim(),
            lastName: d.person.lastName.trim(),
            email: optional(d.person.email),
            title: optional(d.person.title),
            phone: optional(d.person.phone),
          },
        };
  return {
    accountId,
    ...who,
    personas: d.personas,
    keyToSuccess: d.keyToSuccess,
    ...(d.sentiment ? { assessedSentiment: d.sentiment, sentimentReason: optional(d.sentimentReason) } : {}),
    relationshipStrength: d.relationshipStrength,
    personalRapport: d.personalRapport,
  };
}

/** Only what changed, so the history records real changes. */
export function toPatch(original: Stakeholder, d: StakeholderDraft): StakeholderPatch {
  const patch: StakeholderPatch = {};
  const before = draftOf(original);
  const person: PersonPatch = {};
  for (const key of Object.keys(before.person) as (keyof PersonDraft)[]) {
    if (d.person[key].trim() !== before.person[key].trim()) {
      const value = d.person[key].trim();
      if (key === 'firstName' || key === 'lastName') person[key] = value;
      else person[key] = value || null;
    }
  }
  if (Object.keys(person).length) patch.person = person;
  if ([...d.personas].sort().join() !== [...before.personas].sort().join()) patch.personas = d.personas;
  if (d.keyToSuccess !== before.keyToSuccess) patch.keyToSuccess = d.keyToSuccess;
  if (d.sentiment !== before.sentiment) patch.assessedSentiment = d.sentiment;
  if (d.sentimentReason.trim()) patch.sentimentReason = d.sentimentReason.trim();
  if (d.relationshipStrength !== before.relationshipStrength) patch.relationshipStrength = d.relationshipStrength;
  if (d.personalRapport !== before.personalRapport) patch.personalRapport = d.personalRapport;
  return patch;
}
