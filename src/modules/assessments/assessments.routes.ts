/** The assessments API: each part's routes, mounted side by side. */
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/app-env.ts';
import { pastResponsesRoutes } from './answers/past-responses.routes.ts';
import { tasksRoutes } from './answers/tasks.routes.ts';
import { programsRoutes } from './programs/programs.routes.ts';
import { wavesRoutes } from './programs/waves.routes.ts';
import { questionnairesRoutes } from './questionnaires/questionnaires.routes.ts';
import { resultsRoutes } from './results/results.routes.ts';
import { outboxRoutes } from './sending/outbox.routes.ts';
import { settingsRoutes } from './settings/settings.routes.ts';

export function assessmentsRoutes(deps: Deps) {
  const router = createRouter();
  router.route('/', questionnairesRoutes(deps));
  router.route('/', programsRoutes(deps));
  router.route('/', wavesRoutes(deps));
  router.route('/', outboxRoutes(deps));
  router.route('/', resultsRoutes(deps));
  router.route('/', tasksRoutes(deps));
  router.route('/', settingsRoutes(deps));
  router.route('/', pastResponsesRoutes(deps));
  return router;
}
