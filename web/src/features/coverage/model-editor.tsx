/** One segment's coverage model as a form: per persona minimum, lowest sentiment, recency limit, participation target. */
import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { labelOf, PERSONAS, type Persona, personaLabel, SENTIMENT_LABELS, SENTIMENTS, type Sentiment } from '../../domain/labels.ts';
import { errorMessage } from '../../lib/api.ts';
import { type CoverageModelInput, type Segment, useSaveCoverageModel } from './coverage-api.ts';
import { CoverageSection } from './coverage-section.tsx';

type Row = {
  persona: Persona;
  minCount: number | '';
  lowestSentiment: Sentiment | null;
  recencyDays: number | '';
  participation: number | '';
};
type Draft = { rows: Row[]; minEngaged: number | ''; windowDays: number | '' };

function draftOf(segment: Segment): Draft {
  const byPersona = new Map(segment.model.requirements.map((r) => [r.persona, r]));
  return {
    rows: PERSONAS.map((persona) => {
      const r = byPersona.get(persona);
      return {
        persona,
        minCount: r?.minCount ?? 0,
        lowestSentiment: r?.lowestSentiment ?? null,
        recencyDays: r?.recencyDays ?? '',
        participation: r?.participationTarget == null ? '' : Math.round(r.participationTarget * 100),
      };
    }),
    minEngaged: segment.model.minEngagedStakeholders,
    windowDays: segment.model.engagementWindowDays,
  };
}

function toInput(d: Draft): CoverageModelInput {
  return {
    requirements: d.rows.map((r) => ({
      persona: r.persona,
      minCount: r.minCount === '' ? 0 : r.minCount,
      lowestSentiment: r.lowestSentiment,
      recencyDays: r.recencyDays === '' ? null : r.recencyDays,
      participationTarget: r.participation === '' ? null : r.participation / 100,
    })),
    minEngagedStakeholders: d.minEngaged === '' ? 1 : d.minEngaged,
    engagementWindowDays: d.windowDays === '' ? 90 : d.windowDays,
  };
}

const SENTIMENT_OPTIONS = [
  { value: 'any', label: 'Any (no limit)' },
  ...SENTIMENTS.filter((s) => s !== 'detractor').map((s) => ({ value: s, label: `${labelOf(SENTIMENT_LABELS, s)} or better` })),
];

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const num = (v: string | number): number | '' => (v === '' || v == null ? '' : Number(v));

