export { importPastResponses } from './answers/past-responses.service.ts';
export { publicAnswerRoutes } from './answers/public.routes.ts';
export { assessmentsRoutes } from './assessments.routes.ts';
export { loadDemoAssessments } from './demo-assessments.ts';
export { launchDueWaves } from './programs/programs.service.ts';
export { ensureAssessmentDefaults } from './questionnaires/questionnaires.service.ts';
export { runDispatch } from './sending/dispatch.service.ts';
export { closeMailers } from './sending/mailer.ts';
