import { DECISION_MAKER_PERSONAS } from '@domain/personas.ts';
import { Badge, Group, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import {
  KEY_TO_SUCCESS_LABELS,
  type KeyToSuccess,
  labelOf,
  personaLabel,
  SENTIMENT_LABELS,
  type Sentiment,
  sortPersonas,
} from '../../domain/labels.ts';
import { formatDate } from '../../lib/format.ts';

const isDecisionMaker = (p: string) => (DECISION_MAKER_PERSONAS as readonly string[]).includes(p);

/** Decision-maker personas are filled, influencing-user personas are light: the two scoring groups. */
export function PersonaBadges({ personas, size = 'sm' }: { personas: readonly string[]; size?: 'xs' | 'sm' }) {
  if (personas.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No persona
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {sortPersonas(personas).map((p) => (
        <Badge
          key={p}
          size={size}
          radius="sm"
          variant="light"
          color={isDecisionMaker(p) ? 'indigo' : 'cyan'}
          style={{ textTransform: 'none', fontWeight: 600 }}
        >
          {personaLabel(p)}
        </Badge>
      ))}
    </Group>
  );
}

export const SENTIMENT_COLORS: Record<Sentiment, string> = {
  detractor: 'red',
  resistant: 'orange',
  neutral: 'gray',
  supportive: 'green',
};

export function SentimentBadge({ sentiment }: { sentiment: Sentiment | null }) {
  if (!sentiment) {
    return (
      <Text size="sm" c="dimmed">
        Not assessed
      </Text>
    );
  }
  return (
    <Badge
      color={SENTIMENT_COLORS[sentiment]}
      variant={sentiment === 'neutral' ? 'outline' : 'light'}
      radius="sm"
      size="sm"
      style={{ textTransform: 'none', fontWeight: 600 }}
    >
      {labelOf(SENTIMENT_LABELS, sentiment)}
    </Badge>
  );
}

type AssessedProps = {
  /** Opens the stakeholder's history, where every assessment is kept with its reason. */
  onOpenHistory?: () => void;
  sentiment: Sentiment | null;
  at: string | null;
  byName: string | null;
  reason: string | null;
  measured: Sentiment | null;
};

/** Assessed (what the CSM believes) and measured (from the stakeholder's own answers), kept apart. */
export function SentimentCell({ sentiment, at, byName, reason, measured, onOpenHistory }: AssessedProps) {
  const who = [byName, at ? formatDate(at) : null].filter(Boolean).join(', ');
  const tip = sentiment ? `Assessed${who ? ` by ${who}` : ''}${reason ? ` — “${reason}”` : ''}` : null;
  return (
    <div>
      {tip && onOpenHistory ? (
        <Tooltip label={tip} multiline maw={320} withArrow>
          <UnstyledButton
            onClick={onOpenHistory}
            aria-label={`Assessed sentiment ${labelOf(SENTIMENT_LABELS, sentiment)}. ${tip}. Show history`}
            style={{ borderRadius: 4, lineHeight: 0 }}
          >
            <SentimentBadge sentiment={sentiment} />
          </UnstyledButton>
        </Tooltip>
      ) : (
        <SentimentBadge sentiment={sentiment} />
      )}
      <Text
        size="xs"
        c="dimmed"
        mt={2}
        style={{ whiteSpace: 'nowrap' }}
        title="Measured sentiment comes from the stakeholder's own assessment answers"
      >
        {measured ? (
          `Measured: ${labelOf(SENTIMENT_LABELS, measured)}`
        ) : (
          <>
            <VisuallyHidden>Measured sentiment: </VisuallyHidden>Not measured yet
          </>
        )}
      </Text>
    </div>
  );
}

// Neutral colours on purpose: red/orange/green already mean sentiment.
const KEY_STYLE: Record<KeyToSuccess, { color: string; variant: 'filled' | 'outline' | 'light' }> = {
  critical: { color: 'dark', variant: 'filled' },
  important: { color: 'dark', variant: 'outline' },
  peripheral: { color: 'gray', variant: 'light' },
};

export function KeyToSuccessBadge({ value }: { value: KeyToSuccess }) {
  return (
    <Badge {...KEY_STYLE[value]} radius="sm" size="sm" style={{ textTransform: 'none', fontWeight: 600 }}>
      {labelOf(KEY_TO_SUCCESS_LABELS, value)}
    </Badge>
  );
}
