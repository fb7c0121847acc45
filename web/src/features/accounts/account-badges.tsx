import { Badge, Text } from '@mantine/core';
import { type LifecycleStage, labelOf, STAGE_LABELS, TIER_LABELS, type Tier } from '../../domain/labels.ts';
import { daysFromToday, formatDate, relativeDays } from '../../lib/format.ts';

const TIER_COLORS: Record<Tier, string> = { community: 'teal', enterprise: 'blue', strategic: 'grape' };

export function TierBadge({ tier, size = 'sm' }: { tier: Tier; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={TIER_COLORS[tier] ?? 'gray'} variant="light" size={size} radius="sm">
      {labelOf(TIER_LABELS, tier)}
    </Badge>
  );
}

const STAGE_COLORS: Partial<Record<LifecycleStage, string>> = { renewal: 'orange', churned: 'red', renewed: 'green' };

export function StageBadge({ stage, size = 'sm' }: { stage: LifecycleStage; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={STAGE_COLORS[stage] ?? 'gray'} variant={STAGE_COLORS[stage] ? 'light' : 'outline'} size={size} radius="sm">
      {labelOf(STAGE_LABELS, stage)}
    </Badge>
  );
}

/** Renewal date with how far away it is; close renewals stand out. */
/** `closed`: the account has churned or renewed, so a past date is history, not a warning. */
export function RenewalText({ date, inline = false, closed = false }: { date: string | null; inline?: boolean; closed?: boolean }) {
  if (!date) {
    return (
      <Text size="sm" c="dimmed">
        Not set
      </Text>
    );
  }
  const days = daysFromToday(date);
  const color = closed ? 'dimmed' : days < 0 ? 'red.7' : days <= 30 ? 'orange.8' : days <= 90 ? 'yellow.9' : 'dimmed';
  const when = days < 0 && !closed ? `${relativeDays(date)} · overdue` : relativeDays(date);
  if (inline) {
    return (
      <Text size="sm" span>
        {formatDate(date)}{' '}
        <Text span size="sm" c={color}>
          ({when})
        </Text>
      </Text>
    );
  }
  return (
    <div>
      <Text size="sm">{formatDate(date)}</Text>
      <Text size="xs" c={color}>
        {when}
      </Text>
    </div>
  );
}
