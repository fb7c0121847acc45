export { coverageRoutes } from './coverage.routes.ts';
export { ensureCoverageDefaults, recomputeCoverage } from './coverage.service.ts';

import type { Deps } from '../../deps.ts';
import { recomputeCoverage as recompute } from './coverage.service.ts';

/**
 * After a change to an account's stakeholders or touchpoints: its stored gaps follow at once and
 * actions whose gap closed resolve; new actions come when the account is opened or overnight.
 */
export async function refreshAccountCoverage(deps: Deps, accountId: string): Promise<void> {
  await recompute(deps, { accountIds: [accountId] }, { createActions: false });
}
