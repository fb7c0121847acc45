/** Results: NPS always beside its response rate, the four groups, 1–5 answers above 3.5, breakdowns, and themes from the verbatims. */
import { Anchor, Badge, Button, Group, Paper, Radio, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { Fragment, type ReactNode } from 'react';
import { humanize, optionsOf, PERSONA_LABELS, PERSONAS, personaLabel } from '../../../domain/labels.ts';
import { formatDate } from '../../../lib/format.ts';
import { IconAssessment, IconFilterOff } from '../../../ui/icons.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../../ui/query-states.tsx';
import { TierBadge } from '../../accounts/account-badges.tsx';
import { segmentsQuery } from '../../coverage/coverage-api.ts';
import { CoverageSection } from '../../coverage/coverage-section.tsx';
import { formatNps, formatPercent, GROUPS, METHODS, plural, responseRateText } from '../assessment-labels.ts';
import { Figure, GroupsBar, NpsWithRate, SilentBadge } from '../assessment-parts.tsx';
import {
  type NpsCell,
  type Participation,
  type Results,
  ROLL_UP_METHODS,
  type RollUpMethod,
  resultsQuery,
  wavesQuery,
} from '../assessments-api.ts';
import type { ResultsSearch } from '../assessments-search.ts';

const route = getRouteApi('/app/assessments/results');

export function ResultsPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/assessments/results' });
  const update = (patch: Partial<ResultsSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const method = search.method ?? 'all_responses';
  const results = useQuery(
    resultsQuery({
      programId: search.program,
      waveId: search.wave,
      segmentId: search.segment,
      persona: search.persona,
      method,
    }),
  );

  return (
    <>
      <PageHeader
        title="Assessment results"
        description="How stakeholders feel, in their own words — always next to how many of those asked actually answered."
      />
      <Stack gap="md">
        <ResultsFilters search={search} onChange={update} onClear={() => navigate({ search: { method: search.method } })} />
        <MethodChooser method={method} onChange={(m) => update({ method: m === 'all_responses' ? undefined : m })} />
        {results.isPending ? (
          <LoadingBlock rows={8} label="Loading results" />
        ) : results.isError ? (
          <ErrorAlert error={results.error} title="Could not load the results" onRetry={() => results.refetch()} />
        ) : results.data.overall.invited === 0 && results.data.overall.responses === 0 ? (
          <Paper>
            <Empty
              icon={<IconAssessment />}
              title="No results yet"
              description="Results appear once a program has invited stakeholders. Launch a program, or clear the filters."
            />
          </Paper>
        ) : (
          <div style={{ opacity: results.isPlaceholderData ? 0.6 : 1 }} data-testid="results">
            <ResultsBody results={results.data} />
          </div>
        )}
      </Stack>
    </>
  );
}

function ResultsFilters({
  search,
  onChange,
  onClear,
}: {
  search: ResultsSearch;
  onChange: (patch: Partial<ResultsSearch>) => void;
  onClear: () => void;
}) {
  const waves = useQuery(wavesQuery());
  const segments = useQuery(segmentsQuery);
  const programs = new Map((waves.data ?? []).map((w) => [w.programId, w.programName]));
  const waveOptions = (waves.data ?? [])
    .filter((w) => !search.program || w.programId === search.program)
    .map((w) => ({ value: w.id, label: `${w.programName} — ${formatDate(w.launchedAt)}` }));
  const filtered = Boolean(search.program || search.wave || search.segment || search.persona);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" role="search" aria-label="Filter results">
      <Select
        label="Program"
        placeholder="All programs"
        data={[...programs].map(([value, label]) => ({ value, label }))}
        clearable
        value={search.program ?? null}
        onChange={(v) => onChange({ program: v ?? undefined, wave: undefined })}
      />
      <Select
        label="Wave"
        placeholder="All waves"
        data={waveOptions}
        clearable
        value={search.wave ?? null}
        onChange={(v) => onChange({ wave: v ?? undefined })}
      />
      <Select
        label="Segment"
        placeholder="All segments"
        data={(segments.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        clearable
        value={search.segment ?? null}
        onChange={(v) => onChange({ segment: v ?? undefined })}
      />
      <Select
        label="Persona"
        placeholder="All personas"
        data={optionsOf(PERSONAS, PERSONA_LABELS)}
        clearable
        value={search.persona ?? null}
        onChange={(v) => onChange({ persona: v ?? undefined })}
      />
      <Group align="flex-end">
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={onClear} disabled={!filtered}>
          Clear
        </Button>
      </Group>
    </SimpleGrid>
  );
}

function MethodChooser({ method, onChange }: { method: RollUpMethod; onChange: (m: RollUpMethod) => void }) {
  return (
    <Paper p="md">
      <Radio.Group
        label="Account roll-up method"
        description="How the answers of several stakeholders in one account are combined into the account’s NPS"
        value={method}
        onChange={(v) => onChange(v as RollUpMethod)}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" mt="xs">
          {ROLL_UP_METHODS.map((m) => (
            <Radio key={m} value={m} label={METHODS[m].label} description={METHODS[m].explanation} />
          ))}
        </SimpleGrid>
      </Radio.Group>
    </Paper>
  );
}

function ResultsBody({ results: r }: { results: Results }) {
  const o = r.overall;
  const silentAccounts = r.byAccount.filter((a) => a.silent).length;
  return (
    <Stack gap="md">
      <Paper p="md" data-testid="results-overall">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="lg">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                Overall · {METHODS[r.method]?.label ?? humanize(r.method)}
              </Text>
              <NpsWithRate cell={o} size="xl" />
            </div>
            <Group gap="xl" wrap="wrap">
              <Figure label="Responses" value={o.responses} />
              <Figure
                label="1–5 answers above 3.5"
                value={formatPercent(o.scaleAbove35.share)}
                hint={o.scaleAbove35.count ? `of ${plural(o.scaleAbove35.count, '1–5 answer')}` : 'no 1–5 answers yet'}
              />
              <Figure label="Silent accounts" value={silentAccounts} hint="nobody invited answered" />
            </Group>
          </Group>
          <GroupsBar counts={o} />
          {o.responses > o.responded ? (
            <Text size="xs" c="dimmed" data-testid="results-outside-waves">
              {plural(o.responses - o.responded, 'answer')} came from outside a wave, such as imported past answers: they count in the NPS
              and its groups, not in the response rate or the non-responders.
            </Text>
          ) : null}
        </Stack>
      </Paper>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Breakdown
          title="By persona"
          rows={r.byPersona.map((p) => ({ key: p.persona, label: personaLabel(p.persona), cell: p }))}
          testId="results-by-persona"
        />
        <Breakdown
          title="By segment"
          rows={r.bySegment.map((s) => ({ key: s.segmentId, label: s.segmentName, cell: s }))}
          testId="results-by-segment"
        />
      </SimpleGrid>

      <Breakdown
        title="By account"
        description="Silent: invited, and nobody answered after the last reminder. The basis says which answers make up the account’s NPS."
        testId="results-by-account"
        rows={r.byAccount.map((a) => ({
          key: a.accountId,
          label: (
            <Stack gap={2}>
              <Group gap={6} wrap="nowrap">
                <Anchor
                  size="sm"
                  fw={600}
                  c="dark.8"
                  renderRoot={(props) => (
                    <Link {...props} to="/accounts/$accountId" params={{ accountId: a.accountId }} search={{ tab: 'assessments' }} />
                  )}
                >
                  {a.accountName}
                </Anchor>
                <TierBadge tier={a.tier} size="xs" />
                {a.silent ? <SilentBadge /> : null}
              </Group>
              <Text size="xs" c="dimmed">
                {a.ownerName ?? 'Unassigned'} · {a.basis}
              </Text>
            </Stack>
          ),
          cell: a,
        }))}
      />

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Breakdown
          title="By CSM"
          description="Response rate of the accounts each CSM owns"
          testId="results-by-csm"
          rows={r.byCsm.map((c) => ({ key: c.userId ?? 'none', label: c.name, cell: c }))}
        />
        <Breakdown
          title="By wave"
          testId="results-by-wave"
          rows={r.byWave.map((w) => ({
            key: w.waveId,
            label: (
              <div>
                <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/assessments/waves/$waveId" params={{ waveId: w.waveId }} />}>
                  {w.programName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  Launched {formatDate(w.launchedAt)}
                </Text>
              </div>
            ),
            cell: w,
          }))}
        />
      </SimpleGrid>

      <Themes themes={r.themes} />
    </Stack>
  );
}

/** "35 promoters · 25 passives · …": breaks only between groups, so a narrow card wraps it instead of clipping it. */
function GroupsText({ cell }: { cell: Participation }) {
  const shown = GROUPS.filter((g) => cell[g.key] > 0);
  return (
    <Text size="xs" c="dimmed" mt={4} className="rp-asm-groups">
      {shown.length === 0
        ? 'nobody invited'
        : shown.map((g, i) => (
            <Fragment key={g.key}>
              {i > 0 ? ' ' : null}
              <span>
                {plural(cell[g.key], g.one, g.many)}
                {i < shown.length - 1 ? '\u00a0·' : null}
              </span>
            </Fragment>
          ))}
    </Text>
  );
}

type Row = { key: string; label: ReactNode; cell: Participation & Partial<NpsCell> };

function Breakdown({ title, description, rows, testId }: { title: string; description?: string; rows: Row[]; testId: string }) {
  const withNps = rows.some((r) => r.cell.nps !== undefined);
  return (
    <CoverageSection title={title} description={description} testId={testId}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          Nothing to show for these filters.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480} type="native">
          <Table verticalSpacing={8}>
            <Table.Thead className="rp-table-head">
              <Table.Tr>
                <Table.Th />
                {withNps ? <Table.Th style={{ textAlign: 'right' }}>NPS</Table.Th> : null}
                <Table.Th>Responded</Table.Th>
                <Table.Th style={{ width: '34%' }}>Groups</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td style={{ minWidth: 170 }}>
                    {typeof r.label === 'string' ? (
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {r.label}
                      </Text>
                    ) : (
                      r.label
                    )}
                  </Table.Td>
                  {withNps ? (
                    <Table.Td style={{ textAlign: 'right' }} className="rp-asm-num">
                      <Text size="sm" fw={700}>
                        {formatNps(r.cell.nps)}
                      </Text>
                    </Table.Td>
                  ) : null}
                  <Table.Td className="rp-asm-num">
                    <Text size="sm">{responseRateText(r.cell)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <GroupsBar counts={r.cell} size="md" legend={false} />
                    <GroupsText cell={r.cell} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </CoverageSection>
  );
}

function Themes({ themes }: { themes: Results['themes'] }) {
  return (
    <CoverageSection
      title="Themes in the verbatims"
      description="Simple themes found in free-text answers. E-mail addresses and phone numbers are masked."
      testId="results-themes"
    >
      {themes.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          No free-text answers for these filters yet.
        </Text>
      ) : (
        <Stack gap={0}>
          {themes.map((t) => (
            <div key={t.theme} style={{ padding: '12px 16px', borderTop: '1px solid var(--mantine-color-gray-2)' }}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Title order={3} size="h5">
                  {humanize(t.theme)}{' '}
                  <Text span c="dimmed" size="sm" fw={400}>
                    {plural(t.count, 'mention')}
                  </Text>
                </Title>
                <Group gap={6}>
                  <Badge color="teal" variant="light" radius="sm" size="sm">
                    {plural(t.promoters, 'promoter')}
                  </Badge>
                  <Badge color="gray" variant="light" radius="sm" size="sm">
                    {plural(t.passives, 'passive')}
                  </Badge>
                  <Badge color="red" variant="light" radius="sm" size="sm">
                    {plural(t.detractors, 'detractor')}
                  </Badge>
                </Group>
              </Group>
              {t.examples.length ? (
                <Stack gap={4} mt={6} component="ul" style={{ margin: '6px 0 0', paddingLeft: 18 }}>
                  {t.examples.map((e) => (
                    <Text key={e} size="sm" component="li" c="gray.8">
                      “{e}”
                    </Text>
                  ))}
                </Stack>
              ) : null}
            </div>
          ))}
        </Stack>
      )}
    </CoverageSection>
  );
}
