/** The OpenAPI document of the API: served at /api/openapi.json and the source of the web's generated types. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env.ts';

export function openApiDocument(api: OpenAPIHono<AppEnv>, serverUrl: string) {
  return api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Rapport API',
      version: '1',
      description: 'Accounts, people, stakeholders and touchpoints. Errors are application/problem+json.',
    },
    servers: [{ url: serverUrl }],
  });
}
