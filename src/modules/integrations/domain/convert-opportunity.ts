/**
 * One Salesforce Opportunity or HubSpot deal → RenewalRecord. Which opportunities are renewals is
 * the export's Type ("Renewal", HubSpot "existingbusiness"); without a type column `isRenewal` is
 * null and the upsert decides. Status comes from IsClosed/IsWon when exported, else from the stage
 * name only for stages whose meaning is standard.
 */
import type { CellReader } from './cells.ts';
import { checkDuplicate, compact, sampleReferenceId } from './convert-account.ts';
import type { ConvertContext } from './convert-context.ts';
import { parseDate } from './dates.ts';
import { normalizeWords } from './normalize.ts';
import type { RenewalRecord } from './records.ts';
import { accountRefsOf, externalIdOf, ownerOf } from './refs.ts';
import { parseBoolean, parseNumber } from './values.ts';

// Salesforce's default open stages and HubSpot's default sales pipeline stages (internal values and labels).
const OPEN_STAGES = new Set(
  [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review',
    'appointmentscheduled',
    'Appointment scheduled',
    'qualifiedtobuy',
    'Qualified to buy',
    'presentationscheduled',
    'Presentation scheduled',
    'decisionmakerboughtin',
    'Decision maker bought-in',
    'contractsent',
    'Contract sent',
  ].map(normalizeWords),
);

export function stageStatus(stage: string): RenewalRecord['status'] {
  const words = normalizeWords(stage).replace(/\s/g, '');
  if (words === 'closedwon') return 'won';
  if (words === 'closedlost') return 'lost';
  return OPEN_STAGES.has(normalizeWords(stage)) ? 'open' : undefined;
}

function statusOf(cells: CellReader, stage: string | undefined): RenewalRecord['status'] {
  const isClosed = cells.parse('isClosed', parseBoolean);
  const isWon = cells.parse('isWon', parseBoolean);
  if (isClosed === false) return 'open';
  if (isClosed === true && isWon !== undefined) return isWon ? 'won' : 'lost';
  return stage ? stageStatus(stage) : undefined;
}

function isRenewalType(type: string | undefined): boolean | null {
  if (type === undefined) return null;
  const words = normalizeWords(type);
  return words.includes('renewal') || words === 'existingbusiness' || words === 'existing business';
}

export function convertOpportunity(cells: CellReader, ctx: ConvertContext): RenewalRecord[] {
  const externalId = externalIdOf(cells, 'externalId', ctx);
  const closeDate = cells.parseRequired('closeDate', 'the close date', (v) => parseDate(v, ctx.dateFormat));
  const stage = cells.required('stage', 'the stage');
  const amount = cells.parse('amount', (v) => parseNumber(v, { decimalSeparator: ctx.options.decimalSeparator }));
  const opportunityType = cells.optional('opportunityType');
  const accountRefs = accountRefsOf(cells, ctx);
  if (externalId) checkDuplicate(cells, ctx, 'externalId', `renewal:${externalId.system}:${externalId.id}`, 'opportunity');
  if (accountRefs.length > 1) cells.warn('accountExternalId', 'associated with several accounts: recorded on the first');
  if (!closeDate || !stage) return [];
  return accountRefs.slice(0, 1).map((accountRef) =>
    compact<RenewalRecord>({
      type: 'renewal',
      externalId,
      referenceId: sampleReferenceId(cells, ctx, 'Opportunity'),
      accountRef,
      name: cells.text('name'),
      closeDate,
      stage,
      status: statusOf(cells, stage),
      amount,
      opportunityType,
      isRenewal: isRenewalType(opportunityType),
      owner: ownerOf(cells, ctx),
    }),
  );
}
