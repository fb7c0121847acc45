/** The account page's Coverage tab: the mix against the model, the gaps, the relationship plan and the stakeholder matrix. */
import { Anchor, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { personaLabel } from '../../domain/labels.ts';
import { isApiError } from '../../lib/api.ts';
import { IconUsers } from '../../ui/icons.tsx';
import { Empty, ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import type { Account } from '../accounts/accounts-api.ts';
import { canWriteAccount, writeBlockedReason } from '../auth/permissions.ts';
import { useMe } from '../auth/session.ts';
import { type AccountCoverage, accountCoverageQuery } from './coverage-api.ts';
import { SEVERITIES, SEVERITY_LABELS } from './coverage-labels.ts';
import { CoverageSection } from './coverage-section.tsx';
import { GapsList } from './gaps-list.tsx';
import { RelationshipPlan } from './relationship-plan.tsx';
import { SeverityBadge } from './severity-badge.tsx';
import { StakeholderMatrix } from './stakeholder-matrix.tsx';
import { StakeholderMix } from './stakeholder-mix.tsx';
import './coverage.css';

export function CoverageTab({ account, persona }: { account: Account; persona?: string }) {
  const me = useMe();
  const coverage = useQuery(accountCoverageQuery(account.id));

  // Deep link from the heat map: bring the persona's row into view once it is on screen.
  useEffect(() => {
    if (!persona || !coverage.data) return;
    document.getElementById(`coverage-persona-${persona}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [persona, coverage.data]);

  if (coverage.isPending) return <LoadingBlock rows={6} label="Loading coverage" />;
  if (coverage.isError) {
    if (isApiError(coverage.error) && coverage.error.status === 409) {
      return (
        <Paper>
          <Empty icon={<IconUsers />} title="No coverage for a closed account" description={coverage.error.detail} />
        </Paper>
      );
    }
    return <ErrorAlert error={coverage.error} title="Could not load coverage" onRetry={() => coverage.refetch()} />;
  }
  const data = coverage.data;
  const writable = canWriteAccount(me, account);
  const openActions = data.actions.filter((a) => a.status === 'open').length;

  return (
    <Stack gap="md" data-testid="coverage-tab">
      <CoverageSummaryStrip data={data} persona={persona} openActions={openActions} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <CoverageSection
            title="Stakeholder mix"
            description={`Against the ${data.segment.name} coverage model`}
            aside={
              <Anchor
                size="sm"
                renderRoot={(props) => <Link {...props} to="/coverage" search={{ view: 'models', segment: data.segment.id }} />}
              >
                View model
              </Anchor>
            }
          >
            <StakeholderMix mix={data.mix} highlight={persona} />
          </CoverageSection>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <CoverageSection
            title="Gaps"
            description={data.gaps.length ? `${data.gaps.length} open, worst first` : 'Nothing missing'}
            testId="coverage-gaps-section"
          >
            <GapsList gaps={data.gaps} highlight={persona} />
          </CoverageSection>
        </Grid.Col>
      </Grid>
      <CoverageSection
        title="Relationship plan"
        description={
          openActions
            ? `${openActions} open action${openActions === 1 ? '' : 's'} to close the gaps, most urgent first`
            : 'Actions that close the gaps'
        }
      >
        <RelationshipPlan actions={data.actions} writable={writable} blockedReason={writeBlockedReason(me)} highlight={persona} />
      </CoverageSection>
      <CoverageSection title="Stakeholder matrix" description="Who matters most, and where they stand. Active stakeholders only." padded>
        {data.matrix.length ? (
          <StakeholderMatrix points={data.matrix} />
        ) : (
          <Empty
            icon={<IconUsers />}
            title="No active stakeholders"
            description="Add stakeholders on the Stakeholders tab to see them here."
          />
        )}
      </CoverageSection>
    </Stack>
  );
}

function CoverageSummaryStrip({ data, persona, openActions }: { data: AccountCoverage; persona?: string; openActions: number }) {
  const counts = SEVERITIES.map((s) => ({ s, n: data.gaps.filter((g) => g.severity === s).length })).filter((c) => c.n > 0);
  const covered = data.mix.filter((m) => m.coverage === 'present' && m.wanted > 0).length;
  const required = data.mix.filter((m) => m.wanted > 0).length;
  return (
    <Paper px="md" py="sm">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="lg" wrap="wrap" style={{ rowGap: 4 }}>
          <Text size="sm">
            <Text span fw={700}>
              {covered} of {required}
            </Text>{' '}
            required personas covered
          </Text>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={700}>
              {data.gaps.length}
            </Text>
            <Text size="sm">open gap{data.gaps.length === 1 ? '' : 's'}</Text>
            {counts.map(({ s, n }) => (
              <span key={s} title={`${n} ${SEVERITY_LABELS[s].toLowerCase()}`}>
                <SeverityBadge severity={s} size="xs" />
                <Text span size="xs" ml={3} mr={4}>
                  {n}
                </Text>
              </span>
            ))}
          </Group>
          <Text size="sm">
            <Text span fw={700}>
              {openActions}
            </Text>{' '}
            open action{openActions === 1 ? '' : 's'}
          </Text>
        </Group>
        {persona ? (
          <Text size="sm" c="indigo.7" fw={600}>
            Showing {personaLabel(persona)}
          </Text>
        ) : null}
      </Group>
    </Paper>
  );
}
