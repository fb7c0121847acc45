/**
 * One contact row (Salesforce Contact, HubSpot contact, generic stakeholder) → StakeholderRecord,
 * one per account the contact belongs to. Personas come only from CRM roles (Buying Role, a roles
 * column); a job title is left to the persona suggestion the user confirms, never applied here.
 */
import type { Persona } from '../../../domain/personas.ts';
import type { CellReader } from './cells.ts';
import { mapContactRoles } from './contact-roles.ts';
import { checkDuplicate, compact, sampleReferenceId } from './convert-account.ts';
import type { ConvertContext } from './convert-context.ts';
import { parseDate } from './dates.ts';
import type { AccountRef, PersonaSource, StakeholderRecord } from './records.ts';
import { accountRefsOf, externalIdOf } from './refs.ts';
import { parseCount, parseEmail, parseNumber, splitMultiValue } from './values.ts';
import { parseKeyToSuccess, parseSentiment, parseStakeholderStatus } from './vocabulary-values.ts';

// Relationship strength and personal rapport are scores from 1 to 5.
const parseScore = (raw: string) => {
  const n = parseCount(raw);
  return n.ok && (n.value < 1 || n.value > 5) ? { ok: false as const, reason: `"${raw}" is not a score from 1 to 5` } : n;
};

export type RolePersonas = { roles: string[]; personas: Persona[]; personaSource: PersonaSource };

/** Roles cell → personas; unknown roles are errors (or warnings when the user chose so). */
export function rolePersonas(cells: CellReader, ctx: ConvertContext, field = 'roles'): RolePersonas {
  const roles = splitMultiValue(cells.text(field));
  const { personas, unknown } = mapContactRoles(roles, ctx.options.roleMapping);
  for (const role of unknown) {
    const reason = `role "${role}" has no persona mapping: add it to the role mapping (as a persona, or as none)`;
    if (ctx.options.unknownRoles === 'warning') cells.warn(field, reason, role);
    else cells.error(field, reason, role);
  }
  return { roles, personas, personaSource: personas.length > 0 ? 'crm_role' : 'none' };
}

// HubSpot's Persona property is marketing's own list ("persona_1"): used when it names a persona, else noted.
function hubspotPersonas(cells: CellReader, ctx: ConvertContext): Persona[] {
  const values = splitMultiValue(cells.text('persona'));
  const { personas, unknown } = mapContactRoles(values, ctx.options.roleMapping);
  for (const value of unknown) cells.warn('persona', `HubSpot persona "${value}" names no Rapport persona: ignored`, value);
  return personas;
}

function lastNps(cells: CellReader, ctx: ConvertContext): StakeholderRecord['lastNps'] {
  const score = cells.parse('npsScore', (v) => parseNumber(v));
  if (score === undefined) return undefined;
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    cells.error('npsScore', 'an NPS rating is a whole number from 0 to 10');
    return undefined;
  }
  return compact({ score, comment: cells.text('npsComment'), date: cells.parse('npsDate', (v) => parseDate(v, ctx.dateFormat)) });
}

/** A stable text key for an account reference, for duplicate detection within one file. */
export function accountKey(ref: AccountRef): string {
  if (ref.by === 'external_id' || ref.by === 'opportunity') return `${ref.by}:${ref.externalId.system}:${ref.externalId.id}`;
  return `name:${ref.name.toLowerCase()}`;
}

export function convertContact(cells: CellReader, ctx: ConvertContext): StakeholderRecord[] {
  const externalId = externalIdOf(cells, 'externalId', ctx);
  const firstName = cells.text('firstName') ?? '';
  const lastName = cells.text('lastName') ?? '';
  const email = cells.parse('email', parseEmail);
  if (!firstName && !lastName && !cells.text('email')) cells.error('lastName', 'a contact needs a name or an e-mail address');
  const accountRefs = accountRefsOf(cells, ctx);
  const { roles, personas, personaSource } = rolePersonas(cells, ctx);
  const extra = ctx.system === 'hubspot' ? hubspotPersonas(cells, ctx) : [];
  const allPersonas = [...new Set([...personas, ...extra])];
  const nps = lastNps(cells, ctx);
  if (externalId) checkDuplicate(cells, ctx, 'externalId', `contact:${externalId.system}:${externalId.id}`, 'contact');
  else if (accountRefs.length > 0 && (email || lastName || firstName)) {
    // Without ids the natural key is e-mail, else name, within the account: a person may sit in two accounts.
    const person = email ? email.toLowerCase() : `${firstName} ${lastName}`.toLowerCase();
    checkDuplicate(cells, ctx, email ? 'email' : 'lastName', `contact:${accountKey(accountRefs[0])}:${person}`, 'contact in this account');
  }
  const judgements = {
    keyToSuccess: cells.parse('keyToSuccess', parseKeyToSuccess),
    assessedSentiment: cells.parse('assessedSentiment', parseSentiment),
    relationshipStrength: cells.parse('relationshipStrength', parseScore),
    personalRapport: cells.parse('personalRapport', parseScore),
    status: cells.parse('status', parseStakeholderStatus),
    leftAt: cells.parse('leftAt', (v) => parseDate(v, ctx.dateFormat)),
  };
  return accountRefs.map((accountRef) =>
    compact<StakeholderRecord>({
      type: 'stakeholder',
      externalId,
      referenceId: sampleReferenceId(cells, ctx, 'Contact'),
      accountRef,
      firstName,
      lastName,
      email,
      title: cells.optional('title'),
      phone: cells.optional('phone'),
      personas: allPersonas,
      personaSource: allPersonas.length > 0 ? 'crm_role' : personaSource,
      roles,
      lastNps: nps,
      ...judgements,
    }),
  );
}
