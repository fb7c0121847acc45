export { coverageRoutes } from './coverage.routes.ts';
export { ensureCoverageDefaults, loadSetup, recomputeCoverage } from './coverage.service.ts';
/** Which segment an account falls in: assessments target and report by it. */
export { matchSegment } from './domain/index.ts';

import type { Deps } from '../../deps.ts';
import { recomputeCoverage as recompute } from './coverage.service.ts';

/**
 * After a change to an account's stakeholders or touchpoints: its stored gaps follow at once and
 * actions whose gap closed resolve; new actions come when the account is opened or overnight.
 */
export async function refreshAccountCoverage(deps: Deps, accountId: string): Promise<void> {
  await recompute(deps, { accountIds: [accountId] }, { createActions: false });
}
