import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../../deps.ts';
import { createRouter } from '../../../http/app-env.ts';
import { errorResponses, jsonResponse, security } from '../../../http/openapi-common.ts';
import { invalid } from '../../../lib/errors.ts';
import { tags } from '../assessments.openapi.ts';
import { PastResponseImportQuerySchema, PastResponseImportSchema } from './past-responses.schema.ts';
import { importOptionsFrom, importPastResponses } from './past-responses.service.ts';

const importRoute = createRoute({
  method: 'post',
  path: '/assessment-responses/import',
  tags,
  security,
  summary: 'Import past responses from CSV (date, score, comment, e-mail or id), all or nothing; `dryRun` previews',
  request: {
    query: PastResponseImportQuerySchema,
    body: {
      required: true,
      content: { 'multipart/form-data': { schema: z.object({ file: z.unknown().openapi({ type: 'string', format: 'binary' }) }) } },
    },
  },
  responses: { 200: jsonResponse(PastResponseImportSchema, 'The report (when rejected, nothing was written)'), ...errorResponses },
});

export function pastResponsesRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(importRoute, async (c) => {
    const q = c.req.valid('query');
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File)) throw invalid('file', 'attach the CSV as multipart field "file"');
    const report = await importPastResponses(deps, c.get('actor'), await file.text(), importOptionsFrom(q));
    return c.json(report, 200);
  });
  return router;
}
