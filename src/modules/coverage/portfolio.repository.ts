/** Portfolio-wide reads over stored gaps: heat map ordering and the leaders' gap summary. */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/query.ts';
import type { LifecycleStage, Severity, Tier } from '../../domain/vocabulary.ts';

const SEVERITY_RANK = sql`array_position(array['critical','high','medium','low']::text[], g.severity)`;

export type HeatMapSort = 'severity' | 'renewalDate' | 'name';
export type HeatMapRow = {
  accountId: string;
  name: string;
  tier: Tier;
  lifecycleStage: LifecycleStage;
  renewalDate: string | null;
  ownerName: string | null;
  worstSeverity: Severity | null;
  openGaps: number;
};

const ORDER: Record<HeatMapSort, SQL> = {
  severity: sql`coalesce(w.rank, 5), w.n desc nulls last, lower(a.name), a.id`,
  renewalDate: sql`coalesce(a.renewal_date, '9999-12-31'::date), lower(a.name), a.id`,
  name: sql`lower(a.name), a.id`,
};

export function selectHeatMapPage(db: Db, where: SQL, sort: HeatMapSort, limit: number, offset: number) {
  return queryRows<HeatMapRow>(
    db,
    sql`with w as (
          select g.account_id, min(${SEVERITY_RANK}) as rank, count(*)::int as n from account_gaps g where g.closed_at is null group by g.account_id
        )
        select a.id as "accountId", a.name, a.tier, a.lifecycle_stage as "lifecycleStage", a.renewal_date as "renewalDate", u.name as "ownerName",
          (array['critical','high','medium','low'])[w.rank] as "worstSeverity", coalesce(w.n, 0) as "openGaps"
        from accounts a left join w on w.account_id = a.id left join users u on u.id = a.owner_id
        where ${where} and a.lifecycle_stage <> 'churned'
        order by ${ORDER[sort]} limit ${limit} offset ${offset}`,
  );
}

export async function countHeatMap(db: Db, where: SQL) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from accounts a where ${where} and a.lifecycle_stage <> 'churned'`,
  );
  return row.n;
}

export type CountRow = { key: string | null; label: string | null; severity: string; n: number };

/** Open gaps counted by a dimension and severity, over the filtered accounts. */
export function countOpenGapsBy(db: Db, where: SQL, dimension: 'kind' | 'owner' | 'tier') {
  const key = { kind: sql`g.kind`, owner: sql`a.owner_id::text`, tier: sql`a.tier` }[dimension];
  const label = dimension === 'owner' ? sql`coalesce(u.name, 'Unassigned')` : key;
  return queryRows<CountRow>(
    db,
    sql`select ${key} as key, ${label} as label, g.severity, count(*)::int as n
        from account_gaps g join accounts a on a.id = g.account_id left join users u on u.id = a.owner_id
        where g.closed_at is null and ${where} and a.lifecycle_stage <> 'churned'
        group by 1, 2, 3 order by 2, 3`,
  );
}

export type AccountRef = { accountId: string; name: string; tier: Tier; ownerName: string | null; detail: string };

export function selectAccountsWithOpenGap(db: Db, where: SQL, kind: string, limit: number) {
  return queryRows<AccountRef>(
    db,
    sql`select a.id as "accountId", a.name, a.tier, u.name as "ownerName", g.explanation as detail
        from account_gaps g join accounts a on a.id = g.account_id left join users u on u.id = a.owner_id
        where g.closed_at is null and g.kind = ${kind} and ${where} and a.lifecycle_stage <> 'churned'
        order by array_position(array['critical','high','medium','low']::text[], g.severity), a.name limit ${limit}`,
  );
}

/** Accounts where a critical stakeholder feels worse than neutral (measured sentiment wins over assessed). */
export function selectCriticalBelowNeutral(db: Db, where: SQL, limit: number) {
  return queryRows<AccountRef>(
    db,
    sql`select a.id as "accountId", a.name, a.tier, u.name as "ownerName",
          string_agg(p.first_name || ' ' || p.last_name || ' (' || coalesce(s.measured_sentiment, s.assessed_sentiment) || ')', ', ' order by p.last_name) as detail
        from stakeholders s join accounts a on a.id = s.account_id join people p on p.id = s.person_id left join users u on u.id = a.owner_id
        where s.status = 'active' and s.key_to_success = 'critical' and coalesce(s.measured_sentiment, s.assessed_sentiment) in ('detractor', 'resistant')
          and ${where} and a.lifecycle_stage <> 'churned'
        group by a.id, a.name, a.tier, u.name order by a.name limit ${limit}`,
  );
}

export type TrendRow = { week: string; opened: number; closed: number };

/** Gaps opened and closed per week: the history the stored gaps carry. */
export function selectGapTrend(db: Db, where: SQL, since: string, until: string) {
  return queryRows<TrendRow>(
    db,
    sql`with weeks as (select generate_series(date_trunc('week', ${since}::date), date_trunc('week', ${until}::date), interval '1 week') as week)
        select to_char(w.week, 'YYYY-MM-DD') as week,
          (select count(*)::int from account_gaps g join accounts a on a.id = g.account_id where ${where}
             and g.opened_at >= w.week and g.opened_at < w.week + interval '1 week') as opened,
          (select count(*)::int from account_gaps g join accounts a on a.id = g.account_id where ${where}
             and g.closed_at >= w.week and g.closed_at < w.week + interval '1 week') as closed
        from weeks w order by w.week`,
  );
}
