export { suggestPersonas } from './domain/persona-suggestion.ts';
export { stakeholdersRoutes } from './stakeholders.routes.ts';
