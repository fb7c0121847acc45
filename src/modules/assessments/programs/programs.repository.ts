/** Programs, their targeting facts and launched waves in the database. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { queryRows } from '../../../db/query.ts';
import { assessmentInvitations, assessmentMessages, assessmentPrograms, assessmentWaves } from '../../../db/schema.ts';
import type { Persona } from '../../../domain/personas.ts';
import type { LifecycleStage } from '../../../domain/vocabulary.ts';
import type { Candidate, ProgramTrigger } from '../domain/index.ts';

export type ProgramValues = {
  name: string;
  questionnaireId: string;
  stages: LifecycleStage[];
  personas: Persona[];
  segmentIds: string[];
  trigger: ProgramTrigger;
  reminderDays: number[];
  escalateAfterDays: number | null;
  responseWindowDays: number;
  active: boolean;
};

export type ProgramRow = ProgramValues & {
  id: string;
  questionnaireName: string;
  createdAt: string;
  waveId: string | null;
  launchedAt: string | null;
  invited: number;
  responded: number;
};

/** Programs (or one) with the counts of their latest wave. */
export function selectPrograms(db: Db, id?: string): Promise<ProgramRow[]> {
  return queryRows<ProgramRow>(
    db,
    sql`select p.id, p.name, p.questionnaire_id as "questionnaireId", q.name as "questionnaireName", p.stages, p.personas,
               p.segment_ids as "segmentIds", p.trigger, p.reminder_days as "reminderDays", p.escalate_after_days as "escalateAfterDays",
               p.response_window_days as "responseWindowDays", p.active, p.created_at as "createdAt",
               w.id as "waveId", w.launched_at as "launchedAt",
               (select count(*)::int from assessment_invitations i where i.wave_id = w.id) as invited,
               (select count(*)::int from assessment_responses r where r.wave_id = w.id and r.invitation_id is not null) as responded
        from assessment_programs p
        join questionnaires q on q.id = p.questionnaire_id
        left join lateral (select * from assessment_waves w where w.program_id = p.id order by w.launched_at desc limit 1) w on true
        ${id ? sql`where p.id = ${id}` : sql``}
        order by p.name`,
  );
}

export async function insertProgram(db: Db, values: ProgramValues & { createdBy: string | null }): Promise<string> {
  const [row] = await db.insert(assessmentPrograms).values(values).returning({ id: assessmentPrograms.id });
  return row!.id;
}

export async function updateProgramRow(db: Db, id: string, values: ProgramValues) {
  await db
    .update(assessmentPrograms)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(assessmentPrograms.id, id));
}

/**
 * Every stakeholder of a live account holding one of the personas (any, when none are named), with
 * the facts targeting needs; the segment is matched by the caller.
 */
export function selectCandidates(db: Db, programId: string, personas: Persona[]): Promise<Omit<Candidate, 'segmentId'>[]> {
  const personaFilter = personas.length > 0 ? sql`and s.personas && ${sql.param(personas)}::text[]` : sql``;
  return queryRows<Omit<Candidate, 'segmentId'>>(
    db,
    sql`select s.id as "stakeholderId", p.id as "personId", p.first_name || ' ' || p.last_name as name, p.email, s.personas, s.status,
               a.id as "accountId", a.name as "accountName", a.tier, a.size_band as "sizeBand", a.region, a.industry,
               a.lifecycle_stage as "lifecycleStage", a.renewal_date as "renewalDate",
               to_char(stage.entered_at at time zone 'UTC', 'YYYY-MM-DD') as "stageEnteredOn",
               to_char(asked.last_at at time zone 'UTC', 'YYYY-MM-DD') as "personLastInvitedOn",
               to_char(mine.last_at at time zone 'UTC', 'YYYY-MM-DD') as "lastInvitedByProgramOn"
        from stakeholders s
        join people p on p.id = s.person_id
        join accounts a on a.id = s.account_id
        -- Set-based facts, one aggregate each, whatever the number of candidates.
        left join (select account_id, to_stage, max(changed_at) as entered_at from account_stage_changes group by account_id, to_stage) stage
          on stage.account_id = a.id and stage.to_stage = a.lifecycle_stage
        left join (select person_id, max(invited_at) as last_at from assessment_invitations group by person_id) asked on asked.person_id = p.id
        left join (
          select stakeholder_id, max(invited_at) as last_at from assessment_invitations where program_id = ${programId} group by stakeholder_id
        ) mine on mine.stakeholder_id = s.id
        where a.lifecycle_stage <> 'churned' ${personaFilter}`,
  );
}

/** Serialises launches of one program until the transaction ends. */
export async function lockProgramLaunch(db: Db, programId: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`assessment-program:${programId}`}))`);
}

export async function insertWave(db: Db, values: typeof assessmentWaves.$inferInsert): Promise<string> {
  const [wave] = await db.insert(assessmentWaves).values(values).returning({ id: assessmentWaves.id });
  return wave!.id;
}

export function insertInvitations(db: Db, values: (typeof assessmentInvitations.$inferInsert)[]) {
  return db
    .insert(assessmentInvitations)
    .values(values)
    .returning({ id: assessmentInvitations.id, stakeholderId: assessmentInvitations.stakeholderId });
}

export async function insertMessages(db: Db, values: (typeof assessmentMessages.$inferInsert)[]) {
  if (values.length > 0) await db.insert(assessmentMessages).values(values);
}
