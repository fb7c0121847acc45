/** One touchpoint in the timeline: what, when, with whom, and the summary as plain text. */
import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { labelOf, TOUCHPOINT_KIND_LABELS } from '../../domain/labels.ts';
import { formatDateTime, relativeDays } from '../../lib/format.ts';
import { IconTrash } from '../../ui/icons.tsx';
import { KindIcon, kindColor } from './touchpoint-kind.tsx';
import type { Touchpoint } from './touchpoints-api.ts';

type Props = { touchpoint: Touchpoint; canDelete: boolean; onDelete: (t: Touchpoint) => void };

export function TouchpointCard({ touchpoint: t, canDelete, onDelete }: Props) {
  const isNote = t.kind === 'note';
  return (
    <Paper
      p="md"
      component="article"
      aria-label={`${labelOf(TOUCHPOINT_KIND_LABELS, t.kind)} on ${formatDateTime(t.occurredAt)}`}
      bg={isNote ? 'gray.0' : undefined}
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <KindIcon kind={t.kind} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Group gap="xs" wrap="wrap">
              <Badge color={kindColor(t.kind)} variant="light" radius="sm" style={{ textTransform: 'none' }}>
                {labelOf(TOUCHPOINT_KIND_LABELS, t.kind)}
              </Badge>
              <Text size="sm" fw={500}>
                <time dateTime={t.occurredAt}>{formatDateTime(t.occurredAt)}</time>
              </Text>
              <Text size="xs" c="dimmed">
                {relativeDays(t.occurredAt)}
              </Text>
              {isNote ? (
                <Tooltip label="Internal notes are for your team only and never count as engagement." withArrow multiline maw={260}>
                  <Badge variant="outline" color="gray" radius="sm" size="sm" style={{ textTransform: 'none' }}>
                    Internal · not engagement
                  </Badge>
                </Tooltip>
              ) : null}
            </Group>
            {canDelete ? (
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Delete ${labelOf(TOUCHPOINT_KIND_LABELS, t.kind).toLowerCase()} of ${formatDateTime(t.occurredAt)}`}
                onClick={() => onDelete(t)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            ) : null}
          </Group>
          {t.summary ? (
            <Text size="sm" className="rp-summary">
              {t.summary}
            </Text>
          ) : null}
          <Group gap="lg" wrap="wrap">
            {t.stakeholders.length > 0 ? (
              <Text size="xs" c="dimmed">
                With{' '}
                <Text span size="xs" c="dark.6" fw={500}>
                  {t.stakeholders.map((s) => s.fullName).join(', ')}
                </Text>
              </Text>
            ) : isNote ? null : (
              <Text size="xs" c="dimmed">
                No stakeholder recorded
              </Text>
            )}
            {t.internalParticipants.length > 0 ? (
              <Text size="xs" c="dimmed">
                Team:{' '}
                <Text span size="xs" c="dark.6" fw={500}>
                  {t.internalParticipants.map((u) => u.name).join(', ')}
                </Text>
              </Text>
            ) : null}
            {t.createdByName ? (
              <Text size="xs" c="dimmed">
                Logged by {t.createdByName}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
