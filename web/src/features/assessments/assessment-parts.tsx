/** Small pieces every assessment view shares: NPS beside its response rate, the four-group bar, status badges. */
import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  formatNps,
  GROUPS,
  INVITATION_STATUS,
  MESSAGE_STATUS,
  plural,
  responseRateText,
  SCORE_GROUP_COLORS,
  SCORE_GROUP_LABELS,
  TASK_KIND,
} from './assessment-labels.ts';
import type { InvitationStatus, MessageStatus, NpsCell, Participation, ScoreGroup, TaskKind } from './assessments-api.ts';
import './assessments.css';

type RateCell = Pick<Participation, 'invited' | 'responded' | 'responseRate'> & { nps: number | null };

/** "NPS 23 · 41% responded (17 of 41)": an NPS is never shown without its response rate. */
export function NpsWithRate({ cell, size = 'sm' }: { cell: RateCell; size?: 'xs' | 'sm' | 'md' | 'lg' | 'xl' }) {
  return (
    <Text size={size} span className="rp-asm-num">
      <Text span fw={700} inherit>
        NPS {formatNps(cell.nps)}
      </Text>
      <Text span c="dimmed" inherit>
        {' · '}
        {responseRateText(cell)}
      </Text>
    </Text>
  );
}

type GroupCounts = Pick<NpsCell, 'promoters' | 'passives' | 'detractors'> & Pick<Participation, 'nonResponders'>;

/** Promoters, passives, detractors and non-responders as one stacked bar with the numbers beside it. */
export function GroupsBar({
  counts,
  size = 'lg',
  legend = true,
  answersOnly = false,
}: {
  counts: GroupCounts;
  size?: 'sm' | 'md' | 'lg' | 'xl';
  legend?: boolean;
  /** Leave non-responders out, e.g. for imported answers, where nobody was invited. */
  answersOnly?: boolean;
}) {
  const groups = answersOnly ? GROUPS.filter((g) => g.key !== 'nonResponders') : GROUPS;
  const total = groups.reduce((n, g) => n + counts[g.key], 0);
  const summary = groups.map((g) => plural(counts[g.key], g.one, g.many)).join(', ');
  return (
    <Stack gap={8}>
      {total === 0 ? (
        <Progress value={0} size={size} aria-label="Nobody invited yet" />
      ) : (
        <Progress.Root size={size} aria-label={summary} role="img">
          {groups
            .filter((g) => counts[g.key] > 0)
            .map((g) => (
              <Tooltip key={g.key} label={plural(counts[g.key], g.one, g.many)} withArrow>
                <Progress.Section value={(counts[g.key] / total) * 100} color={g.color} />
              </Tooltip>
            ))}
        </Progress.Root>
      )}
      {legend ? (
        <Group gap="lg" wrap="wrap" data-testid="groups-legend">
          {groups.map((g) => (
            <Group key={g.key} gap={6} wrap="nowrap">
              <span
                className="rp-asm-swatch"
                aria-hidden="true"
                style={{ background: `var(--mantine-color-${g.color.replace('.', '-')})` }}
              />
              <Text size="sm">
                <Text span fw={700} className="rp-asm-num">
                  {counts[g.key]}
                </Text>{' '}
                {counts[g.key] === 1 ? g.one : g.many}{' '}
                <Text span size="xs" c="dimmed">
                  ({g.hint})
                </Text>
              </Text>
            </Group>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const s = INVITATION_STATUS[status] ?? { label: status, color: 'gray' };
  return (
    <Badge color={s.color} variant="light" radius="sm" size="sm">
      {s.label}
    </Badge>
  );
}

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  const s = MESSAGE_STATUS[status] ?? { label: status, color: 'gray', explanation: '' };
  return (
    <Tooltip label={s.explanation} multiline maw={300} withArrow disabled={!s.explanation}>
      <Badge color={s.color} variant="light" radius="sm" size="sm">
        {s.label}
      </Badge>
    </Tooltip>
  );
}

export function ScoreGroupBadge({ group, score }: { group: ScoreGroup | null; score: number | null }) {
  if (score == null) return null;
  return (
    <Badge color={group ? SCORE_GROUP_COLORS[group] : 'gray'} variant="light" radius="sm" size="sm">
      {score}
      {group ? ` · ${SCORE_GROUP_LABELS[group]}` : ''}
    </Badge>
  );
}

export function TaskKindBadge({ kind }: { kind: TaskKind }) {
  const k = TASK_KIND[kind] ?? { label: kind, color: 'gray' };
  return (
    <Badge color={k.color} variant="light" radius="sm" size="sm">
      {k.label}
    </Badge>
  );
}

export function SilentBadge() {
  return (
    <Tooltip label="Invited, and nobody answered after the last reminder" withArrow>
      <Badge color="orange" variant="filled" radius="sm" size="sm">
        Silent
      </Badge>
    </Tooltip>
  );
}

/** A number with a label under it, for the headline figures. */
export function Figure({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: ReactNode; testId?: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text size="xl" fw={700} className="rp-asm-num">
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Stack>
  );
}
