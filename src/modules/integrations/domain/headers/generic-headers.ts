/**
 * Generic CSV header tables: obvious spellings map themselves; anything else comes from the user's
 * mapping (`--map field=Column`, saved per source). Field names are the ones `--map` accepts.
 */
import { f, type HeaderTable } from './header-table.ts';

const account = { accountExternalId: f('Account external ID', 'Account ID'), accountName: f('Account', 'Account name', 'Company') };

export const GENERIC_ACCOUNT: HeaderTable = {
  system: 'generic',
  object: 'account',
  required: [['name']],
  fields: {
    externalId: f('External ID', 'ID', 'CRM ID'),
    name: f('Name', 'Account', 'Account name', 'Company'),
    tier: f('Tier'),
    sizeBand: f('Size band', 'Size'),
    region: f('Region'),
    country: f('Country'),
    industry: f('Industry'),
    employees: f('Employees', 'Number of employees'),
    arr: f('ARR', 'Annual recurring revenue'),
    annualRevenue: f('Annual revenue', 'Revenue'),
    renewalDate: f('Renewal date', 'Renewal'),
    lifecycleStage: f('Lifecycle stage', 'Stage'),
    ownerEmail: f('Owner email', 'CSM email', 'Owner', 'CSM'),
    website: f('Website', 'Domain'),
    phone: f('Phone'),
    salesforceId: f('Salesforce ID'),
    hubspotId: f('HubSpot ID'),
  },
};

export const GENERIC_CONTACT: HeaderTable = {
  system: 'generic',
  object: 'contact',
  required: [
    ['firstName', 'lastName', 'email'],
    ['accountExternalId', 'accountName'],
  ],
  fields: {
    externalId: f('External ID', 'ID'),
    ...account,
    firstName: f('First name', 'Given name'),
    lastName: f('Last name', 'Surname', 'Family name'),
    email: f('Email', 'E-mail'),
    title: f('Title', 'Job title'),
    phone: f('Phone'),
    roles: f('Roles', 'Role', 'Personas', 'Persona'),
    keyToSuccess: f('Key to success'),
    assessedSentiment: f('Sentiment', 'Assessed sentiment'),
    relationshipStrength: f('Relationship strength'),
    personalRapport: f('Personal rapport'),
    status: f('Status'),
    leftAt: f('Left at', 'Left on'),
  },
};

export const GENERIC_TOUCHPOINT: HeaderTable = {
  system: 'generic',
  object: 'touchpoint',
  required: [['occurredAt'], ['activityType'], ['accountExternalId', 'accountName']],
  fields: {
    externalId: f('External ID', 'ID'),
    ...account,
    activityType: f('Kind', 'Type'),
    occurredAt: f('Occurred at', 'Date', 'When'),
    subject: f('Summary', 'Subject'),
    description: f('Notes', 'Description'),
    participantEmails: f('Participants', 'Participant emails', 'Attendees'),
    ownerEmail: f('Owner email', 'CSM email', 'Owner'),
  },
};

export const GENERIC_USAGE_METRIC: HeaderTable = {
  system: 'generic',
  object: 'usage_metric',
  required: [['accountExternalId', 'accountName'], ['metric'], ['date'], ['value']],
  fields: { ...account, metric: f('Metric', 'Measure'), date: f('Date', 'Day'), value: f('Value', 'Count') },
};

export const GENERIC_TABLES: readonly HeaderTable[] = [GENERIC_ACCOUNT, GENERIC_CONTACT, GENERIC_TOUCHPOINT, GENERIC_USAGE_METRIC];
