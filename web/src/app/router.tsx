/** Routes: sign-in outside, everything else behind the authenticated layout. */
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { AccountPage } from '../features/accounts/account-page.tsx';
import { validateAccountsSearch } from '../features/accounts/account-search.ts';
import { AccountsPage } from '../features/accounts/accounts-page.tsx';
import { AdminPage } from '../features/admin/admin-page.tsx';
import { PastAnswersPage } from '../features/assessments/answers/past-answers-page.tsx';
import { TasksPage } from '../features/assessments/answers/tasks-page.tsx';
import { AssessmentsLayout } from '../features/assessments/assessments-layout.tsx';
import {
  validateOutboxSearch,
  validatePreviewSearch,
  validateResultsSearch,
  validateTasksSearch,
} from '../features/assessments/assessments-search.ts';
import { ProgramFormPage } from '../features/assessments/programs/program-form-page.tsx';
import { ProgramPreviewPage } from '../features/assessments/programs/program-preview-page.tsx';
import { ProgramsPage } from '../features/assessments/programs/programs-page.tsx';
import { WavePage } from '../features/assessments/programs/wave-page.tsx';
import { QuestionnaireBuilderPage } from '../features/assessments/questionnaires/questionnaire-builder-page.tsx';
import { QuestionnairesPage } from '../features/assessments/questionnaires/questionnaires-page.tsx';
import { ResultsPage } from '../features/assessments/results/results-page.tsx';
import { OutboxPage } from '../features/assessments/sending/outbox-page.tsx';
import { SettingsPage } from '../features/assessments/settings/settings-page.tsx';
import { canWriteAnyAccount } from '../features/auth/permissions.ts';
import { type Me, meQueryOptions } from '../features/auth/session.ts';
import { SignInPage } from '../features/auth/sign-in-page.tsx';
import { CoveragePage } from '../features/coverage/coverage-page.tsx';
import { validateCoverageSearch, validatePersona } from '../features/coverage/coverage-search.ts';
import { HomePage } from '../features/home/home-page.tsx';
import { ImportPage } from '../features/integrations/import-page.tsx';
import { PeoplePage } from '../features/people/people-page.tsx';
import { isApiError } from '../lib/api.ts';
import { AppLayout } from './app-layout.tsx';
import { NotFound, RouteError } from './route-states.tsx';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (raw: Record<string, unknown>): { redirect?: string; expired?: boolean } => ({
    redirect: typeof raw.redirect === 'string' ? raw.redirect : undefined,
    expired: raw.expired === true || raw.expired === 'true' ? true : undefined,
  }),
  // Already signed in: go straight to the app.
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions).catch(() => null);
    if (me) throw redirect({ to: '/' });
  },
  component: SignInPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQueryOptions);
      return { me };
    } catch (err) {
      if (isApiError(err) && err.status === 401) {
        throw redirect({ to: '/sign-in', search: { redirect: location.href === '/' ? undefined : location.href } });
      }
      throw err;
    }
  },
  component: AppLayout,
  errorComponent: RouteError,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const accountsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts',
  validateSearch: validateAccountsSearch,
  component: AccountsPage,
});

export const ACCOUNT_TABS = ['coverage', 'stakeholders', 'timeline', 'stages', 'assessments'] as const;
export type AccountTab = (typeof ACCOUNT_TABS)[number];

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts/$accountId',
  // `persona` (from the heat map) opens the Coverage tab at that persona.
  validateSearch: (raw: Record<string, unknown>): { tab?: AccountTab; persona?: string } => ({
    tab: ACCOUNT_TABS.find((t) => t === raw.tab && t !== 'coverage'),
    persona: validatePersona(raw.persona),
  }),
  component: AccountPage,
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  validateSearch: (raw: Record<string, unknown>): { q?: string; person?: string } => ({
    q: raw.q != null && String(raw.q).trim() ? String(raw.q) : undefined,
    person: typeof raw.person === 'string' ? raw.person : undefined,
  }),
  component: PeoplePage,
});

const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
  validateSearch: (raw: Record<string, unknown>): { tab?: 'users' | 'tokens' } => ({
    tab: raw.tab === 'tokens' ? 'tokens' : raw.tab === 'users' ? 'users' : undefined,
  }),
  beforeLoad: ({ context }) => {
    if (context.me.role !== 'admin') throw redirect({ to: '/' });
  },
  component: AdminPage,
});

const coverageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/coverage',
  validateSearch: validateCoverageSearch,
  component: CoveragePage,
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/import',
  beforeLoad: ({ context }) => {
    if (!canWriteAnyAccount(context.me)) throw redirect({ to: '/' });
  },
  component: ImportPage,
});

// Assessments: leaders and admins manage programs, questionnaires, the outbox and settings; everyone reads results and tasks.
const assessmentsRoute = createRoute({ getParentRoute: () => appRoute, path: '/assessments', component: AssessmentsLayout });
const managersOnly = ({ context }: { context: { me: Me } }) => {
  if (!canWriteAnyAccount(context.me)) throw redirect({ to: '/assessments/results' });
};
const inAssessments = () => assessmentsRoute;
const assessmentsRoutes = [
  createRoute({
    getParentRoute: inAssessments,
    path: '/',
    beforeLoad: ({ context }) => {
      throw redirect({ to: canWriteAnyAccount(context.me) ? '/assessments/programs' : '/assessments/results' });
    },
  }),
  createRoute({ getParentRoute: inAssessments, path: 'programs', beforeLoad: managersOnly, component: ProgramsPage }),
  createRoute({ getParentRoute: inAssessments, path: 'programs/new', beforeLoad: managersOnly, component: ProgramFormPage }),
  createRoute({ getParentRoute: inAssessments, path: 'programs/$programId/edit', beforeLoad: managersOnly, component: ProgramFormPage }),
  createRoute({
    getParentRoute: inAssessments,
    path: 'programs/$programId/preview',
    beforeLoad: managersOnly,
    validateSearch: validatePreviewSearch,
    component: ProgramPreviewPage,
  }),
  createRoute({ getParentRoute: inAssessments, path: 'waves/$waveId', component: WavePage }),
  createRoute({ getParentRoute: inAssessments, path: 'questionnaires', beforeLoad: managersOnly, component: QuestionnairesPage }),
  createRoute({ getParentRoute: inAssessments, path: 'questionnaires/new', beforeLoad: managersOnly, component: QuestionnaireBuilderPage }),
  createRoute({
    getParentRoute: inAssessments,
    path: 'questionnaires/$questionnaireId',
    beforeLoad: managersOnly,
    component: QuestionnaireBuilderPage,
  }),
  createRoute({
    getParentRoute: inAssessments,
    path: 'outbox',
    beforeLoad: managersOnly,
    validateSearch: validateOutboxSearch,
    component: OutboxPage,
  }),
  createRoute({ getParentRoute: inAssessments, path: 'results', validateSearch: validateResultsSearch, component: ResultsPage }),
  createRoute({ getParentRoute: inAssessments, path: 'tasks', validateSearch: validateTasksSearch, component: TasksPage }),
  createRoute({ getParentRoute: inAssessments, path: 'past-answers', beforeLoad: managersOnly, component: PastAnswersPage }),
  createRoute({ getParentRoute: inAssessments, path: 'settings', beforeLoad: managersOnly, component: SettingsPage }),
] as const;

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    homeRoute,
    accountsRoute,
    accountRoute,
    coverageRoute,
    peopleRoute,
    importRoute,
    adminRoute,
    assessmentsRoute.addChildren(assessmentsRoutes),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
