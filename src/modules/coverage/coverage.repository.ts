/** Facts in SQL: a handful of set-based queries whatever the number of accounts. */
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query.ts';
import { coverageModels, segments } from '../../db/schema.ts';
import type { AccountFacts, CoverageModel, Segment, StakeholderFact } from './domain/types.ts';

export type AccountScope = { accountIds?: string[] };

const scopeAccounts = (scope: AccountScope, alias: SQL) =>
  scope.accountIds ? sql`${alias}.id in ${scope.accountIds}` : sql`${alias}.lifecycle_stage <> 'churned'`;

export type AccountRowFacts = Omit<AccountFacts, 'stakeholders'> & { ownerId: string | null; renewalDate: string | null };

export function selectAccounts(db: Db, scope: AccountScope) {
  if (scope.accountIds?.length === 0) return Promise.resolve([]);
  return queryRows<AccountRowFacts>(
    db,
    sql`select a.id as "accountId", a.name as "accountName", a.tier, a.size_band as "sizeBand", a.region, a.industry,
          a.owner_id as "ownerId", a.renewal_date as "renewalDate"
        from accounts a where ${scopeAccounts(scope, sql`a`)}`,
  );
}

/** Every stakeholder of the accounts in scope with the date of the latest non-note touchpoint they took part in. */
export function selectStakeholderFacts(db: Db, scope: AccountScope) {
  if (scope.accountIds?.length === 0) return Promise.resolve([]);
  const accountFilter = scope.accountIds
    ? sql`s.account_id in ${scope.accountIds}`
    : sql`s.account_id in (select id from accounts a where a.lifecycle_stage <> 'churned')`;
  return queryRows<StakeholderFact & { accountId: string }>(
    db,
    sql`select s.id as "stakeholderId", s.account_id as "accountId", p.first_name || ' ' || p.last_name as name, s.personas,
          s.key_to_success as "keyToSuccess", s.assessed_sentiment as "assessedSentiment", s.measured_sentiment as "measuredSentiment",
          s.status, s.left_at as "leftAt", to_char(le.last_at at time zone 'UTC', 'YYYY-MM-DD') as "lastEngagedAt"
        from stakeholders s
        join people p on p.id = s.person_id
        left join (
          select ts.stakeholder_id, max(t.occurred_at) as last_at
          from touchpoint_stakeholders ts join touchpoints t on t.id = ts.touchpoint_id
          where t.kind <> 'note' ${scope.accountIds ? sql`and t.account_id in ${scope.accountIds}` : sql``}
          group by ts.stakeholder_id
        ) le on le.stakeholder_id = s.id
        where ${accountFilter}`,
  );
}

export async function listSegments(db: Db): Promise<Segment[]> {
  const rows = await db.select().from(segments).orderBy(segments.priority, segments.id);
  return rows.map((r) => ({ id: r.id, name: r.name, priority: r.priority, isDefault: r.isDefault, match: r.match as Segment['match'] }));
}

export async function listCoverageModels(db: Db): Promise<CoverageModel[]> {
  const rows = await db.select().from(coverageModels);
  return rows.map((r) => ({
    segmentId: r.segmentId,
    requirements: r.requirements as CoverageModel['requirements'],
    minEngagedStakeholders: r.minEngagedStakeholders,
    engagementWindowDays: r.engagementWindowDays,
  }));
}

export async function upsertSegment(db: Db, segment: Segment) {
  const values = { id: segment.id, name: segment.name, priority: segment.priority, isDefault: segment.isDefault, match: segment.match };
  await db
    .insert(segments)
    .values(values)
    .onConflictDoUpdate({ target: segments.id, set: { ...values, updatedAt: sql`now()` } });
}

export async function deleteSegment(db: Db, id: string) {
  await db.delete(segments).where(eq(segments.id, id));
}

export async function upsertCoverageModel(db: Db, model: CoverageModel, updatedBy: string | null) {
  const values = {
    segmentId: model.segmentId,
    requirements: model.requirements,
    minEngagedStakeholders: model.minEngagedStakeholders,
    engagementWindowDays: model.engagementWindowDays,
    updatedBy,
  };
  await db
    .insert(coverageModels)
    .values(values)
    .onConflictDoUpdate({ target: coverageModels.segmentId, set: { ...values, updatedAt: sql`now()` } });
}

export type ParticipationRow = {
  accountId: string;
  waveId: string;
  questionnaireName: string;
  invitedOn: string;
  reminders: number;
  stakeholderId: string;
  answered: boolean;
  silentFrom: string;
};

/** Each account's latest assessment wave: its invitations, answered or not, and when silence starts to count. */
export function selectParticipation(db: Db, scope: AccountScope) {
  if (scope.accountIds?.length === 0) return Promise.resolve([]);
  const accountFilter = scope.accountIds ? sql`where i.account_id in ${scope.accountIds}` : sql``;
  return queryRows<ParticipationRow>(
    db,
    sql`with latest as (
          select distinct on (i.account_id) i.account_id, i.wave_id
          from assessment_invitations i ${accountFilter}
          order by i.account_id, i.invited_at desc
        )
        select i.account_id as "accountId", i.wave_id as "waveId", q.name as "questionnaireName",
               to_char(w.launched_at at time zone 'UTC', 'YYYY-MM-DD') as "invitedOn",
               coalesce(array_length(pr.reminder_days, 1), 0)::int as reminders,
               i.stakeholder_id as "stakeholderId", (r.id is not null) as answered,
               to_char(i.silent_after at time zone 'UTC', 'YYYY-MM-DD') as "silentFrom"
        from latest l
        join assessment_invitations i on i.wave_id = l.wave_id and i.account_id = l.account_id
        join assessment_waves w on w.id = i.wave_id
        join assessment_programs pr on pr.id = w.program_id
        join questionnaires q on q.id = pr.questionnaire_id
        left join assessment_responses r on r.invitation_id = i.id`,
  );
}
