/** Words for the import report: detected formats, entities, file sizes. */
import type { ImportEntity, ImportFileFormat } from './imports-api.ts';

const SYSTEM_LABELS: Record<ImportFileFormat['system'], string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  generic: 'Generic CSV',
  rapport: 'Rapport export',
  sobject_tree: 'Salesforce sObject tree',
};

const SALESFORCE_OBJECTS: Record<string, string> = {
  account: 'Account',
  contact: 'Contact',
  account_contact_relation: 'AccountContactRelation',
  opportunity_contact_role: 'OpportunityContactRole',
  task: 'Task',
  event: 'Event',
  opportunity: 'Opportunity',
  user: 'User',
  accounts_contacts_report: 'Accounts & contacts report',
  tree_plan: 'Plan',
};

/** Field names as people say them; anything else is spelled out from its camelCase name. */
const FIELD_LABELS: Record<string, string> = {
  externalId: 'Id in the source',
  accountExternalId: 'Account id',
  accountName: 'Account name',
  activityType: 'Kind of activity',
  occurredAt: 'Date and time',
  subject: 'Summary',
  description: 'Notes',
  participantEmails: 'Participants (e-mails)',
  participantIds: 'Participants (ids)',
  ownerEmail: 'Owner e-mail',
  ownerExternalId: 'Owner id',
  ownerName: 'Owner name',
  arr: 'ARR',
  crmType: 'CRM type',
  roles: 'Roles / personas',
  whoId: 'Contact (WhoId)',
  whatId: 'Related to (WhatId)',
  email: 'E-mail',
  salesforceId: 'Salesforce id',
  hubspotId: 'HubSpot id',
};

export function fieldLabel(field: string): string {
  if (FIELD_LABELS[field]) return FIELD_LABELS[field];
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const OTHER_OBJECTS: Record<string, string> = {
  account: 'Accounts',
  company: 'Companies',
  contact: 'Contacts',
  engagement: 'Activities',
  deal: 'Deals',
  touchpoint: 'Touchpoints',
  usage_metric: 'Usage metrics',
  tree_plan: 'Plan',
};

/** "Salesforce · Contact · API headers", "HubSpot · Companies", "Generic CSV · Touchpoints". */
export function formatLabel(format: ImportFileFormat | null): string {
  if (!format) return 'Not recognised';
  const names = format.system === 'salesforce' || format.system === 'sobject_tree' ? SALESFORCE_OBJECTS : OTHER_OBJECTS;
  const parts = [SYSTEM_LABELS[format.system]];
  if (format.object === 'unknown') parts.push('columns not recognised');
  else parts.push(names[format.object] ?? format.object.replace(/_/g, ' '));
  if (format.system === 'salesforce') parts.push(format.headerStyle === 'api' ? 'API headers' : 'label headers');
  return parts.join(' · ');
}

export const ENTITY_LABELS: Record<ImportEntity, string> = {
  accounts: 'Accounts',
  people: 'People',
  stakeholders: 'Stakeholders',
  touchpoints: 'Touchpoints',
  renewals: 'Renewals',
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
