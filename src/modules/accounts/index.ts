export { accountsRoutes } from './accounts.routes.ts';
export { assertCanWriteAccount, getAccount } from './accounts.service.ts';
