/**
 * The demo's assessment history, made through the product's own code paths with the clock set back:
 * a half-yearly program for the budget holders and executive sponsors of strategic and enterprise
 * accounts launched 40 days ago, its
 * reminders, the answers of about half the people asked (scores that follow their assessed
 * sentiment, with surprises), and accounts where nobody answered — so a new user meets response
 * rates, NPS, follow-up tasks, measured sentiment that disagrees with the CSM, and silent accounts.
 * Who answers what is decided by hashing names, so every fresh install tells the same story.
 */
import { createHash } from 'node:crypto';
import type { Deps } from '../../deps.ts';
import { submitAnswers } from './answers/responses.service.ts';
import { createProgram, launchWave } from './programs/programs.service.ts';
import { listQuestionnaires } from './questionnaires/questionnaires.service.ts';
import { runDispatch } from './sending/dispatch.service.ts';
import { selectWaveLinks } from './sending/outbox.repository.ts';

const DAY = 86_400_000;
const LAUNCHED_DAYS_AGO = 40;

/** 0..1 from a string, stable across installs. */
function unit(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0) / 0x1_0000_0000;
}

const WORKING: Record<string, string[]> = {
  high: [
    'Our CSM knows our business and is quick to respond.',
    'Onboarding of the new team went smoothly and the training was clear.',
    'Support answers within the hour and fixes things properly.',
    'The product is easy to use and the team adopted it quickly.',
  ],
  mid: ['The product does what we bought it for.', 'Support is friendly when we reach them.', 'The core features are reliable.'],
  low: ['Some of the people on your side are helpful.', 'The basic reporting works.', ''],
};
const IMPROVE: Record<string, string[]> = {
  high: ['More integrations with our finance tools.', 'An earlier look at the roadmap would help our planning.', ''],
  mid: [
    'Pricing at renewal felt steep for what we use.',
    'Setup of new departments still takes too long.',
    'Please keep us informed about changes before they ship.',
  ],
  low: [
    'The system was slow and down twice last month, which hurt our operations.',
    'We never hear from anyone unless we complain; communication has to improve.',
    'Too expensive for the value we get, and support tickets sit for days.',
    'The new release is confusing and our users struggle to find things.',
  ],
};

function scoreFor(sentiment: string | null, roll: number): number {
  const ranges: Record<string, [number, number]> = { supportive: [8, 10], neutral: [6, 9], resistant: [3, 7], detractor: [0, 5] };
  const [low, high] = ranges[sentiment ?? 'neutral'] ?? [5, 9];
  // One in eight answers surprises the CSM: the measured view is two points off what they would expect.
  const surprise = roll < 0.125 ? (roll < 0.0625 ? -3 : 2) : 0;
  const base = low + Math.floor(((roll * 8) % 1) * (high - low + 1));
  return Math.max(0, Math.min(10, base + surprise));
}

export async function loadDemoAssessments(deps: Deps): Promise<{ invited: number; answered: number }> {
  const now = deps.now().getTime();
  const at = (daysAgo: number) => ({ ...deps, jobs: undefined, now: () => new Date(now - daysAgo * DAY) });
  const [questionnaire] = await listQuestionnaires(deps);
  if (!questionnaire) return { invited: 0, answered: 0 };
  const program = await createProgram(at(LAUNCHED_DAYS_AGO + 1), null, {
    name: 'Budget holders and sponsors, half-yearly',
    questionnaireId: questionnaire.id,
    stages: ['adoption', 'maintenance', 'change', 'renewal'],
    // Decision makers are left out: a new user's first program ("strategic decision makers") finds
    // them due instead of held back for 90 days by the fatigue rule.
    personas: ['budget_holder', 'executive_sponsor'],
    segmentIds: ['strategic', 'enterprise'],
    trigger: { kind: 'every', days: 180 },
    reminderDays: [5, 10],
    escalateAfterDays: 3,
    responseWindowDays: 45,
    active: false,
  });
  const launched = await launchWave(at(LAUNCHED_DAYS_AGO), null, program.id);
  await runDispatch(at(LAUNCHED_DAYS_AGO), 'demo');

  // The demo knows its own tokens only by their hashes; it answers through the same function the
  // public page uses, by finding each invitation's link in the outbox.
  const invited = await selectWaveLinks(deps.database.db, launched.waveId);
  let answered = 0;
  for (const row of invited) {
    // About one account in six stays silent; elsewhere a little over half the people answer.
    if (unit(`silent:${row.accountName}`) < 0.17) continue;
    const roll = unit(`answer:${row.email}`);
    if (roll > 0.58) continue;
    const score = scoreFor(row.sentiment, unit(`score:${row.email}`));
    const band = score >= 9 ? 'high' : score >= 7 ? 'mid' : 'low';
    const pick = (list: string[]) => list[Math.floor(unit(`${band}:${row.email}:${list.length}`) * list.length)] ?? '';
    const token = row.link.slice(row.link.lastIndexOf('/r/') + 3);
    const daysAgo = LAUNCHED_DAYS_AGO - 1 - Math.floor(roll * 20);
    const result = await submitAnswers(at(daysAgo), token, {
      nps: String(score),
      working_well: pick(WORKING[band] ?? []),
      needs_improvement: pick(IMPROVE[band] ?? []),
      value_received: String(Math.max(1, Math.min(5, Math.round(score / 2)))),
    });
    if (result.ok) answered += 1;
    else deps.log.warn('demo answer not saved', { email: row.email, state: result.state });
  }
  // Reminders on their days, then today's pass: silence after the last reminder escalates.
  await runDispatch(at(LAUNCHED_DAYS_AGO - 5), 'demo');
  await runDispatch(at(LAUNCHED_DAYS_AGO - 10), 'demo');
  await runDispatch(deps, 'demo');
  return { invited: invited.length, answered };
}
