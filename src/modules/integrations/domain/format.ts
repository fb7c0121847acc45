/**
 * What an export is: which system wrote it, which object it holds, and whether its headers are API
 * names (`NumberOfEmployees`) or labels (`Account: Account Name`). Produced by detectFormat or stated
 * by the user (`--kind`), and the key into the header tables.
 */
export const IMPORT_SYSTEMS = ['salesforce', 'hubspot', 'generic', 'rapport', 'sobject_tree'] as const;
export type ImportSystem = (typeof IMPORT_SYSTEMS)[number];

export const IMPORT_OBJECTS = [
  'account',
  'contact',
  'account_contact_relation',
  'opportunity_contact_role',
  'task',
  'event',
  'opportunity',
  'user',
  'accounts_contacts_report',
  'company',
  'engagement',
  'deal',
  'touchpoint',
  'usage_metric',
  'tree_plan',
  'unknown',
] as const;
export type ImportObject = (typeof IMPORT_OBJECTS)[number];

export type HeaderStyle = 'api' | 'label';

export type ImportFormat = { system: ImportSystem; object: ImportObject; headerStyle: HeaderStyle };

export type Confidence = 'high' | 'medium' | 'low';

export type DetectedFormat = ImportFormat & { confidence: Confidence; reasons: string[] };
