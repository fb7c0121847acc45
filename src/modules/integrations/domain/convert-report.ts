/**
 * A Salesforce accounts-with-contacts report export: one row per contact, account cells repeated,
 * and a ragged row (account cells only) for an account without contacts. No ids, so records are
 * keyed by natural keys: the account by name, the contact by e-mail, else by name within the
 * account. Each account is emitted once, at its first row; a later row that describes the same
 * account differently is an error naming both rows.
 */
import type { CellReader } from './cells.ts';
import { checkDuplicate, compact, regionOf } from './convert-account.ts';
import type { ConvertContext } from './convert-context.ts';
import type { AccountRecord, ImportRecord, StakeholderRecord } from './records.ts';
import { parseCount, parseEmail } from './values.ts';

const ACCOUNT_FIELDS = ['accountType', 'accountPhone', 'accountIndustry', 'accountEmployees', 'accountCountry', 'accountOwner'];
const CONTACT_FIELDS = ['firstName', 'lastName', 'email', 'title', 'phone'];

function account(cells: CellReader, ctx: ConvertContext, name: string): AccountRecord | undefined {
  const key = name.toLowerCase();
  const signature = ACCOUNT_FIELDS.map((f) => cells.text(f) ?? '').join('\u0000');
  const first = ctx.state.reportAccounts.get(key);
  if (first) {
    if (first.signature !== signature) cells.error('accountName', `row ${first.row} describes account "${name}" with different values`);
    return undefined;
  }
  ctx.state.pending.push(() => ctx.state.reportAccounts.set(key, { row: cells.row, signature }));
  const country = cells.optional('accountCountry');
  const ownerName = cells.text('accountOwner');
  return compact<AccountRecord>({
    type: 'account',
    name,
    crmType: cells.optional('accountType'),
    phone: cells.optional('accountPhone'),
    industry: cells.optional('accountIndustry'),
    employees: cells.parse('accountEmployees', (v) => parseCount(v, { decimalSeparator: ctx.options.decimalSeparator })),
    country,
    region: regionOf(cells, country),
    owner: ownerName === undefined ? undefined : parseEmail(ownerName).ok ? { email: ownerName } : { name: ownerName },
  });
}

export function convertReportRow(cells: CellReader, ctx: ConvertContext): ImportRecord[] {
  const name = cells.required('accountName', 'the account name');
  if (name === undefined) return [];
  const records: ImportRecord[] = [];
  const accountRecord = account(cells, ctx, name);
  if (accountRecord) records.push(accountRecord);
  if (!CONTACT_FIELDS.some((f) => cells.text(f) !== undefined)) return records;

  const firstName = cells.text('firstName') ?? '';
  const lastName = cells.text('lastName') ?? '';
  const email = cells.parse('email', parseEmail);
  if (!firstName && !lastName && !cells.text('email')) cells.error('lastName', 'a contact needs a name or an e-mail address');
  else {
    const person = email ? email.toLowerCase() : `${firstName} ${lastName}`.toLowerCase();
    checkDuplicate(cells, ctx, email ? 'email' : 'lastName', `contact:name:${name.toLowerCase()}:${person}`, 'contact in this account');
  }
  const contact: StakeholderRecord = compact<StakeholderRecord>({
    type: 'stakeholder',
    accountRef: { by: 'name', name },
    firstName,
    lastName,
    email,
    title: cells.optional('title'),
    phone: cells.optional('phone'),
    personas: [],
    personaSource: 'none',
    roles: [],
  });
  records.push(contact);
  return records;
}
