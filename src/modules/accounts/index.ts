export { accountsRoutes } from './accounts.routes.ts';
export { type AccountFilterQuery, assertCanWriteAccount, buildAccountFilter, getAccount } from './accounts.service.ts';
export { type AccountFilter, accountFilterSql } from './accounts.repository.ts';
export { AccountFilterQuerySchema } from './accounts.schema.ts';
