export { stakeholdersRoutes } from './stakeholders.routes.ts';
export { suggestPersonas } from './domain/persona-suggestion.ts';
