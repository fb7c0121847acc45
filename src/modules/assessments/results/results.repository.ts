/** The facts results are rolled up from: invitations and responses in scope, and one account's answers. */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';
import type { Persona } from '../../../domain/personas.ts';
import type { Region, Sentiment, SizeBand, Tier } from '../../../domain/vocabulary.ts';
import type { Answers, Question } from '../domain/index.ts';

/** What narrows results in SQL; segment and persona are matched afterwards. */
export type ResultsScope = { waveId?: string; programId?: string; accountId?: string; from?: string; to?: string };

export type AccountCols = {
  accountId: string;
  accountName: string;
  tier: Tier;
  sizeBand: SizeBand | null;
  region: Region | null;
  industry: string | null;
};
export type InvitationRow = AccountCols & {
  invitationId: string;
  waveId: string;
  stakeholderId: string;
  personas: Persona[];
  ownerId: string | null;
  ownerName: string | null;
  score: number | null;
  answered: boolean;
  silent: boolean;
};
export type ResponseRow = AccountCols & {
  id: string;
  waveId: string | null;
  stakeholderId: string | null;
  personas: Persona[];
  score: number | null;
  respondedAt: string;
  verbatim: string;
  answers: Answers;
  questions: Question[] | null;
};

function filters(q: ResultsScope, alias: { wave: SQL; account: SQL; at: SQL }) {
  return sql`${q.waveId ? sql`and ${alias.wave} = ${q.waveId}` : sql``}
    ${q.programId ? sql`and ${alias.wave} in (select id from assessment_waves where program_id = ${q.programId})` : sql``}
    ${q.accountId ? sql`and ${alias.account} = ${q.accountId}` : sql``}
    ${q.from ? sql`and ${alias.at} >= ${q.from}::date` : sql``}
    ${q.to ? sql`and ${alias.at} < (${q.to}::date + 1)` : sql``}`;
}

const accountCols = sql`a.id as "accountId", a.name as "accountName", a.tier, a.size_band as "sizeBand", a.region, a.industry`;

export function selectScopedInvitations(db: Db, q: ResultsScope, now: string): Promise<InvitationRow[]> {
  return queryRows<InvitationRow>(
    db,
    sql`select i.id as "invitationId", i.wave_id as "waveId", i.stakeholder_id as "stakeholderId", s.personas, ${accountCols},
               a.owner_id as "ownerId", u.name as "ownerName", r.score, (r.id is not null) as answered,
               (r.id is null and i.silent_after <= ${now}) as silent
        from assessment_invitations i
        join stakeholders s on s.id = i.stakeholder_id
        join accounts a on a.id = i.account_id
        left join users u on u.id = a.owner_id
        left join assessment_responses r on r.invitation_id = i.id
        where true ${filters(q, { wave: sql`i.wave_id`, account: sql`i.account_id`, at: sql`i.invited_at` })}`,
  );
}

export function selectScopedResponses(db: Db, q: ResultsScope): Promise<ResponseRow[]> {
  return queryRows<ResponseRow>(
    db,
    sql`select r.id, r.wave_id as "waveId", r.stakeholder_id as "stakeholderId", coalesce(s.personas, '{}') as personas, ${accountCols},
               r.score, r.responded_at as "respondedAt", r.verbatim, r.answers, v.questions
        from assessment_responses r
        join accounts a on a.id = r.account_id
        left join stakeholders s on s.id = r.stakeholder_id
        left join questionnaire_versions v on v.id = r.questionnaire_version_id
        where true ${filters(q, { wave: sql`r.wave_id`, account: sql`r.account_id`, at: sql`r.responded_at` })}`,
  );
}

export type AccountResponseRow = {
  id: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  personas: Persona[];
  score: number | null;
  answers: Answers;
  questions: Question[] | null;
  respondedAt: string;
  source: 'link' | 'import';
  waveId: string | null;
  measuredSentiment: Sentiment | null;
  assessedSentiment: Sentiment | null;
  verbatim: string;
};

/** The account's latest 500 responses, newest first, with the questions they answered. */
export function selectAccountResponses(db: Db, accountId: string): Promise<AccountResponseRow[]> {
  return queryRows<AccountResponseRow>(
    db,
    sql`select r.id, r.stakeholder_id as "stakeholderId",
               case when pe.id is null then null else pe.first_name || ' ' || pe.last_name end as "stakeholderName",
               coalesce(s.personas, '{}') as personas, r.score, r.answers, v.questions, r.responded_at as "respondedAt", r.source,
               r.wave_id as "waveId", s.measured_sentiment as "measuredSentiment", s.assessed_sentiment as "assessedSentiment", r.verbatim
        from assessment_responses r
        left join stakeholders s on s.id = r.stakeholder_id
        left join people pe on pe.id = s.person_id
        left join questionnaire_versions v on v.id = r.questionnaire_version_id
        where r.account_id = ${accountId}
        order by r.responded_at desc
        limit 500`,
  );
}
