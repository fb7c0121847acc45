/** The Assessments area: its own navigation (leaders manage programs; everyone reads results and their tasks) and the page. */
import { Link, Outlet } from '@tanstack/react-router';
import { canWriteAnyAccount } from '../auth/permissions.ts';
import { type Me, useMe } from '../auth/session.ts';
import './assessments.css';

type AreaLink = {
  to:
    | '/assessments/programs'
    | '/assessments/questionnaires'
    | '/assessments/outbox'
    | '/assessments/results'
    | '/assessments/tasks'
    | '/assessments/past-answers'
    | '/assessments/settings';
  label: string;
  managers?: boolean;
};

const LINKS: AreaLink[] = [
  { to: '/assessments/programs', label: 'Programs', managers: true },
  { to: '/assessments/questionnaires', label: 'Questionnaires', managers: true },
  { to: '/assessments/outbox', label: 'Outbox', managers: true },
  { to: '/assessments/results', label: 'Results' },
  { to: '/assessments/tasks', label: 'My tasks' },
  { to: '/assessments/past-answers', label: 'Past answers', managers: true },
  { to: '/assessments/settings', label: 'Settings', managers: true },
];

/** Leaders and admins manage questionnaires, programs, the outbox, past answers and settings. */
export const canManageAssessments = (me: Me) => canWriteAnyAccount(me);

export function AssessmentsLayout() {
  const me = useMe();
  const links = LINKS.filter((l) => !l.managers || canManageAssessments(me));
  return (
    <>
      <nav aria-label="Assessments" className="rp-asm-subnav">
        {links.map((l) => (
          <Link key={l.to} to={l.to} activeOptions={{ includeSearch: false }}>
            {l.label}
          </Link>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
