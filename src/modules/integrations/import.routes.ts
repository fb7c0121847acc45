import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../deps.ts';
import { TIERS } from '../../domain/vocabulary.ts';
import { createRouter } from '../../http/app-env.ts';
import { errorResponses, jsonResponse, security } from '../../http/openapi-common.ts';
import { invalid } from '../../lib/errors.ts';
import { IMPORT_OBJECTS, IMPORT_SYSTEMS } from './domain/index.ts';
import { runImport } from './import.service.ts';
import { GENERIC_KINDS, listSavedMappings } from './saved-mappings.ts';

const IssueSchema = z.object({ file: z.string().optional(), row: z.number(), column: z.string(), value: z.string(), reason: z.string() });
const CountsSchema = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
/** What the import writes, each entity with its counts. */
export const IMPORT_ENTITIES = ['accounts', 'people', 'stakeholders', 'touchpoints', 'renewals'] as const;

const FileReportSchema = z
  .object({
    file: z.string(),
    format: z.object({ system: z.enum(IMPORT_SYSTEMS), object: z.enum(IMPORT_OBJECTS), headerStyle: z.enum(['api', 'label']) }).nullable(),
    reasons: z.array(z.string()),
    unknownColumns: z.array(z.string()),
    missingRequired: z.array(z.string()),
    columns: z.array(z.string()).openapi({ description: "The file's columns, in order" }),
    fields: z.array(z.string()).openapi({ description: 'Every field Rapport reads for this kind of file' }),
    mapping: z.record(z.string(), z.string()).openapi({ description: 'Field → the column that feeds it' }),
    ignoredColumns: z.array(z.string()).openapi({ description: 'Recognised (they identify the export) but not imported' }),
    naturalKeys: z.boolean(),
    rows: z.number(),
    valid: z.number(),
    invalid: z.number(),
    skipped: z.number(),
    via: z.enum(['rows', 'copy']).optional().openapi({ description: 'Streamed through the converters, or COPY and SQL' }),
  })
  .openapi('ImportFileReport');
const ImportReportSchema = z
  .object({
    status: z.enum(['imported', 'dry_run', 'rejected']),
    written: z.boolean(),
    files: z.array(FileReportSchema),
    counts: z.partialRecord(z.enum(IMPORT_ENTITIES), CountsSchema).nullable(),
    errors: z.array(IssueSchema),
    errorCount: z.number(),
    warnings: z.array(IssueSchema),
    warningCount: z.number(),
    notes: z.array(z.string()),
    savedMapping: z.lazy(() => SavedMappingSchema).nullable(),
  })
  .openapi('ImportReport');

const SavedMappingSchema = z
  .object({
    source: z.string(),
    kind: z.string(),
    mapping: z.record(z.string(), z.string()),
    savedAt: z.string(),
  })
  .openapi('SavedColumnMapping');

const mappingsRoute = createRoute({
  method: 'get',
  path: '/imports/mappings',
  tags: ['Import and export'],
  security,
  summary: 'Column mappings saved per source for generic CSVs',
  responses: { 200: jsonResponse(z.array(SavedMappingSchema), 'Saved mappings, by source name'), ...errorResponses },
});

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
          schema: z.object({
            files: z.unknown().openapi({ type: 'array', items: { type: 'string', format: 'binary' } }),
            kind: z
              .enum(['accounts', 'stakeholders', 'touchpoints'])
              .optional()
              .openapi({ description: 'Generic CSV: what the files hold (otherwise detected from the headers)' }),
            mapping: z.string().optional().openapi({
              description: 'Generic CSV: JSON object field → column, e.g. {"occurredAt":"When"}',
              example: '{"occurredAt":"When"}',
            }),
            savedMapping: z.string().optional().openapi({ description: 'Use the column mapping saved under this source name' }),
            saveMappingAs: z.string().optional().openapi({ description: 'Save the kind and column mapping under this source name' }),
          }),
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
    const field = (name: string) => {
      const value = body[name];
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const kind = field('kind');
    if (kind && !GENERIC_KINDS[kind]) throw invalid('kind', `must be one of ${Object.keys(GENERIC_KINDS).join(', ')}`);
    const report = await runImport(deps, c.get('actor'), files, {
      dryRun: query.dryRun === 'true',
      skipInvalid: query.skipInvalid === 'true',
      dateFormat: query.dateFormat,
      defaultTier: query.tier,
      kind: kind ? GENERIC_KINDS[kind] : undefined,
      mapping: parseMapping(field('mapping')),
      savedMapping: field('savedMapping'),
      saveMappingAs: field('saveMappingAs'),
    });
    return c.json(report, 200);
  });
  router.openapi(mappingsRoute, async (c) => c.json(await listSavedMappings(deps), 200));
  return router;
}

function parseMapping(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid('mapping', 'must be a JSON object of field → column');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string'))
    throw invalid('mapping', 'must be a JSON object of field → column');
  const mapping = Object.fromEntries(Object.entries(parsed as Record<string, string>).filter(([, column]) => column.trim() !== ''));
  return Object.keys(mapping).length > 0 ? mapping : undefined;
}
