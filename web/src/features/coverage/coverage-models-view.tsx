/** Coverage models: per segment, the desired stakeholder mix. Leaders and admins edit; everyone else reads. */
import { Alert, Badge, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { labelOf, REGION_LABELS, SIZE_BAND_LABELS, TIER_LABELS } from '../../domain/labels.ts';
import { IconInfo } from '../../ui/icons.tsx';
import { ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { canWriteAnyAccount } from '../auth/permissions.ts';
import { useMe } from '../auth/session.ts';
import { type Segment, segmentsQuery } from './coverage-api.ts';
import { ModelEditor } from './model-editor.tsx';

function appliesTo(segment: Segment): string {
  const m = segment.match;
  const parts = [
    m.tiers.length ? `tier ${m.tiers.map((t) => labelOf(TIER_LABELS, t)).join(' or ')}` : '',
    m.sizeBands.length ? `size ${m.sizeBands.map((s) => labelOf(SIZE_BAND_LABELS, s)).join(' or ')}` : '',
    m.regions.length ? `region ${m.regions.map((r) => labelOf(REGION_LABELS, r)).join(' or ')}` : '',
    m.industries.length ? `industry ${m.industries.join(' or ')}` : '',
  ].filter(Boolean);
  if (parts.length) return `Applies to accounts with ${parts.join(', ')}.`;
  return segment.isDefault ? 'Applies to every account no other segment matches.' : 'Matches every account.';
}

export function CoverageModelsView({ segmentId, onSegment }: { segmentId?: string; onSegment: (id: string) => void }) {
  const me = useMe();
  const segments = useQuery(segmentsQuery);
  if (segments.isPending) return <LoadingBlock rows={8} label="Loading coverage models" />;
  if (segments.isError)
    return <ErrorAlert error={segments.error} title="Could not load coverage models" onRetry={() => segments.refetch()} />;
  const list = [...segments.data].sort((a, b) => Number(a.isDefault) - Number(b.isDefault) || a.priority - b.priority);
  const segment = list.find((s) => s.id === segmentId) ?? list[0];
  if (!segment) return <Text c="dimmed">No segments are configured.</Text>;
  const editable = canWriteAnyAccount(me);

  return (
    <Stack gap="md">
      {!editable ? (
        <Alert color="gray" variant="light" icon={<IconInfo />}>
          You can read the coverage models. Only CS leaders and admins change them.
        </Alert>
      ) : null}
      <Paper p="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <div>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }} id="segment-picker-label">
              Segment
            </Text>
            <SegmentedControl
              aria-labelledby="segment-picker-label"
              mt={4}
              value={segment.id}
              onChange={onSegment}
              data={list.map((s) => ({ value: s.id, label: s.isDefault && !/default/i.test(s.name) ? `${s.name} (default)` : s.name }))}
            />
          </div>
          <Group gap="xs">
            {segment.isDefault ? (
              <Badge variant="light" color="gray" radius="sm">
                Default segment
              </Badge>
            ) : null}
            <Text size="sm" c="dimmed">
              {appliesTo(segment)}
            </Text>
          </Group>
        </Group>
      </Paper>
      <ModelEditor key={segment.id} segment={segment} editable={editable} />
    </Stack>
  );
}
