export { suggestPersonas } from './domain/persona-suggestion.ts';
export { type MeasuredSentimentChange, recordMeasuredSentiment } from './measured-sentiment.service.ts';
export { stakeholdersRoutes } from './stakeholders.routes.ts';
