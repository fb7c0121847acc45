import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { TIERS } from '../../domain/vocabulary.ts';
import { createRouter } from '../../http/app-env.ts';
import { errorResponses, jsonResponse, security } from '../../http/openapi-common.ts';
import { invalid } from '../../http/problem.ts';
import { runImport } from './import.service.ts';

const IssueSchema = z.object({ file: z.string().optional(), row: z.number(), column: z.string(), value: z.string(), reason: z.string() });
const CountsSchema = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
const ImportReportSchema = z
  .object({
    status: z.enum(['imported', 'dry_run', 'rejected']),
    written: z.boolean(),
    files: z.array(z.record(z.string(), z.unknown())),
    counts: z.record(z.string(), CountsSchema).nullable(),
    errors: z.array(IssueSchema),
    errorCount: z.number(),
    warnings: z.array(IssueSchema),
    warningCount: z.number(),
    notes: z.array(z.string()),
  })
  .openapi('ImportReport');

const importRoute = createRoute({
  method: 'post',
  path: '/imports',
  tags: ['Import and export'],
  security,
  summary: 'Import CRM exports (Salesforce, HubSpot, generic CSV, sObject-tree JSON) all or nothing; `dryRun` previews',
  request: {
    query: z.object({
      dryRun: z.enum(['true', 'false']).default('false'),
      skipInvalid: z.enum(['true', 'false']).default('false'),
      dateFormat: z.enum(['auto', 'iso', 'us', 'eu']).default('auto'),
      tier: z
        .enum(TIERS)
        .optional()
        .openapi({ description: 'Tier for accounts new to Rapport when the file has none (default community)' }),
    }),
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          // One or many files under the same field name; read from the parsed body below.
          schema: z.object({ files: z.unknown().openapi({ type: 'array', items: { type: 'string', format: 'binary' } }) }),
        },
      },
    },
  },
  responses: {
    200: jsonResponse(ImportReportSchema, 'The report (also when rejected: `status` says so and nothing was written)'),
    ...errorResponses,
  },
});

export function importRoutes(deps: Deps) {
  const router = createRouter();
  router.openapi(importRoute, async (c) => {
    const query = c.req.valid('query');
    const body = await c.req.parseBody({ all: true });
    const uploads = [body.files ?? body['files[]'] ?? []].flat().filter((f): f is File => f instanceof File);
    if (uploads.length === 0) throw invalid('files', 'attach the export files as multipart field "files"');
    const files = await Promise.all(uploads.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    const report = await runImport(deps, c.get('actor'), files, {
      dryRun: query.dryRun === 'true',
      skipInvalid: query.skipInvalid === 'true',
      dateFormat: query.dateFormat,
      defaultTier: query.tier,
    });
    return c.json(report as never, 200);
  });
  return router;
}
