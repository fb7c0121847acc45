/** Assessment settings: the fatigue rule across programs, the bands that turn an NPS answer into measured sentiment, the product name. */
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../../lib/api.ts';
import { PageHeader } from '../../../ui/page-header.tsx';
import { ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { SentimentBadge } from '../../stakeholders/stakeholder-badges.tsx';
import { type AssessmentSettings, settingsQuery, useSaveSettings } from '../assessments-api.ts';

export function SettingsPage() {
  const settings = useQuery(settingsQuery);
  return (
    <>
      <PageHeader title="Assessment settings" description="Rules that apply to every program." />
      {settings.isPending ? (
        <LoadingBlock label="Loading settings" />
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} title="Could not load the settings" onRetry={() => settings.refetch()} />
      ) : (
        <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
      )}
    </>
  );
}

type Draft = { fatigueDays: number | ''; supportive: number | ''; neutral: number | ''; resistant: number | ''; productName: string };

const num = (v: string | number): number | '' => (v === '' ? '' : Number(v));

function SettingsForm({ settings }: { settings: AssessmentSettings }) {
  const [d, setD] = useState<Draft>({ fatigueDays: settings.fatigueDays, ...settings.sentimentBands, productName: settings.productName });
  const save = useSaveSettings();
  const server = fieldErrorsOf(save.error);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const complete = d.fatigueDays !== '' && d.supportive !== '' && d.neutral !== '' && d.resistant !== '';
  const [s, n, r] = [Number(d.supportive), Number(d.neutral), Number(d.resistant)];
  const ordered = complete && s > n && n > r && r > 0 && s <= 10;
  const bandError =
    complete && !ordered ? 'Each band must start above the next one: supportive > neutral > resistant > 0, at most 10.' : undefined;

  const submit = () => {
    if (!complete || !ordered) return;
    save.mutate(
      {
        fatigueDays: d.fatigueDays as number,
        sentimentBands: { supportive: d.supportive as number, neutral: d.neutral as number, resistant: d.resistant as number },
        productName: d.productName.trim(),
      },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', title: 'Settings saved', message: 'They apply from the next wave and answer on.' }),
      },
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label="Assessment settings"
    >
      <Stack gap="md" maw={820}>
        <Paper p="md" component="section" aria-labelledby="fatigue-title">
          <Title order={2} size="h5" id="fatigue-title">
            Fatigue rule
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Nobody is asked more often than this, whichever program asks and in whichever account they are a stakeholder.
          </Text>
          <NumberInput
            label="Ask a person at most every (days)"
            min={0}
            allowDecimal={false}
            value={d.fatigueDays}
            onChange={(v) => set('fatigueDays', num(v))}
            error={server.fatigueDays}
            w={320}
          />
        </Paper>

        <Paper p="md" component="section" aria-labelledby="bands-title">
          <Title order={2} size="h5" id="bands-title">
            Measured sentiment
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            A stakeholder’s NPS answer (0–10) sets their measured sentiment, shown beside the CSM’s assessed sentiment. Each band starts at
            the score below.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label="Supportive from"
              min={1}
              max={10}
              allowDecimal={false}
              value={d.supportive}
              onChange={(v) => set('supportive', num(v))}
              error={server['sentimentBands.supportive']}
            />
            <NumberInput
              label="Neutral from"
              min={1}
              max={10}
              allowDecimal={false}
              value={d.neutral}
              onChange={(v) => set('neutral', num(v))}
              error={server['sentimentBands.neutral']}
            />
            <NumberInput
              label="Resistant from"
              min={1}
              max={10}
              allowDecimal={false}
              value={d.resistant}
              onChange={(v) => set('resistant', num(v))}
              error={server['sentimentBands.resistant']}
            />
          </SimpleGrid>
          {bandError ? (
            <Text size="sm" c="red.7" mt="xs" role="alert">
              {bandError}
            </Text>
          ) : complete ? (
            <Group gap="md" mt="sm" wrap="wrap" aria-label="What each score means" data-testid="bands-summary">
              <BandText from={d.supportive as number} to={10} sentiment="supportive" />
              <BandText from={d.neutral as number} to={(d.supportive as number) - 1} sentiment="neutral" />
              <BandText from={d.resistant as number} to={(d.neutral as number) - 1} sentiment="resistant" />
              <BandText from={0} to={(d.resistant as number) - 1} sentiment="detractor" />
            </Group>
          ) : null}
        </Paper>

        <Paper p="md" component="section" aria-labelledby="product-title">
          <Title order={2} size="h5" id="product-title">
            Product name
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Used wherever a question says {'{product}'}, e.g. “How likely are you to recommend {'{product}'} to a colleague?”
          </Text>
          <TextInput
            label="Product name"
            value={d.productName}
            onChange={(e) => set('productName', e.currentTarget.value)}
            error={server.productName}
            w={360}
          />
        </Paper>

        {save.isError && Object.keys(server).length === 0 ? (
          <Alert color="red" variant="light" role="alert" title="Could not save">
            {errorMessage(save.error)}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!complete || !ordered}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function BandText({ from, to, sentiment }: { from: number; to: number; sentiment: 'supportive' | 'neutral' | 'resistant' | 'detractor' }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" className="rp-asm-num">
        {from === to ? from : `${from}–${to}`}
      </Text>
      <SentimentBadge sentiment={sentiment} />
    </Group>
  );
}
