export { type AccountFilter, accountFilterSql } from './accounts.repository.ts';
export { accountsRoutes } from './accounts.routes.ts';
export { AccountFilterQuerySchema } from './accounts.schema.ts';
export { type AccountFilterQuery, assertCanWriteAccount, buildAccountFilter, getAccount } from './accounts.service.ts';
