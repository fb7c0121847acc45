/** What changed about a stakeholder over time: personas, sentiment, key to success, status, ratings, the person's e-mail. */
import { Drawer, Group, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { KEY_TO_SUCCESS_LABELS, type KeyToSuccess, labelOf, SENTIMENT_LABELS, type Sentiment } from '../../domain/labels.ts';
import { formatDateTime } from '../../lib/format.ts';
import { IconHistory } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { KeyToSuccessBadge, PersonaBadges, SentimentBadge } from './stakeholder-badges.tsx';
import { type Stakeholder, type StakeholderChange, stakeholderHistoryQuery } from './stakeholders-api.ts';

const FIELD_LABELS: Record<StakeholderChange['field'], string> = {
  personas: 'Personas',
  assessedSentiment: 'Assessed sentiment',
  measuredSentiment: 'Measured sentiment (from answers)',
  keyToSuccess: 'Key to success',
  status: 'Status',
  relationshipStrength: 'Relationship strength',
  personalRapport: 'Personal rapport',
  // Shared by all of the person's stakeholder roles: invitations and reminders go to the new address.
  email: 'E-mail',
};

function Value({ field, value }: { field: StakeholderChange['field']; value: unknown }): ReactNode {
  if (value == null || (Array.isArray(value) && value.length === 0 && field !== 'personas')) {
    return (
      <Text span size="sm" c="dimmed">
        not set
      </Text>
    );
  }
  switch (field) {
    case 'personas':
      return <PersonaBadges personas={Array.isArray(value) ? (value as string[]) : [String(value)]} size="xs" />;
    case 'assessedSentiment':
    case 'measuredSentiment':
      return String(value) in SENTIMENT_LABELS ? (
        <SentimentBadge sentiment={value as Sentiment} />
      ) : (
        <Text span size="sm">
          {String(value)}
        </Text>
      );
    case 'keyToSuccess':
      return String(value) in KEY_TO_SUCCESS_LABELS ? (
        <KeyToSuccessBadge value={value as KeyToSuccess} />
      ) : (
        <Text span size="sm">
          {String(value)}
        </Text>
      );
    case 'email':
      return (
        <Text span size="sm" fw={600}>
          {String(value)}
        </Text>
      );
    case 'status':
      return (
        <Text span size="sm" fw={600}>
          {value === 'left' ? 'Left' : value === 'active' ? 'Active' : String(value)}
        </Text>
      );
    default:
      return (
        <Text span size="sm" fw={600}>
          {String(value)} of 5
        </Text>
      );
  }
}

export function HistoryDrawer({ stakeholder, onClose }: { stakeholder: Stakeholder | null; onClose: () => void }) {
  return (
    <Drawer
      opened={Boolean(stakeholder)}
      onClose={onClose}
      position="right"
      size="md"
      title={stakeholder ? `History of ${stakeholder.person.fullName}` : 'History'}
    >
      {stakeholder ? <HistoryList stakeholderId={stakeholder.id} /> : null}
    </Drawer>
  );
}

function HistoryList({ stakeholderId }: { stakeholderId: string }) {
  const history = useQuery(stakeholderHistoryQuery(stakeholderId));
  if (history.isPending) return <LoadingBlock label="Loading history" />;
  if (history.isError) return <ErrorAlert error={history.error} onRetry={() => history.refetch()} />;
  const items = [...history.data].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  if (items.length === 0) {
    return (
      <Empty
        icon={<IconHistory />}
        title="No changes yet"
        description="Persona and sentiment changes will appear here with who made them and why."
      />
    );
  }
  return (
    <Timeline bulletSize={12} lineWidth={2} mt="sm">
      {items.map((change) => (
        <Timeline.Item key={change.id} title={labelOf(FIELD_LABELS, change.field)}>
          <Group gap={6} mt={4} wrap="wrap">
            <Value field={change.field} value={change.fromValue} />
            <Text span size="sm" c="dimmed" aria-label="changed to">
              →
            </Text>
            <Value field={change.field} value={change.toValue} />
          </Group>
          {change.reason ? (
            <Text size="sm" mt={6} className="rp-summary">
              “{change.reason}”
            </Text>
          ) : null}
          <Text size="xs" c="dimmed" mt={4}>
            {formatDateTime(change.changedAt)}
            {change.changedByName ? ` · ${change.changedByName}` : ''}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
