/**
 * Activity files can hold millions of rows, so touchpoints never sit in memory as a whole: rows are
 * converted as they stream and written in batches with a few set-based statements each, inside the
 * import's transaction. A touchpoint without an id in its file gets a key derived from its account,
 * time, kind and summary, so the unique external-id index makes re-imports no-ops either way.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query.ts';
import { type AccountRef, accountRefKey, type ContactRef, contactRefKey, type RowIssue, type TouchpointRecord } from './domain/index.ts';

export type TouchpointBatchItem = { record: TouchpointRecord; file: string; row: number };
export type BatchCounts = { created: number; unchanged: number };
export const TOUCHPOINT_BATCH = 5_000;

const param = (values: unknown[]) => sql.param(values);

export type Caches = { accountIds: Map<string, string>; personIds: Map<string, string> };

export async function resolveAccounts(db: Db, refs: AccountRef[], caches: Caches) {
  const missing = refs.filter((r) => !caches.accountIds.has(accountRefKey(r)));
  const names = [
    ...new Set(
      missing.filter((r) => r.by === 'name' || r.by === 'reference').map((r) => (r as { name: string }).name.trim().toLowerCase()),
    ),
  ];
  const sf = [
    ...new Set(missing.flatMap((r) => (r.by === 'external_id' && r.externalId.system === 'salesforce' ? [r.externalId.id] : []))),
  ];
  const hs = [...new Set(missing.flatMap((r) => (r.by === 'external_id' && r.externalId.system === 'hubspot' ? [r.externalId.id] : [])))];
  if (names.length + sf.length + hs.length === 0) return;
  const rows = await queryRows<{ id: string; name: string; salesforceId: string | null; hubspotId: string | null }>(
    db,
    sql`select id, name, salesforce_id as "salesforceId", hubspot_id as "hubspotId" from accounts
        where lower(name) = any(${param(names)}::text[]) or salesforce_id = any(${param(sf)}::text[]) or hubspot_id = any(${param(hs)}::text[])`,
  );
  for (const row of rows) {
    caches.accountIds.set(`account-name:${row.name.trim().toLowerCase()}`, row.id);
    if (row.salesforceId) caches.accountIds.set(`account:salesforce:${row.salesforceId}`, row.id);
    if (row.hubspotId) caches.accountIds.set(`account:hubspot:${row.hubspotId}`, row.id);
  }
}

export async function resolvePeople(db: Db, refs: ContactRef[], caches: Caches) {
  const missing = refs.filter((r) => !caches.personIds.has(contactRefKey(r)));
  const emails = [
    ...new Set(
      missing.flatMap((r) => (r.by === 'email' ? [r.email.toLowerCase()] : r.by === 'reference' && r.email ? [r.email.toLowerCase()] : [])),
    ),
  ];
  const sf = [
    ...new Set(missing.flatMap((r) => (r.by === 'external_id' && r.externalId.system === 'salesforce' ? [r.externalId.id] : []))),
  ];
  const hs = [...new Set(missing.flatMap((r) => (r.by === 'external_id' && r.externalId.system === 'hubspot' ? [r.externalId.id] : [])))];
  if (emails.length + sf.length + hs.length === 0) return;
  const rows = await queryRows<{ id: string; email: string | null; salesforceId: string | null; hubspotId: string | null }>(
    db,
    sql`select id, email, salesforce_id as "salesforceId", hubspot_id as "hubspotId" from people
        where lower(email) = any(${param(emails)}::text[]) or salesforce_id = any(${param(sf)}::text[]) or hubspot_id = any(${param(hs)}::text[])`,
  );
  for (const row of rows) {
    if (row.email) caches.personIds.set(`contact-email:${row.email.toLowerCase()}`, row.id);
    if (row.salesforceId) caches.personIds.set(`contact:salesforce:${row.salesforceId}`, row.id);
    if (row.hubspotId) caches.personIds.set(`contact:hubspot:${row.hubspotId}`, row.id);
  }
}

const refLabel = (ref: AccountRef) => (ref.by === 'external_id' || ref.by === 'opportunity' ? ref.externalId.id : ref.name);

/** Writes one batch; returns counts and the rows whose account could not be found. */
export async function writeTouchpointBatch(
  db: Db,
  batch: TouchpointBatchItem[],
  caches: Caches,
): Promise<BatchCounts & { errors: RowIssue[]; unlinked: number }> {
  const errors: RowIssue[] = [];
  await resolveAccounts(
    db,
    batch.map((b) => b.record.accountRef),
    caches,
  );
  await resolvePeople(
    db,
    batch.flatMap((b) => b.record.participantRefs),
    caches,
  );
  const rows: { accountId: string; externalId: string; item: TouchpointBatchItem }[] = [];
  for (const item of batch) {
    const accountId = caches.accountIds.get(accountRefKey(item.record.accountRef));
    if (!accountId) {
      errors.push({
        file: item.file,
        row: item.row,
        column: 'account',
        value: refLabel(item.record.accountRef),
        reason: 'the activity’s account is neither in this import nor in Rapport',
      });
      continue;
    }
    const t = item.record;
    const externalId = t.externalId
      ? `${t.externalId.system}:${t.externalId.id}`
      : `natural:${createHash('sha1').update(`${accountId}|${t.occurredAt}|${t.kind}|${t.summary}`).digest('hex')}`;
    rows.push({ accountId, externalId, item });
  }
  if (rows.length === 0) return { created: 0, unchanged: 0, errors, unlinked: 0 };
  const inserted = await queryRows<{ id: string; externalId: string }>(
    db,
    sql`insert into touchpoints (account_id, kind, occurred_at, summary, external_id)
        select * from unnest(${param(rows.map((r) => r.accountId))}::uuid[], ${param(rows.map((r) => r.item.record.kind))}::text[],
          ${param(rows.map((r) => r.item.record.occurredAt))}::timestamptz[], ${param(rows.map((r) => r.item.record.summary))}::text[],
          ${param(rows.map((r) => r.externalId))}::text[])
        on conflict (external_id) do nothing returning id, external_id as "externalId"`,
  );
  // A touchpoint is written from its first row in the batch; its participants come from that same row.
  const byExternal = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!byExternal.has(r.externalId)) byExternal.set(r.externalId, r);
  const links: { touchpointId: string; accountId: string; personId: string }[] = [];
  let unlinked = 0;
  for (const { id, externalId } of inserted) {
    const row = byExternal.get(externalId);
    if (!row) continue;
    for (const ref of row.item.record.participantRefs) {
      const personId = caches.personIds.get(contactRefKey(ref));
      if (personId) links.push({ touchpointId: id, accountId: row.accountId, personId });
      else unlinked++;
    }
  }
  if (links.length > 0) {
    // Participants are linked as the account's stakeholders; a person who is not one is left out.
    await db.execute(sql`insert into touchpoint_stakeholders (touchpoint_id, stakeholder_id)
      select l.t, s.id from unnest(${param(links.map((l) => l.touchpointId))}::uuid[], ${param(links.map((l) => l.accountId))}::uuid[],
        ${param(links.map((l) => l.personId))}::uuid[]) as l(t, a, p)
      join stakeholders s on s.account_id = l.a and s.person_id = l.p
      on conflict do nothing`);
  }
  return { created: inserted.length, unchanged: rows.length - inserted.length, errors, unlinked };
}
