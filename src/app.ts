/** The HTTP application: health check, authenticated REST API under /api/v1, OpenAPI document and docs, the web UI. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { pingDatabase } from './db/client.ts';
import type { Deps } from './deps.ts';
import { apiDocsRoutes } from './http/api-docs.ts';
import { createRouter } from './http/app-env.ts';
import { authenticate } from './http/auth-middleware.ts';
import { openApiDocument } from './http/openapi-document.ts';
import { problemResponse, toAppError } from './http/problem.ts';
import { AppError } from './lib/errors.ts';
import { accountsRoutes } from './modules/accounts/index.ts';
import { assessmentsRoutes, publicAnswerRoutes } from './modules/assessments/index.ts';
import { authRoutes } from './modules/auth/index.ts';
import { coverageRoutes } from './modules/coverage/index.ts';
import { engagementRoutes } from './modules/engagement/index.ts';
import { exportRoutes, importRoutes } from './modules/integrations/index.ts';
import { stakeholdersRoutes } from './modules/stakeholders/index.ts';

const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));

/** Every API route under /api/v1, signed-in only. Building it touches neither the database nor the network. */
export function apiRouter(deps: Deps) {
  const api = createRouter();
  api.use('*', authenticate(deps));
  api.route('/', authRoutes(deps));
  api.route('/', accountsRoutes(deps));
  api.route('/', stakeholdersRoutes(deps));
  api.route('/', engagementRoutes(deps));
  api.route('/', coverageRoutes(deps));
  api.route('/', exportRoutes(deps));
  api.route('/', importRoutes(deps));
  api.route('/', assessmentsRoutes(deps));
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token from `rapport token create` or the admin page',
  });
  api.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: 'rapport_session' });
  return api;
}

export function createApp(deps: Deps) {
  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, crossOriginEmbedderPolicy: false }));

  app.get('/api/health', async (c) => {
    await pingDatabase(deps.database);
    return c.json({ status: 'ok', database: deps.database.kind });
  });

  // The public answer page of assessments: no sign-in, outside the API.
  app.route('/', publicAnswerRoutes(deps));

  const api = apiRouter(deps);
  app.route('/api/v1', api);

  app.get('/api/openapi.json', (c) => c.json(openApiDocument(api, `${deps.config.publicUrl}/api/v1`)));
  app.route('/api/docs', apiDocsRoutes());
  app.all('/api/*', (c) => problemResponse(c, new AppError('NOT_FOUND', `No API route ${c.req.method} ${c.req.path}`)));

  if (existsSync(webDist)) {
    app.use('/assets/*', serveStatic({ root: webDist }));
    app.use('/favicon.svg', serveStatic({ root: webDist }));
    const indexHtml = readFile(`${webDist}/index.html`, 'utf8');
    app.get('*', async (c) => c.html(await indexHtml));
  } else {
    app.get('*', (c) => c.text('The web UI is not built yet: run `npm run build`.', 503));
  }

  app.onError((err, c) => {
    const appError = toAppError(err);
    if (appError.code === 'INTERNAL')
      deps.log.error('request failed', { path: c.req.path, error: String(err), stack: (err as Error).stack });
    return problemResponse(c, appError);
  });
  return app;
}
