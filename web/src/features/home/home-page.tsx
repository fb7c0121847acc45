/** Home: a CSM sees their own book, renewals first; leaders, executives and admins see the portfolio. */
import { SimpleGrid, Stack } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { LIFECYCLE_STAGES, TIER_LABELS, TIERS } from '../../domain/labels.ts';
import { daysFromToday } from '../../lib/format.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ErrorAlert } from '../../ui/query-states.tsx';
import { accountListQuery } from '../accounts/accounts-api.ts';
import { type Me, useMe } from '../auth/session.ts';
import { MyActionsCard } from '../coverage/my-actions-card.tsx';
import { AccountListCard } from './account-list-card.tsx';
import { StatCard } from './stat-card.tsx';

const OPEN_STAGES = LIFECYCLE_STAGES.filter((s) => s !== 'churned').join(',');

const firstName = (me: Me) => (me.name || me.email).split(/\s+/)[0];

export function HomePage() {
  const me = useMe();
  return me.role === 'csm' ? <CsmHome me={me} /> : <PortfolioHome me={me} />;
}

function CsmHome({ me }: { me: Me }) {
  // A CSM's book is small enough to count the quiet ones on the client.
  const book = useQuery(accountListQuery({ ownerId: 'me', sort: 'renewalDate', order: 'asc', limit: 500 }));
  const items = book.data?.items ?? [];
  const renewing = items.filter((a) => a.renewalDate && daysFromToday(a.renewalDate) >= 0 && daysFromToday(a.renewalDate) <= 90).length;
  const quiet = items.filter((a) => !a.lastTouchpointAt || -daysFromToday(a.lastTouchpointAt) > 30).length;
  const unmapped = items.filter((a) => a.activeStakeholders === 0).length;
  const value = (n: number) => (book.isPending ? '…' : book.isError ? '—' : n);

  return (
    <>
      <PageHeader title={`Welcome back, ${firstName(me)}`} description="Your book of accounts, renewals first." />
      <Stack gap="lg">
        {book.isError ? <ErrorAlert error={book.error} title="Could not load your accounts" onRetry={() => book.refetch()} /> : null}
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
          <StatCard label="My accounts" value={value(book.data?.total ?? 0)} search={{ owner: 'me' }} />
          <StatCard
            label="Renewing in 90 days"
            value={value(renewing)}
            color={renewing ? 'orange.8' : undefined}
            search={{ owner: 'me', renewal: 90, sort: 'renewalDate', order: 'asc' }}
          />
          <StatCard
            label="No engagement in 30 days"
            value={value(quiet)}
            color={quiet ? 'red.7' : undefined}
            hint="Internal notes don't count"
          />
          <StatCard label="No stakeholders mapped" value={value(unmapped)} color={unmapped ? 'red.7' : undefined} />
        </SimpleGrid>
        <MyActionsCard />
        <AccountListCard
          title="Renewals in the next 90 days"
          description="Soonest first"
          params={{ ownerId: 'me', renewalWithinDays: 90, sort: 'renewalDate', order: 'asc', limit: 10 }}
          viewAll={{ owner: 'me', renewal: 90, sort: 'renewalDate', order: 'asc' }}
          emptyTitle="No renewals in the next 90 days"
          emptyDescription="Accounts renewing soon will show up here."
          testId="home-renewals"
          hideOwner
        />
        <AccountListCard
          title="My accounts"
          description="All accounts you own"
          params={{ ownerId: 'me', sort: 'name', order: 'asc', limit: 25 }}
          viewAll={{ owner: 'me' }}
          emptyTitle="No accounts assigned to you yet"
          emptyDescription="Ask your CS leader to assign accounts to you, or create one from Accounts."
          testId="home-my-accounts"
          hideOwner
        />
      </Stack>
    </>
  );
}

function PortfolioHome({ me }: { me: Me }) {
  const counts = useQueries({
    queries: [
      accountListQuery({ limit: 1 }),
      accountListQuery({ limit: 1, renewalWithinDays: 90 }),
      ...TIERS.map((tier) => accountListQuery({ limit: 1, tier })),
    ],
  });
  const count = (i: number) => {
    const q = counts[i];
    return !q || q.isPending ? '…' : q.isError ? '—' : q.data.total;
  };
  const failed = counts.find((q) => q.isError);

  return (
    <>
      <PageHeader title={`Welcome back, ${firstName(me)}`} description="The whole portfolio at a glance." />
      <Stack gap="lg">
        {failed ? (
          <ErrorAlert
            error={failed.error}
            title="Could not load the portfolio"
            onRetry={() => {
              for (const q of counts) q.refetch();
            }}
          />
        ) : null}
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="md">
          <StatCard label="Accounts" value={count(0)} search={{}} />
          <StatCard
            label="Renewing in 90 days"
            value={count(1)}
            color="orange.8"
            search={{ renewal: 90, sort: 'renewalDate', order: 'asc' }}
          />
          {TIERS.map((tier, i) => (
            <StatCard key={tier} label={`${TIER_LABELS[tier]} tier`} value={count(i + 2)} search={{ tier }} />
          ))}
        </SimpleGrid>
        <AccountListCard
          title="Upcoming renewals"
          description="Next 90 days, across all CSMs"
          params={{ renewalWithinDays: 90, sort: 'renewalDate', order: 'asc', limit: 10 }}
          viewAll={{ renewal: 90, sort: 'renewalDate', order: 'asc' }}
          emptyTitle="No renewals in the next 90 days"
          testId="home-renewals"
        />
        <AccountListCard
          title="Largest accounts"
          description="By ARR, excluding churned accounts"
          params={{ sort: 'arr', order: 'desc', limit: 10, stage: OPEN_STAGES }}
          viewAll={{ sort: 'arr', order: 'desc', stage: OPEN_STAGES }}
          emptyTitle="No accounts yet"
          emptyDescription="Create accounts from the Accounts page, or import them."
        />
      </Stack>
    </>
  );
}