export function ModelEditor({ segment, editable }: { segment: Segment; editable: boolean }) {
  const [draft, setDraft] = useState(() => draftOf(segment));
  const save = useSaveCoverageModel();
  const dirty = JSON.stringify(toInput(draft)) !== JSON.stringify(toInput(draftOf(segment)));
  const setRow = (i: number, patch: Partial<Row>) =>
    setDraft((d) => ({ ...d, rows: d.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  const submit = () =>
    save.mutate(
      { segmentId: segment.id, model: toInput(draft) },
      {
        onSuccess: ({ recompute }) =>
          notifications.show({
            color: 'teal',
            title: `${segment.name} model saved`,
            message: `Recomputed ${plural(recompute.accounts, 'account')}: ${plural(recompute.gapsOpened, 'gap')} opened, ${recompute.gapsClosed} closed.`,
            autoClose: 8000,
          }),
      },
    );

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (editable && dirty) submit();
      }}
    >
      <CoverageSection
        title={`${segment.name}: desired stakeholder mix`}
        description={
          editable
            ? "Empty recency or participation means no limit. Saving recomputes every account's gaps."
            : 'What every account in this segment is measured against.'
        }
      >
        <Table.ScrollContainer minWidth={720} type="native">
          <Table verticalSpacing={6} data-testid="model-editor">
            <Table.Thead className="rp-table-head">
              <Table.Tr>
                <Table.Th>Persona</Table.Th>
                <Table.Th style={{ width: 120 }}>Minimum</Table.Th>
                <Table.Th style={{ width: 210 }}>Lowest acceptable sentiment</Table.Th>
                <Table.Th style={{ width: 160 }}>Recency limit (days)</Table.Th>
                <Table.Th style={{ width: 170 }}>Participation target</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft.rows.map((row, i) => {
                const name = personaLabel(row.persona);
                return (
                  <Table.Tr key={row.persona}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {name}
                      </Text>
                    </Table.Td>
                    {editable ? (
                      <>
                        <Table.Td>
                          <NumberInput
                            aria-label={`${name}: minimum count`}
                            size="xs"
                            min={0}
                            max={50}
                            allowDecimal={false}
                            allowNegative={false}
                            value={row.minCount}
                            onChange={(v) => setRow(i, { minCount: num(v) })}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Select
                            aria-label={`${name}: lowest acceptable sentiment`}
                            size="xs"
                            allowDeselect={false}
                            data={SENTIMENT_OPTIONS}
                            value={row.lowestSentiment ?? 'any'}
                            onChange={(v) => setRow(i, { lowestSentiment: !v || v === 'any' ? null : (v as Sentiment) })}
                          />
                        </Table.Td>
                        <Table.Td>
                          <NumberInput
                            aria-label={`${name}: recency limit in days`}
                            size="xs"
                            min={1}
                            max={3650}
                            allowDecimal={false}
                            allowNegative={false}
                            placeholder="No limit"
                            value={row.recencyDays}
                            onChange={(v) => setRow(i, { recencyDays: num(v) })}
                          />
                        </Table.Td>
                        <Table.Td>
                          <NumberInput
                            aria-label={`${name}: participation target in percent`}
                            size="xs"
                            min={0}
                            max={100}
                            allowDecimal={false}
                            allowNegative={false}
                            suffix="%"
                            placeholder="None"
                            value={row.participation}
                            onChange={(v) => setRow(i, { participation: num(v) })}
                          />
                        </Table.Td>
                      </>
                    ) : (
                      <>
                        <Table.Td>
                          <Text size="sm">{row.minCount || 'Optional'}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {row.lowestSentiment ? `${labelOf(SENTIMENT_LABELS, row.lowestSentiment)} or better` : 'Any'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{row.recencyDays === '' ? 'No limit' : `${row.recencyDays} days`}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{row.participation === '' ? 'None' : `${row.participation}%`}</Text>
                        </Table.Td>
                      </>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Paper withBorder={false} p="md" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }} radius={0}>
          <Text size="sm" fw={600} mb={6}>
            Single-threading
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={560}>
            <NumberInput
              label="Minimum engaged stakeholders"
              description="Fewer than this is a single-threaded gap"
              min={1}
              max={50}
              allowDecimal={false}
              readOnly={!editable}
              variant={editable ? 'default' : 'filled'}
              value={draft.minEngaged}
              onChange={(v) => setDraft((d) => ({ ...d, minEngaged: num(v) }))}
            />
            <NumberInput
              label="Engagement window (days)"
              description="Engaged means in a touchpoint this recent"
              min={1}
              max={3650}
              allowDecimal={false}
              readOnly={!editable}
              variant={editable ? 'default' : 'filled'}
              value={draft.windowDays}
              onChange={(v) => setDraft((d) => ({ ...d, windowDays: num(v) }))}
            />
          </SimpleGrid>
          {save.isError ? (
            <Alert color="red" variant="light" mt="md" role="alert" title="Could not save the model">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          {editable ? (
            <Group justify="flex-end" mt="md">
              <Button variant="default" disabled={!dirty || save.isPending} onClick={() => setDraft(draftOf(segment))}>
                Discard changes
              </Button>
              <Button type="submit" disabled={!dirty} loading={save.isPending}>
                Save and recompute
              </Button>
            </Group>
          ) : null}
        </Paper>
      </CoverageSection>
    </form>
  );
}
