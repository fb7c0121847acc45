import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { createRouter } from '../../http/app-env.ts';
import { errorResponses, security } from '../../http/openapi-common.ts';
import { forbidden } from '../../lib/errors.ts';
import { EXPORT_ENTITIES } from './domain/index.ts';
import { exportChunks } from './export.service.ts';

const exportRoute = createRoute({
  method: 'get',
  path: '/exports/{entity}',
  tags: ['Import and export'],
  security,
  summary: 'Export accounts, stakeholders, touchpoints or open gaps as CSV or JSON (leaders, admins); streamed',
  request: {
    params: z.object({ entity: z.enum(EXPORT_ENTITIES).openapi({ param: { name: 'entity', in: 'path' } }) }),
    query: z.object({ format: z.enum(['csv', 'json']).default('csv') }),
  },
  responses: {
    200: {
      description: 'The export',
      content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.array(z.record(z.string(), z.unknown())) } },
    },
    ...errorResponses,
  },
});

const encoder = new TextEncoder();

export function exportRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(exportRoute, (c) => {
    const actor = c.get('actor');
    if (actor.role !== 'admin' && actor.role !== 'leader') throw forbidden('Only leaders and admins export data');
    const { entity } = c.req.valid('param');
    const { format } = c.req.valid('query');
    c.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
    c.header('content-disposition', `attachment; filename="rapport-${entity}.${format}"`);
    const chunks = exportChunks(deps, entity, format);
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return c.body(body, 200);
  });
  return router;
}
