import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../../deps.ts';
import { createRouter } from '../../../http/app-env.ts';
import { errorResponses, IdParam, jsonBody, jsonResponse, security } from '../../../http/openapi-common.ts';
import { items, tags } from '../assessments.openapi.ts';
import { TaskSchema } from './tasks.schema.ts';
import * as service from './tasks.service.ts';

const listRoute = createRoute({
  method: 'get',
  path: '/tasks',
  tags,
  security,
  summary: 'Follow-up tasks from responses and escalations',
  request: {
    query: z.object({
      owner: z.enum(['me', 'all']).default('me'),
      status: z.enum(['open', 'done', 'all']).default('open'),
      accountId: z.string().uuid().optional(),
    }),
  },
  responses: { 200: jsonResponse(items(TaskSchema), 'Tasks'), ...errorResponses },
});
const setStatusRoute = createRoute({
  method: 'patch',
  path: '/tasks/{id}',
  tags,
  security,
  summary: 'Mark a task done or open again',
  request: { params: IdParam, body: jsonBody(z.strictObject({ status: z.enum(['open', 'done']) })) },
  responses: { 200: jsonResponse(TaskSchema, 'Updated'), ...errorResponses },
});

export function tasksRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(listRoute, async (c) => c.json({ items: await service.listTasks(deps, c.get('actor'), c.req.valid('query')) }, 200));
  router.openapi(setStatusRoute, async (c) =>
    c.json(await service.setTaskStatus(deps, c.get('actor'), c.req.valid('param').id, c.req.valid('json').status), 200),
  );
  return router;
}
