import type { Db } from '../../db/client.ts';
import type { Deps } from '../../deps.ts';
import type { Persona } from '../../domain/personas.ts';
import type { KeyToSuccess, Sentiment } from '../../domain/vocabulary.ts';
import { definedOnly } from '../../lib/clean.ts';
import { isoDate } from '../../lib/dates.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import { assertCanWriteAccount, getAccount } from '../accounts/index.ts';
import type { Actor } from '../auth/index.ts';
import { refreshAccountCoverage } from '../coverage/index.ts';
import { recordAudit } from '../system/index.ts';
import { historyEntries, type TrackedValues } from './domain/stakeholder-history.ts';
import { changePerson } from './people.service.ts';
import * as repo from './stakeholders.repository.ts';

type PersonInput = { firstName: string; lastName: string; email?: string | null; title?: string | null; phone?: string | null };
export type StakeholderInput = {
  accountId: string;
  personId?: string;
  person?: PersonInput;
  personas: Persona[];
  keyToSuccess: KeyToSuccess;
  assessedSentiment?: Sentiment | null;
  sentimentReason?: string;
  relationshipStrength?: number | null;
  personalRapport?: number | null;
};
export type StakeholderPatch = Partial<Omit<StakeholderInput, 'accountId' | 'personId' | 'person'>> & { person?: Partial<PersonInput> };

const unique = <T extends string>(xs: T[]) => [...new Set(xs)];

export async function listStakeholders(deps: Deps, accountId: string, status: 'active' | 'left' | 'all') {
  await getAccount(deps, accountId);
  return repo.listAccountStakeholders(deps.database.db, accountId, status);
}

export async function getStakeholder(deps: Deps, id: string) {
  const row = await repo.findStakeholder(deps.database.db, id);
  if (!row) throw notFound('Stakeholder', id);
  return row;
}

function sentimentFields(actor: Actor, sentiment: Sentiment | null | undefined, reason: string | undefined, at: string) {
  if (sentiment === undefined) return {};
  return { assessedSentiment: sentiment, assessedSentimentAt: at, assessedSentimentBy: actor.id, assessedSentimentReason: reason ?? null };
}

/** Adds a person to an account. A person already known by e-mail is reused, so one human can be a stakeholder in several accounts. */
export async function createStakeholder(deps: Deps, actor: Actor, input: StakeholderInput) {
  await assertCanWriteAccount(deps, actor, input.accountId);
  const now = deps.now().toISOString();
  const id = await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    let personId = input.personId;
    if (personId) {
      if (!(await repo.findPerson(db, personId))) throw invalid('personId', `no person with id ${personId}`);
    } else if (input.person) {
      const existing = input.person.email ? await repo.findPersonIdByEmail(db, input.person.email) : undefined;
      personId = existing ?? (await repo.insertPerson(db, definedOnly(input.person) as PersonInput));
    } else {
      throw invalid('person', 'give either personId (an existing person) or person (a new one)');
    }
    if (await repo.findStakeholderByAccountPerson(db, input.accountId, personId)) {
      throw new AppError('CONFLICT', 'This person is already a stakeholder in this account', [
        { field: 'personId', message: 'already a stakeholder in this account' },
      ]);
    }
    const personas = unique(input.personas);
    const values = {
      accountId: input.accountId,
      personId,
      personas,
      keyToSuccess: input.keyToSuccess,
      relationshipStrength: input.relationshipStrength ?? null,
      personalRapport: input.personalRapport ?? null,
      status: 'active' as const,
      ...sentimentFields(actor, input.assessedSentiment, input.sentimentReason, now),
    };
    const newId = await repo.insertStakeholder(db, values);
    const entries = historyEntries(null, { ...values, assessedSentiment: input.assessedSentiment });
    await repo.insertChanges(
      db,
      entries.map((e) => ({
        ...e,
        stakeholderId: newId,
        changedBy: actor.id,
        reason: e.field === 'assessedSentiment' ? (input.sentimentReason ?? null) : null,
      })),
    );
    await recordAudit(db, {
      actorId: actor.id,
      action: 'create',
      entity: 'stakeholder',
      entityId: newId,
      detail: { accountId: input.accountId, personId },
    });
    return newId;
  });
  await refreshAccountCoverage(deps, input.accountId);
  return getStakeholder(deps, id);
}

export async function updateStakeholder(deps: Deps, actor: Actor, id: string, patch: StakeholderPatch) {
  const before = await getStakeholder(deps, id);
  await assertCanWriteAccount(deps, actor, before.accountId);
  const now = deps.now().toISOString();
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const tracked: TrackedValues = definedOnly({
      personas: patch.personas ? unique(patch.personas) : undefined,
      keyToSuccess: patch.keyToSuccess,
      assessedSentiment: patch.assessedSentiment,
      relationshipStrength: patch.relationshipStrength,
      personalRapport: patch.personalRapport,
    });
    const entries = historyEntries(before as unknown as TrackedValues, tracked);
    const sentimentChanged = entries.some((e) => e.field === 'assessedSentiment');
    await repo.updateStakeholder(db, id, {
      ...(tracked as Record<string, never>),
      ...(sentimentChanged ? sentimentFields(actor, patch.assessedSentiment, patch.sentimentReason, now) : {}),
    });
    if (patch.person) await changePerson(db, actor, before.personId, patch.person);
    await repo.insertChanges(
      db,
      entries.map((e) => ({
        ...e,
        stakeholderId: id,
        changedBy: actor.id,
        reason: e.field === 'assessedSentiment' ? (patch.sentimentReason ?? null) : null,
      })),
    );
    await recordAudit(db, { actorId: actor.id, action: 'update', entity: 'stakeholder', entityId: id, detail: patch });
  });
  await refreshAccountCoverage(deps, before.accountId);
  return getStakeholder(deps, id);
}

/** A person leaving an account: the stakeholder is kept (with history) as `left`; coverage raises the gap. */
export async function markStakeholderLeft(deps: Deps, actor: Actor, id: string, input: { leftAt?: string; reason?: string }) {
  const before = await getStakeholder(deps, id);
  await assertCanWriteAccount(deps, actor, before.accountId);
  if (before.status === 'left') throw new AppError('CONFLICT', 'This stakeholder is already marked as left');
  const leftAt = input.leftAt ?? isoDate(deps.now());
  await deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await repo.updateStakeholder(db, id, { status: 'left', leftAt });
    await repo.insertChanges(db, [
      { stakeholderId: id, field: 'status', fromValue: 'active', toValue: 'left', reason: input.reason ?? null, changedBy: actor.id },
    ]);
    await recordAudit(db, {
      actorId: actor.id,
      action: 'leave',
      entity: 'stakeholder',
      entityId: id,
      detail: { leftAt, reason: input.reason },
    });
  });
  await refreshAccountCoverage(deps, before.accountId);
  return getStakeholder(deps, id);
}

export async function getStakeholderHistory(deps: Deps, id: string) {
  await getStakeholder(deps, id);
  return repo.listChanges(deps.database.db, id);
}
