/**
 * Rapport's own export (`rapport export`, GET /exports/{entity}): the columns are field names, so a
 * file is recognised when it carries every column of one export. It reads through the generic
 * converters. Accounts are matched by name (and CRM ids); the export's own ids are ids of the
 * instance that wrote it, so only a touchpoint's id is kept (it makes a re-import a no-op).
 */
import { f, type HeaderTable, signal } from './header-table.ts';

export const RAPPORT_ACCOUNT: HeaderTable = {
  system: 'rapport',
  object: 'account',
  fileName: /accounts/i,
  required: [['name']],
  fields: {
    id: signal('id'),
    name: f('name'),
    tier: f('tier'),
    sizeBand: f('sizeBand'),
    region: f('region'),
    industry: f('industry'),
    employees: f('employees'),
    lifecycleStage: f('lifecycleStage'),
    arr: f('arr'),
    renewalDate: f('renewalDate'),
    ownerEmail: f('ownerEmail'),
    salesforceId: f('salesforceId'),
    hubspotId: f('hubspotId'),
  },
};

export const RAPPORT_CONTACT: HeaderTable = {
  system: 'rapport',
  object: 'contact',
  fileName: /stakeholders/i,
  required: [['firstName', 'lastName', 'email'], ['accountName']],
  fields: {
    externalId: f('id'),
    accountId: signal('accountId'),
    accountName: f('accountName'),
    firstName: f('firstName'),
    lastName: f('lastName'),
    email: f('email'),
    title: f('title'),
    phone: f('phone'),
    roles: f('personas'),
    keyToSuccess: f('keyToSuccess'),
    assessedSentiment: f('assessedSentiment'),
    // Measured sentiment comes from the stakeholder's own answers in the instance that wrote the file.
    measuredSentiment: signal('measuredSentiment'),
    relationshipStrength: f('relationshipStrength'),
    personalRapport: f('personalRapport'),
    status: f('status'),
    leftAt: f('leftAt'),
  },
};

export const RAPPORT_TOUCHPOINT: HeaderTable = {
  system: 'rapport',
  object: 'touchpoint',
  fileName: /touchpoints/i,
  required: [['occurredAt'], ['activityType'], ['accountName']],
  fields: {
    externalId: f('id'),
    accountId: signal('accountId'),
    accountName: f('accountName'),
    activityType: f('kind'),
    occurredAt: f('occurredAt'),
    subject: f('summary'),
    participantEmails: f('participantEmails'),
    participantStakeholderIds: signal('participantStakeholderIds'),
    internalParticipantEmails: signal('internalParticipantEmails'),
  },
};

export const RAPPORT_TABLES: readonly HeaderTable[] = [RAPPORT_ACCOUNT, RAPPORT_CONTACT, RAPPORT_TOUCHPOINT];
