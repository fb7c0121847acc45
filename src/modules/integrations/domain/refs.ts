/**
 * Turning id and name cells into references: Salesforce ids (15-character ids become the 18-character
 * form so report and Data Loader exports agree), HubSpot ids, batch-local `@AccountRefN` references
 * resolved against the parent file, and owners. A reference that points nowhere is an error, never
 * an orphan.
 */
import type { CellReader } from './cells.ts';
import type { ConvertContext } from './convert-context.ts';
import type { AccountRef, ContactRef, ExternalId, UserRef } from './records.ts';
import { parseEmail, splitMultiValue } from './values.ts';

const SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Salesforce ids: 15-character (case-sensitive) ids get their checksum suffix; 18-character ids pass through. */
export function toSalesforceId18(id: string): string | undefined {
  if (/^[a-zA-Z0-9]{18}$/.test(id)) return id;
  if (!/^[a-zA-Z0-9]{15}$/.test(id)) return undefined;
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id[block * 5 + i])) bits |= 1 << i;
    suffix += SUFFIX[bits];
  }
  return id + suffix;
}

/** The object a Salesforce id belongs to, by its key prefix. */
export function salesforceObjectOf(id: string): 'account' | 'contact' | 'lead' | 'user' | 'opportunity' | 'other' {
  const prefixes: Record<string, 'account' | 'contact' | 'lead' | 'user' | 'opportunity'> = {
    '001': 'account',
    '003': 'contact',
    '00Q': 'lead',
    '005': 'user',
    '006': 'opportunity',
  };
  return prefixes[id.slice(0, 3)] ?? 'other';
}

/** An id cell as an ExternalId; `@Ref` cells are references, not ids, and are handled by the caller. */
export function externalIdOf(cells: CellReader, field: string, ctx: ConvertContext): ExternalId | undefined {
  const value = cells.text(field);
  if (value === undefined || value.startsWith('@')) return undefined;
  if (ctx.system !== 'salesforce') return { system: ctx.system, id: value };
  const id = toSalesforceId18(value);
  if (!id) cells.error(field, 'not a Salesforce id (15 or 18 letters and digits)');
  return id ? { system: 'salesforce', id } : undefined;
}

function resolveAccountReference(cells: CellReader, field: string, value: string, ctx: ConvertContext): AccountRef | undefined {
  const referenceId = value.slice(1);
  const references = ctx.options.references;
  if (!references) {
    cells.error(field, `${value} is a reference into another file of the same import: import it together with its accounts`);
    return undefined;
  }
  const target = references.get(referenceId);
  if (target?.sobject !== 'Account') {
    cells.error(field, `${value} matches no account in this import`);
    return undefined;
  }
  return { by: 'reference', referenceId, name: target.name };
}

/**
 * The accounts a row belongs to: by id (several ids → several accounts, as HubSpot associations
 * allow), else by name. Salesforce ids of opportunities mean "the account of that opportunity".
 */
export function accountRefsOf(
  cells: CellReader,
  ctx: ConvertContext,
  idField = 'accountExternalId',
  nameField = 'accountName',
): AccountRef[] {
  const idCell = cells.text(idField);
  if (idCell?.startsWith('@')) {
    const ref = resolveAccountReference(cells, idField, idCell, ctx);
    return ref ? [ref] : [];
  }
  const ids = ctx.system === 'hubspot' ? splitMultiValue(idCell) : idCell ? [idCell] : [];
  if (ids.length > 0) {
    const refs: AccountRef[] = [];
    for (const raw of ids) {
      const id = ctx.system === 'salesforce' ? toSalesforceId18(raw) : raw;
      if (!id) cells.error(idField, 'not a Salesforce id (15 or 18 letters and digits)');
      else if (ctx.system === 'salesforce' && salesforceObjectOf(id) === 'opportunity') {
        refs.push({ by: 'opportunity', externalId: { system: 'salesforce', id } });
      } else refs.push({ by: 'external_id', externalId: { system: ctx.system, id } });
    }
    return refs;
  }
  const names = ctx.system === 'hubspot' ? splitMultiValue(cells.text(nameField)) : [cells.text(nameField)].filter((n) => n !== undefined);
  if (names.length > 0) return names.map((name) => ({ by: 'name', name }));
  cells.error(cells.has(idField) ? idField : nameField, 'the account is required: a record without an account would be an orphan');
  return [];
}

/** Owner by id, e-mail or name. A HubSpot owner cell may hold either an e-mail or a name. */
export function ownerOf(cells: CellReader, ctx: ConvertContext): UserRef | undefined {
  const externalId = externalIdOf(cells, 'ownerExternalId', ctx);
  const email = cells.text('ownerEmail');
  const name = cells.text('ownerName');
  const owner: UserRef = {};
  if (externalId) owner.externalId = externalId;
  if (email) {
    const parsed = parseEmail(email);
    if (parsed.ok) owner.email = parsed.value;
    else cells.error('ownerEmail', parsed.reason);
  }
  if (name) {
    if (parseEmail(name).ok) owner.email ??= name;
    else owner.name = name;
  }
  return Object.keys(owner).length > 0 ? owner : undefined;
}

/** `Jane Doe (jane@x.com)`, `<jane@x.com>` or a bare address → the address. */
export function emailIn(text: string): string | undefined {
  const match = text.match(/[^\s<>()@;,]+@[^\s<>()@;,]+\.[^\s<>()@;,]+/);
  return match?.[0];
}

/** A contact id cell (ContactId, WhoId): a Salesforce contact id or a `@ContactRefN` reference. */
export function contactRefOf(cells: CellReader, field: string, ctx: ConvertContext): ContactRef | undefined {
  const value = cells.text(field);
  if (value === undefined) return undefined;
  if (value.startsWith('@')) {
    const target = ctx.options.references?.get(value.slice(1));
    if (target?.sobject === 'Contact') {
      const { firstName, lastName, email } = target;
      return { by: 'reference', referenceId: value.slice(1), firstName, lastName, ...(email ? { email } : {}) };
    }
    cells.error(
      field,
      ctx.options.references
        ? `${value} matches no contact in this import`
        : `${value} is a reference into another file of the same import: import it together with its contacts`,
    );
    return undefined;
  }
  const id = externalIdOf(cells, field, ctx);
  if (!id) return undefined;
  if (ctx.system === 'salesforce' && salesforceObjectOf(id.id) !== 'contact') {
    cells.warn(field, `${salesforceObjectOf(id.id)} ${value} is not a contact: not linked`);
    return undefined;
  }
  return { by: 'external_id', externalId: id };
}
