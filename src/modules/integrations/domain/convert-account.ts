/** One account row (Salesforce Account, HubSpot company, generic account) → AccountRecord. */
import type { CellReader } from './cells.ts';
import type { ConvertContext } from './convert-context.ts';
import { parseDate } from './dates.ts';
import type { AccountRecord } from './records.ts';
import { externalIdOf, ownerOf } from './refs.ts';
import { parseCount, parseNumber } from './values.ts';
import { parseLifecycleStage, parseRegion, parseSizeBand, parseTier, regionForCountry } from './vocabulary-values.ts';

/** Drops undefined optional fields so a record lists only what the file said. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** Remembers a key; a second row with the same key is an error naming the first. */
export function checkDuplicate(cells: CellReader, ctx: ConvertContext, field: string, key: string, what: string): void {
  const first = ctx.state.seen.get(key);
  if (first !== undefined) cells.error(field, `duplicate ${what}: row ${first} has the same ${field === 'name' ? 'name' : 'key'}`);
  else ctx.state.pending.push(() => ctx.state.seen.set(key, cells.row));
}

/** Salesforce sample CSVs carry no ids: their N-th data row is `<SObject>RefN`, as in the same data's sObject tree. */
export function sampleReferenceId(cells: CellReader, ctx: ConvertContext, sobject: string): string | undefined {
  return ctx.system === 'salesforce' && !cells.has('externalId') ? `${sobject}Ref${ctx.ordinal}` : undefined;
}

export function regionOf(cells: CellReader, country: string | undefined) {
  const stated = cells.parse('region', parseRegion);
  if (stated || !country) return stated;
  const derived = regionForCountry(country);
  if (!derived) cells.warn('country', 'no region is known for this country: region left empty');
  return derived;
}

export function convertAccount(cells: CellReader, ctx: ConvertContext): AccountRecord[] {
  const numbers = { decimalSeparator: ctx.options.decimalSeparator };
  const externalId = externalIdOf(cells, 'externalId', ctx);
  const name = cells.required('name', 'the account name');
  const country = cells.optional('country');
  const record = compact<AccountRecord>({
    type: 'account',
    externalId,
    referenceId: sampleReferenceId(cells, ctx, 'Account'),
    name: name ?? '',
    crmType: cells.optional('crmType'),
    tier: cells.parse('tier', parseTier),
    sizeBand: cells.parse('sizeBand', parseSizeBand),
    region: regionOf(cells, country),
    country,
    industry: cells.optional('industry'),
    employees: cells.parse('employees', (v) => parseCount(v, numbers)),
    annualRevenue: cells.parse('annualRevenue', (v) => parseNumber(v, numbers)),
    arr: cells.parse('arr', (v) => parseNumber(v, numbers)),
    renewalDate: cells.parse('renewalDate', (v) => parseDate(v, ctx.dateFormat)),
    lifecycleStage: cells.parse('lifecycleStage', parseLifecycleStage),
    owner: ownerOf(cells, ctx),
    website: cells.optional('website') ?? cells.optional('domain'),
    phone: cells.optional('phone'),
    // Kept as written: these columns come from Rapport, which stores ids as the CRM gave them.
    salesforceId: cells.text('salesforceId'),
    hubspotId: cells.text('hubspotId'),
  });
  if (name !== undefined) {
    const key = externalId ? `account:${externalId.system}:${externalId.id}` : `account:name:${name.toLowerCase()}`;
    checkDuplicate(cells, ctx, externalId ? 'externalId' : 'name', key, 'account');
  }
  return [record];
}
