/** Putting the demo portfolio into this instance: its data in one transaction, then who may sign in with it. */
import type { Deps } from '../../deps.ts';
import { readSetting, writeSetting } from '../system/index.ts';
import { type LoadOptions, loadPortfolio } from './demo.repository.ts';
import type { Portfolio } from './domain/portfolio.ts';

/** Where the demo team's sign-ins are kept, for `rapport start` to show them. */
const DEMO_LOGINS_SETTING = 'demo-logins';

export async function loadDemoPortfolio(deps: Deps, portfolio: Portfolio, options: LoadOptions): Promise<void> {
  await loadPortfolio(deps.database, portfolio, options);
  await writeSetting(
    deps,
    DEMO_LOGINS_SETTING,
    portfolio.demoLogins.map(({ email, role }) => ({ email, role })),
  );
}

export async function demoLogins(deps: Deps): Promise<{ email: string; role: string }[]> {
  return (await readSetting<{ email: string; role: string }[]>(deps, DEMO_LOGINS_SETTING)) ?? [];
}

/** Whether a demo portfolio was ever loaded into this database (the loader marks it). */
export async function isDemoLoaded(deps: Deps): Promise<boolean> {
  return (await readSetting(deps, 'demo')) !== undefined;
}
