import { Badge, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { NotFound } from '../../app/route-states.tsx';
import type { AccountTab } from '../../app/router.tsx';
import { isApiError } from '../../lib/api.ts';
import { IconAssessment, IconCoverage, IconHistory, IconTimeline, IconUsers } from '../../ui/icons.tsx';
import { ErrorAlert, LoadingBlock } from '../../ui/query-states.tsx';
import { AccountAssessmentsTab } from '../assessments/account-assessments-tab.tsx';
import { accountCoverageQuery } from '../coverage/coverage-api.ts';
import { CoverageTab } from '../coverage/coverage-tab.tsx';
import { TimelineSection } from '../engagement/timeline-section.tsx';
import { accountStakeholdersQuery } from '../stakeholders/stakeholders-api.ts';
import { StakeholdersSection } from '../stakeholders/stakeholders-section.tsx';
import { AccountHeader } from './account-header.tsx';
import { accountQuery } from './accounts-api.ts';
import { StageHistory } from './stage-history.tsx';

const route = getRouteApi('/app/accounts/$accountId');

export function AccountPage() {
  const { accountId } = route.useParams();
  const { tab = 'coverage', persona } = route.useSearch();
  const navigate = useNavigate({ from: '/accounts/$accountId' });
  const account = useQuery(accountQuery(accountId));
  const stakeholders = useQuery(accountStakeholdersQuery(accountId));
  const activeCount = stakeholders.data?.filter((s) => s.status === 'active').length;
  const gapCount = useQuery(accountCoverageQuery(accountId)).data?.gaps.length;

  if (account.isPending) return <LoadingBlock label="Loading account" />;
  if (account.isError) {
    if (isApiError(account.error) && account.error.status === 404) return <NotFound />;
    return <ErrorAlert error={account.error} title="Could not load the account" onRetry={() => account.refetch()} />;
  }

  return (
    <>
      <AccountHeader account={account.data} />
      <Tabs
        value={tab}
        onChange={(value) =>
          navigate({ search: { tab: value === 'coverage' ? undefined : (value as Exclude<AccountTab, 'coverage'>) }, replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab
            value="coverage"
            leftSection={<IconCoverage size={16} />}
            rightSection={
              gapCount ? (
                <Badge size="sm" variant="light" color="red" circle={gapCount < 10} aria-label={`${gapCount} open gaps`}>
                  {gapCount}
                </Badge>
              ) : null
            }
          >
            Coverage
          </Tabs.Tab>
          <Tabs.Tab
            value="stakeholders"
            leftSection={<IconUsers size={16} />}
            rightSection={
              activeCount != null ? (
                <Badge size="sm" variant="light" circle={activeCount < 10}>
                  {activeCount}
                </Badge>
              ) : null
            }
          >
            Stakeholders
          </Tabs.Tab>
          <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} />}>
            Timeline
          </Tabs.Tab>
          <Tabs.Tab value="stages" leftSection={<IconHistory size={16} />}>
            Stage history
          </Tabs.Tab>
          <Tabs.Tab value="assessments" leftSection={<IconAssessment size={16} />}>
            Assessments
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="coverage">
          <CoverageTab account={account.data} persona={persona} />
        </Tabs.Panel>
        <Tabs.Panel value="stakeholders">
          <StakeholdersSection account={account.data} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <TimelineSection account={account.data} />
        </Tabs.Panel>
        <Tabs.Panel value="stages">
          <StageHistory accountId={accountId} />
        </Tabs.Panel>
        <Tabs.Panel value="assessments">
          <AccountAssessmentsTab account={account.data} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
