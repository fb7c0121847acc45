/** Export reads in id-ordered batches, so any portfolio size streams in bounded memory. */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query.ts';

import type { ExportEntity } from './domain/index.ts';

/** Column names are the generic CSV import's field names, so an export imports back as it is. */
export const EXPORT_COLUMNS: Record<ExportEntity, string[]> = {
  accounts: [
    'id',
    'name',
    'tier',
    'sizeBand',
    'region',
    'industry',
    'employees',
    'lifecycleStage',
    'arr',
    'renewalDate',
    'ownerEmail',
    'salesforceId',
    'hubspotId',
  ],
  stakeholders: [
    'id',
    'accountId',
    'accountName',
    'firstName',
    'lastName',
    'email',
    'title',
    'phone',
    'personas',
    'keyToSuccess',
    'assessedSentiment',
    'measuredSentiment',
    'relationshipStrength',
    'personalRapport',
    'status',
    'leftAt',
  ],
  touchpoints: [
    'id',
    'accountId',
    'accountName',
    'kind',
    'occurredAt',
    'summary',
    'participantEmails',
    'participantStakeholderIds',
    'internalParticipantEmails',
  ],
  gaps: ['accountId', 'accountName', 'kind', 'severity', 'persona', 'stakeholderId', 'explanation', 'openedAt'],
};

const QUERIES: Record<ExportEntity, (after: string, limit: number) => SQL> = {
  accounts: (after, limit) => sql`select a.id, a.name, a.tier, a.size_band as "sizeBand", a.region, a.industry, a.employees,
      a.lifecycle_stage as "lifecycleStage", a.arr::float8 as arr, a.renewal_date as "renewalDate", u.email as "ownerEmail",
      a.salesforce_id as "salesforceId", a.hubspot_id as "hubspotId"
    from accounts a left join users u on u.id = a.owner_id where a.id > ${after}::uuid order by a.id limit ${limit}`,
  stakeholders: (after, limit) => sql`select s.id, s.account_id as "accountId", a.name as "accountName", p.first_name as "firstName",
      p.last_name as "lastName", p.email, p.title, p.phone, s.personas, s.key_to_success as "keyToSuccess",
      s.assessed_sentiment as "assessedSentiment", s.measured_sentiment as "measuredSentiment",
      s.relationship_strength as "relationshipStrength", s.personal_rapport as "personalRapport", s.status, s.left_at as "leftAt"
    from stakeholders s join people p on p.id = s.person_id join accounts a on a.id = s.account_id
    where s.id > ${after}::uuid order by s.id limit ${limit}`,
  touchpoints: (after, limit) => sql`select t.id, t.account_id as "accountId", a.name as "accountName", t.kind,
      to_char(t.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "occurredAt", t.summary,
      coalesce((select array_agg(p.email order by p.email) from touchpoint_stakeholders ts join stakeholders s on s.id = ts.stakeholder_id
        join people p on p.id = s.person_id where ts.touchpoint_id = t.id and p.email is not null), '{}') as "participantEmails",
      coalesce((select array_agg(ts.stakeholder_id::text order by ts.stakeholder_id) from touchpoint_stakeholders ts where ts.touchpoint_id = t.id), '{}') as "participantStakeholderIds",
      coalesce((select array_agg(u.email order by u.email) from touchpoint_users tu join users u on u.id = tu.user_id where tu.touchpoint_id = t.id), '{}') as "internalParticipantEmails"
    from touchpoints t join accounts a on a.id = t.account_id where t.id > ${after}::uuid order by t.id limit ${limit}`,
  gaps: (after, limit) => sql`select g.id, g.account_id as "accountId", a.name as "accountName", g.kind, g.severity, g.persona,
      g.stakeholder_id as "stakeholderId", g.explanation, g.opened_at as "openedAt"
    from account_gaps g join accounts a on a.id = g.account_id where g.closed_at is null and g.id > ${after}::uuid order by g.id limit ${limit}`,
};

export async function* streamEntity(db: Db, entity: ExportEntity, batch = 2_000): AsyncGenerator<Record<string, unknown>[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await queryRows<Record<string, unknown> & { id: string }>(db, QUERIES[entity](after, batch));
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
    after = rows[rows.length - 1].id;
  }
}
