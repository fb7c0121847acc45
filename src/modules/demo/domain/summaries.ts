/**
 * Text a CSM would write: touchpoint summaries and the reasons behind an assessed sentiment.
 * Summaries come from templates whose filled-in results are cached and shared, so millions of
 * touchpoints reuse a few thousand strings instead of each holding its own copy.
 */
import type { Sentiment, TouchpointKind } from '../../../domain/vocabulary.ts';
import type { Random } from './random.ts';

// biome-ignore format: word lists read better packed than one per line
const FILLERS: Record<string, readonly string[]> = {
  pct: Array.from({ length: 35 }, (_, i) => String(i + 4)),
  feature: [
    'SSO', 'SCIM provisioning', 'audit log', 'API rate limit', 'mobile app', 'reporting', 'Salesforce sync',
    'data residency', 'workflow automation', 'custom dashboard', 'sandbox', 'bulk import',
  ],
  metric: ['weekly active users', 'seat utilisation', 'time to resolution', 'onboarding completion', 'feature adoption'],
  action: [
    'run a training for new hires', 'hold an admin workshop', 'pilot the reporting module', 'clean up inactive seats',
    'enable SSO next sprint', 'share a reference architecture', 'book the renewal conversation',
  ],
  team: ['operations', 'IT', 'support', 'finance', 'sales operations', 'analytics', 'security'],
  outcome: [
    'agreed on next quarter goals', 'they want faster support responses', 'expanding to a second team',
    'concerns about the price increase', 'asked for a roadmap preview', 'pleased with the new dashboards',
    'raised data export issues',
  ],
  theme: [
    'three-year roadmap alignment', 'consolidating regional instances', 'value delivered this year',
    'expansion into new business units', 'security and compliance posture',
  ],
  ask: [
    'a named technical contact', 'a quarterly roadmap preview', 'benchmarks against peers',
    'an expansion pricing proposal', 'access to our product leadership',
  ],
  issue: [
    'slow report exports', 'an SSO login loop', 'duplicate records after import', 'a billing discrepancy',
    'API timeouts', 'missing e-mail notifications', 'permission errors for new users',
  ],
  asset: ['the QBR deck', 'a usage report', 'the admin guide', 'renewal options', 'training recordings',
    'answers to the security questionnaire'],
  occasion: ['the kickoff', 'the training', "last week's call", 'the QBR', 'the product webinar'],
  webinar: ["What's new this quarter", 'Admin best practices', 'Reporting deep dive', 'Security and compliance update'],
  city: ['Chicago', 'London', 'Berlin', 'Singapore', 'São Paulo', 'Toronto', 'Sydney'],
  onsite: [
    'shadowed the support floor and mapped their workflow', 'ran a half-day admin bootcamp',
    'met the new operations leadership', 'workshop on the success plan with four teams',
  ],
  risk: [
    'renewal risk: budget freeze announced', 'main contact looks overloaded, responses slowing',
    'competitor pitched their VP last month', 'expansion opportunity in the finance team',
    'usage dropped after their reorganisation', 'procurement wants a multi-year discount',
  ],
  prep: ['pull adoption numbers per team', 'check open tickets before the call', 'draft the renewal proposal'],
};

// biome-ignore format: word lists read better packed than one per line
const TEMPLATES: Record<TouchpointKind, readonly string[]> = {
  qbr: [
    'Quarterly business review: adoption up {pct}%, asked for {feature} roadmap',
    'QBR: reviewed {metric} against the success plan; agreed to {action}',
    'Quarterly business review with {team}: {outcome}',
  ],
  ebr: [
    'Executive business review: {theme}; sponsor asked for {ask}',
    'EBR: presented value delivered ({metric} up {pct}%); {outcome}',
  ],
  call: [
    'Check-in call: {issue} resolved, next step {action}',
    'Call about {feature}: {outcome}',
    'Escalation call on {issue}; fix promised within two weeks',
    'Renewal prep call: {outcome}',
  ],
  email: [
    'Sent {asset} after {occasion}',
    'Shared release notes on {feature}',
    'Followed up on {issue}',
    'Offered to {action}',
  ],
  meeting: [
    'Working session on {feature} with the {team} team',
    'Success plan review: {metric} at {pct}% above baseline',
    'Meeting with {team}: {outcome}',
  ],
  onsite: ['Onsite visit: {onsite}'],
  event: ['Attended webinar: {webinar}', 'Joined the {city} user group meetup', 'Customer advisory board: feedback on {feature}'],
  note: ['Internal note: {risk}', 'Prep for QBR: {prep}'],
};

type Part = string | readonly string[];
const COMPILED: Record<TouchpointKind, Part[][]> = Object.fromEntries(
  Object.entries(TEMPLATES).map(([kind, templates]) => [
    kind,
    templates.map((template) =>
      template
        .split(/(\{[a-z]+\})/)
        .filter(Boolean)
        .map((part) => (part.startsWith('{') ? FILLERS[part.slice(1, -1)] : part)),
    ),
  ]),
) as Record<TouchpointKind, Part[][]>;

const KIND_INDEX = Object.fromEntries(Object.keys(TEMPLATES).map((kind, i) => [kind, i])) as Record<TouchpointKind, number>;

export type SummaryWriter = { write(random: Random, kind: TouchpointKind): string };

export function createSummaryWriter(): SummaryWriter {
  const cache = new Map<number, string>();
  const chosen: string[] = [];
  return {
    write(random, kind) {
      const templates = COMPILED[kind];
      const templateIndex = Math.floor(random.next() * templates.length);
      // A numeric key (kind, template, filler indexes; every list is shorter than 64) avoids
      // building a throwaway key string for each of millions of touchpoints.
      let key = KIND_INDEX[kind] * 8 + templateIndex;
      chosen.length = 0;
      for (const part of templates[templateIndex]) {
        if (typeof part === 'string') continue;
        const index = Math.floor(random.next() * part.length);
        key = key * 64 + index;
        chosen.push(part[index]);
      }
      let text = cache.get(key);
      if (text === undefined) {
        let filler = 0;
        text = templates[templateIndex].map((part) => (typeof part === 'string' ? part : chosen[filler++])).join('');
        cache.set(key, text);
      }
      return text;
    },
  };
}

// biome-ignore format: word lists read better packed than one per line
export const SENTIMENT_REASONS: Record<Sentiment, readonly string[]> = {
  supportive: [
    'Renewed early and refers us to peers',
    'Presented our results at their internal town hall',
    'Drives adoption across teams without being asked',
    'Quick to respond and open about their priorities',
    'Praised the support team in the last QBR',
    'Sees us as key to their operations targets',
  ],
  neutral: [
    'Uses the product daily, no strong opinion either way',
    'New in role, still forming a view',
    'Engaged in meetings but rarely follows up',
    'Happy with the basics, not yet seeing strategic value',
    'Hard to read; defers to their manager',
  ],
  resistant: [
    'Prefers the legacy tool and pushes back on the rollout',
    'Frustrated by slow ticket resolution',
    'Questions the price increase at renewal',
    'Worried about the migration effort for their team',
    'Doubts the accuracy of the reports',
  ],
  detractor: [
    'Escalated two outages and questions the renewal',
    'Pushing to consolidate on a competitor',
    'Blames the product for missed quarterly targets',
    'Refuses further meetings until the export bug is fixed',
    'Told procurement to prepare an exit plan',
  ],
};
