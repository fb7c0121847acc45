/**
 * A believable stage history for an account given the stage it is in today. Built backwards from
 * the current stage so the portfolio's stage mix is chosen, not an accident of random durations;
 * renewal dates fall on contract anniversaries so the history and the renewal date agree.
 */
import type { LifecycleStage } from '../../../domain/vocabulary.ts';
import { toWeekday } from './calendar.ts';
import type { Random } from './random.ts';

export type StageStep = { stage: LifecycleStage; day: number; note: string | null };

export type Lifecycle = {
  steps: StageStep[];
  /** Day the contract started (entry into implementation); null for prospects. */
  contractDay: number | null;
  renewalDay: number | null;
  /** Day after the last day with customer activity: asOf, or just after churn. */
  endDay: number;
};

const YEAR = 365;

const CHANGE_NOTES = ['Reorganisation announced', 'New executive team', 'Acquired by a larger group', 'Migrating to a new ERP'];
const RENEWED_NOTES = ['Renewed for 12 months', 'Renewed for 24 months with expansion', 'Renewed with a 5% uplift'];
const CHURNED_NOTES = [
  'Did not renew: budget cut',
  'Did not renew: moved to a competitor',
  'Did not renew: project cancelled after a reorganisation',
];

export function planLifecycle(random: Random, stage: LifecycleStage, asOfDay: number): Lifecycle {
  const steps: StageStep[] = [];
  const push = (stepStage: LifecycleStage, day: number, note: string | null = null) => steps.push({ stage: stepStage, day, note });

  /** Discovery → qualification → selection, ending shortly before `beforeDay`. */
  const preSale = (through: number, beforeDay: number) => {
    const stages: LifecycleStage[] = ['discovery', 'qualification', 'selection'];
    const days: number[] = [];
    let day = beforeDay;
    for (let i = through; i >= 0; i--) {
      day -= random.int(14, 45);
      days[i] = day;
    }
    for (let i = 0; i <= through; i++) push(stages[i], days[i], i === 0 ? random.pick(DISCOVERY_NOTES) : null);
  };
  /** Implementation → adoption → maintenance from the contract start. */
  const onboard = (contractDay: number, untilStage: 'implementation' | 'adoption' | 'maintenance', latest: number) => {
    preSale(2, contractDay);
    push('implementation', contractDay, 'Contract signed; kickoff scheduled');
    if (untilStage === 'implementation') return;
    const adoption = Math.min(contractDay + random.int(45, 100), latest);
    push('adoption', adoption, 'Go-live complete');
    if (untilStage === 'adoption') return;
    push('maintenance', Math.min(adoption + random.int(90, 150), latest), 'Onboarding complete');
  };
  /** Renewal cycles on each anniversary; every cycle but the last ends renewed and back in maintenance. */
  const renewals = (contractDay: number, years: number, last: 'renewed' | 'churned' | 'open') => {
    for (let year = 1; year <= years; year++) {
      const anniversary = contractDay + year * YEAR;
      const final = year === years;
      const window = Math.min(anniversary - random.int(95, 125), asOfDay - 1);
      const change = window - random.int(40, 90);
      // A reorganisation before the last renewal, when the calendar leaves room for one.
      if (final && last !== 'renewed' && random.chance(0.35) && change > steps[steps.length - 1].day + 20) {
        push('change', change, random.pick(CHANGE_NOTES));
      }
      push('renewal', window, 'Renewal window opened');
      if (final && last === 'open') return;
      if (final && last === 'churned') {
        push('churned', anniversary, random.pick(CHURNED_NOTES));
        return;
      }
      push('renewed', anniversary - random.int(0, 15), random.pick(RENEWED_NOTES));
      if (!final) push('maintenance', anniversary + random.int(3, 10), null);
    }
  };

  let contractDay: number | null = null;
  let renewalDay: number | null = null;
  let endDay = asOfDay;
  switch (stage) {
    case 'discovery':
    case 'qualification':
    case 'selection': {
      const through = ['discovery', 'qualification', 'selection'].indexOf(stage);
      preSale(through, asOfDay);
      break;
    }
    case 'implementation':
      contractDay = asOfDay - random.int(5, 100);
      onboard(contractDay, 'implementation', asOfDay - 1);
      break;
    case 'adoption':
      contractDay = asOfDay - random.int(60, 300);
      onboard(contractDay, 'adoption', asOfDay - 5);
      break;
    case 'maintenance':
      contractDay = asOfDay - random.int(200, 360);
      onboard(contractDay, 'maintenance', asOfDay - 5);
      break;
    case 'change':
      contractDay = asOfDay - random.int(240, 360);
      onboard(contractDay, 'maintenance', asOfDay - 80);
      push('change', asOfDay - random.int(10, 70), random.pick(CHANGE_NOTES));
      break;
    case 'renewal':
      renewalDay = asOfDay + random.int(5, 120);
      contractDay = renewalDay - YEAR;
      onboard(contractDay, 'maintenance', asOfDay - 130);
      renewals(contractDay, 1, 'open');
      break;
    case 'renewed': {
      // Renewed customers carry a few earlier years of history: the longest-standing relationships.
      const anniversary = asOfDay - random.int(5, 150);
      const years = random.weighted([
        [1, 0.5],
        [2, 0.3],
        [3, 0.2],
      ] as const);
      contractDay = anniversary - years * YEAR;
      onboard(contractDay, 'maintenance', contractDay + 220);
      renewals(contractDay, years, 'renewed');
      renewalDay = anniversary + YEAR;
      break;
    }
    case 'churned': {
      const anniversary = asOfDay - random.int(20, 270);
      const years = random.chance(0.7) ? 1 : 2;
      contractDay = anniversary - years * YEAR;
      onboard(contractDay, 'maintenance', contractDay + 220);
      renewals(contractDay, years, 'churned');
      renewalDay = anniversary;
      endDay = anniversary + 1;
      break;
    }
  }
  if (renewalDay === null && contractDay !== null) {
    renewalDay = contractDay + YEAR;
    while (renewalDay < asOfDay) renewalDay += YEAR;
  }
  return { steps: orderOnWeekdays(steps, asOfDay), contractDay, renewalDay, endDay };
}

const DISCOVERY_NOTES = ['Inbound lead from a webinar', 'Referred by an existing customer', 'Met at a trade show', null];

/** Moves steps off weekends while keeping them strictly increasing and before asOf. */
function orderOnWeekdays(steps: StageStep[], asOfDay: number): StageStep[] {
  let previous = Number.NEGATIVE_INFINITY;
  for (const step of steps) {
    let day = toWeekday(step.day);
    if (day <= previous) day = previous + 1;
    step.day = Math.min(day, asOfDay - 1);
    previous = step.day;
  }
  return steps;
}
