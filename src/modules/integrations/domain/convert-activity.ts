/**
 * One activity row (Salesforce Task or Event, HubSpot engagement, generic touchpoint) → TouchpointRecord.
 * Only what happened is a touchpoint: an open Salesforce task is planned work and a meeting after
 * `asOf` has not happened yet; both are skipped with the reason. Participants are contacts (WhoId,
 * HubSpot contact ids, e-mails); a lead is not a stakeholder and is noted, not linked.
 */
import type { TouchpointKind } from '../../../domain/vocabulary.ts';
import { mapActivityKind } from './activity-kinds.ts';
import type { CellReader } from './cells.ts';
import { compact } from './convert-account.ts';
import type { ConvertContext } from './convert-context.ts';
import { parseDateTime } from './dates.ts';
import type { ImportObject } from './format.ts';
import { normalizeWords } from './normalize.ts';
import type { AccountRef, ContactRef, TouchpointRecord } from './records.ts';
import { accountRefsOf, contactRefOf, emailIn, externalIdOf, ownerOf, salesforceObjectOf, toSalesforceId18 } from './refs.ts';
import { parseBoolean, splitMultiValue } from './values.ts';

export type Skip = { skip: string };

const CLOSED_STATUSES = new Set(['completed', 'complete', 'closed', 'done']);

function kindOf(cells: CellReader, ctx: ConvertContext, object: ImportObject): TouchpointKind | undefined {
  const raw = cells.text('activityType') ?? cells.text('subtype');
  if (raw === undefined) {
    if (ctx.options.activityKind) return ctx.options.activityKind;
    if (object === 'task') return 'note';
    if (object === 'event') return 'meeting';
    cells.error('activityType', 'the activity type is required (or state the kind for the whole file)');
    return undefined;
  }
  if (object === 'event' && normalizeWords(raw) === 'event') return 'meeting';
  return cells.parse(cells.text('activityType') ? 'activityType' : 'subtype', (v) => mapActivityKind(v, ctx.options.kindMapping));
}

function openTask(cells: CellReader): string | undefined {
  const isClosed = cells.parse('isClosed', parseBoolean);
  const status = cells.text('status');
  if (isClosed === false || (isClosed === undefined && status && !CLOSED_STATUSES.has(normalizeWords(status)))) {
    return `open task (status "${status ?? 'not closed'}") is planned work, not an interaction`;
  }
  return undefined;
}

function salesforceAccount(cells: CellReader, ctx: ConvertContext): AccountRef[] {
  if (cells.text('accountExternalId')) return accountRefsOf(cells, ctx);
  const what = cells.text('whatId');
  const id = what ? toSalesforceId18(what) : undefined;
  if (id && (salesforceObjectOf(id) === 'account' || salesforceObjectOf(id) === 'opportunity')) return accountRefsOf(cells, ctx, 'whatId');
  cells.error(what ? 'whatId' : 'accountExternalId', 'the activity is related to no account or opportunity: it would be an orphan');
  return [];
}

function participantsOf(cells: CellReader, ctx: ConvertContext): ContactRef[] {
  const refs: ContactRef[] = [];
  const who = contactRefOf(cells, 'whoId', ctx);
  if (who) refs.push(who);
  for (const id of splitMultiValue(cells.text('participantIds'))) refs.push({ by: 'external_id', externalId: { system: ctx.system, id } });
  for (const entry of splitMultiValue(cells.text('participantEmails'))) {
    const email = emailIn(entry);
    if (email) refs.push({ by: 'email', email });
    else cells.warn('participantEmails', 'participant without an e-mail address: not linked', entry);
  }
  return refs;
}

export function convertActivity(cells: CellReader, ctx: ConvertContext, object: ImportObject): TouchpointRecord[] | Skip {
  if (object === 'task') {
    const open = openTask(cells);
    if (open) return { skip: open };
  }
  const dateField = ['completedAt', 'startDateTime', 'occurredAt', 'activityDate'].find((f) => cells.text(f) !== undefined);
  const occurredAt = dateField ? cells.parse(dateField, (v) => parseDateTime(v, ctx.dateFormat)) : undefined;
  if (!dateField) cells.error(cells.has('occurredAt') ? 'occurredAt' : 'activityDate', 'the date of the activity is required');
  if (occurredAt && ctx.options.asOf && occurredAt > ctx.options.asOf)
    return { skip: `scheduled for ${occurredAt}, after ${ctx.options.asOf}: not yet an interaction` };
  const kind = kindOf(cells, ctx, object);
  const accountRefs = ctx.system === 'salesforce' ? salesforceAccount(cells, ctx) : accountRefsOf(cells, ctx);
  const participantRefs = participantsOf(cells, ctx);
  const subject = cells.text('subject');
  const description = cells.text('description');
  const summary = [subject, description].filter(Boolean).join('\n\n');
  if (!kind || !occurredAt) return [];
  if (accountRefs.length > 1) cells.warn('accountExternalId', 'associated with several accounts: recorded on the first');
  const externalId = externalIdOf(cells, 'externalId', ctx);
  return accountRefs.slice(0, 1).map((accountRef) =>
    compact<TouchpointRecord>({
      type: 'touchpoint',
      externalId,
      accountRef,
      kind,
      occurredAt,
      summary,
      participantRefs,
      owner: ownerOf(cells, ctx),
    }),
  );
}
