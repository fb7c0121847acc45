/**
 * Contact roles: Salesforce AccountContactRelation (Roles, multi-select; IsActive false = the person
 * left) and OpportunityContactRole (Role, IsPrimary; its account is the opportunity's, resolved by
 * the upsert through the opportunity file or the database).
 */
import type { CellReader } from './cells.ts';
import { compact } from './convert-account.ts';
import { rolePersonas } from './convert-contact.ts';
import type { ConvertContext } from './convert-context.ts';
import { parseDate } from './dates.ts';
import type { AccountRef, ContactRef, StakeholderRoleRecord } from './records.ts';
import { contactRefOf, externalIdOf } from './refs.ts';
import { parseBoolean } from './values.ts';

function contactOf(cells: CellReader, ctx: ConvertContext): ContactRef | undefined {
  if (cells.required('contactExternalId', 'the contact id') === undefined) return undefined;
  const errorsBefore = cells.errors.length;
  const ref = contactRefOf(cells, 'contactExternalId', ctx);
  if (!ref && cells.errors.length === errorsBefore) cells.error('contactExternalId', 'not a Salesforce contact id (003…)');
  return ref;
}

function relation(cells: CellReader, ctx: ConvertContext, accountRef: AccountRef | undefined, source: StakeholderRoleRecord['source']) {
  const contactRef = contactOf(cells, ctx);
  const personas = rolePersonas(cells, ctx);
  if (!contactRef || !accountRef) return [];
  return [
    { type: 'stakeholder_role' as const, externalId: externalIdOf(cells, 'externalId', ctx), source, contactRef, accountRef, ...personas },
  ];
}

export function convertAccountContactRelation(cells: CellReader, ctx: ConvertContext): StakeholderRoleRecord[] {
  cells.required('accountExternalId', 'the account id');
  const account = externalIdOf(cells, 'accountExternalId', ctx);
  const base = relation(cells, ctx, account && { by: 'external_id', externalId: account }, 'account_contact_relation');
  const isActive = cells.parse('isActive', parseBoolean);
  const endDate = cells.parse('endDate', (v) => parseDate(v, ctx.dateFormat));
  return base.map((r) => compact<StakeholderRoleRecord>({ ...r, isActive, endDate }));
}

export function convertOpportunityContactRole(cells: CellReader, ctx: ConvertContext): StakeholderRoleRecord[] {
  cells.required('opportunityExternalId', 'the opportunity id');
  const opportunity = externalIdOf(cells, 'opportunityExternalId', ctx);
  const base = relation(cells, ctx, opportunity && { by: 'opportunity', externalId: opportunity }, 'opportunity_contact_role');
  const isPrimary = cells.parse('isPrimary', parseBoolean);
  return base.map((r) => compact<StakeholderRoleRecord>({ ...r, isPrimary }));
}
