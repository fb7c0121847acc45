export { assessmentsRoutes } from './assessments.routes.ts';
export { loadDemoAssessments } from './demo-assessments.ts';
export { runDispatch } from './dispatch.ts';
export { closeMailers } from './mailer.ts';
export { importPastResponses } from './past-responses.service.ts';
export { launchDueWaves } from './programs.service.ts';
export { publicAnswerRoutes } from './public.routes.ts';
export { ensureAssessmentDefaults } from './questionnaires.service.ts';
