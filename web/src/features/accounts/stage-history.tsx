import { Paper, Text, Timeline, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '../../lib/format.ts';
import { IconHistory } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { StageBadge } from './account-badges.tsx';
import { stageHistoryQuery } from './accounts-api.ts';

export function StageHistory({ accountId }: { accountId: string }) {
  const history = useQuery(stageHistoryQuery(accountId));
  if (history.isPending) return <LoadingBlock label="Loading stage history" />;
  if (history.isError) return <ErrorAlert error={history.error} onRetry={() => history.refetch()} />;
  const items = [...history.data].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  if (items.length === 0) {
    return (
      <Empty
        icon={<IconHistory />}
        title="No stage changes yet"
        description="Every change of lifecycle stage is recorded here with its date."
      />
    );
  }
  return (
    <Paper p="lg">
      <Timeline bulletSize={14} lineWidth={2} active={0}>
        {items.map((change) => (
          <Timeline.Item
            key={change.id}
            title={
              <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
                {change.fromStage ? (
                  <>
                    <StageBadge stage={change.fromStage} size="sm" />
                    <span aria-hidden="true">→</span>
                    <VisuallyHidden>to</VisuallyHidden>
                  </>
                ) : (
                  <Text span size="sm" c="dimmed">
                    Started in
                  </Text>
                )}
                <StageBadge stage={change.toStage} size="sm" />
              </span>
            }
          >
            <Text size="xs" c="dimmed" mt={4}>
              {formatDateTime(change.changedAt)}
              {change.changedByName ? ` · by ${change.changedByName}` : ''}
            </Text>
            {change.note ? (
              <Text size="sm" mt={4} className="rp-summary">
                {change.note}
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
