/** Suggests personas from a job title. Only a suggestion: personas change when the user presses Apply. */
import { Button, Group, Loader, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type Persona, personaLabel, SENIORITY_LABELS } from '../../domain/labels.ts';
import { IconSparkles } from '../../ui/icons.tsx';
import { personaSuggestionQuery } from './stakeholders-api.ts';

type Props = { title: string; selected: Persona[]; onApply: (personas: Persona[]) => void };

export function PersonaSuggestion({ title, selected, onApply }: Props) {
  const [debounced] = useDebouncedValue(title.trim(), 400);
  const suggestion = useQuery(personaSuggestionQuery(debounced));

  if (debounced.length < 2) return null;
  if (suggestion.isPending && suggestion.fetchStatus === 'fetching') {
    return (
      <Group gap="xs" aria-live="polite">
        <Loader size="xs" />
        <Text size="xs" c="dimmed">
          Looking at the title…
        </Text>
      </Group>
    );
  }
  const data = suggestion.data;
  if (!data) return null;
  if (data.personas.length === 0) {
    return (
      <Text size="xs" c="dimmed" aria-live="polite">
        No persona suggestion for “{debounced}”. Choose the personas yourself.
      </Text>
    );
  }
  const missing = data.personas.filter((p) => !selected.includes(p));
  const parts = [
    data.personas.map(personaLabel).join(', '),
    data.seniority && data.seniority !== 'unknown' ? (SENIORITY_LABELS[data.seniority] ?? data.seniority) : null,
    `${Math.round(data.confidence * 100)}%`,
  ].filter(Boolean);

  return (
    <Paper p="xs" bg="indigo.0" withBorder={false} aria-live="polite" data-testid="persona-suggestion">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap={8} wrap="nowrap" align="flex-start">
          <IconSparkles size={16} style={{ color: 'var(--mantine-color-indigo-6)', flexShrink: 0, marginTop: 2 }} />
          <div>
            <Text size="sm">
              <Text span size="sm" c="dimmed">
                Suggested from title:{' '}
              </Text>
              <Text span size="sm" fw={600}>
                {parts.join(' · ')}
              </Text>
            </Text>
            {data.reasons.length > 0 ? (
              <Text size="xs" c="dimmed">
                {data.reasons.join('; ')}
              </Text>
            ) : null}
          </div>
        </Group>
        <Button
          size="xs"
          variant={missing.length ? 'filled' : 'light'}
          disabled={missing.length === 0}
          onClick={() => onApply([...selected, ...missing])}
          aria-label={
            missing.length ? `Apply suggested personas: ${data.personas.map(personaLabel).join(', ')}` : 'Suggested personas applied'
          }
        >
          {missing.length ? 'Apply' : 'Applied'}
        </Button>
      </Group>
    </Paper>
  );
}
