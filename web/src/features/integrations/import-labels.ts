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

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
