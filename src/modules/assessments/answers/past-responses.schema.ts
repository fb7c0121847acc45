import { z } from '@hono/zod-openapi';
import { DATE_FORMATS } from '../../../domain/dates.ts';
import { NpsCell } from '../results/results.schema.ts';

export const PastResponseImportSchema = z
  .object({
    status: z.enum(['imported', 'dry_run', 'rejected']),
    rows: z.number().int(),
    imported: z.number().int(),
    skipped: z.number().int(),
    rejected: z.number().int(),
    columns: z.record(z.string(), z.string()),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), value: z.string(), reason: z.string() })),
    nps: NpsCell,
  })
  .openapi('PastResponseImport');

export const PastResponseImportQuerySchema = z.object({
  dateFormat: z.enum(DATE_FORMATS.filter((f) => f !== 'auto') as ['iso', 'us', 'eu']).default('iso'),
  skipInvalid: z.enum(['true', 'false']).default('false'),
  dryRun: z.enum(['true', 'false']).default('false'),
  account: z.string().optional().openapi({ description: 'Account id or exact name for rows that name no stakeholder' }),
  dateColumn: z.string().optional(),
  scoreColumn: z.string().optional(),
  textColumn: z.string().optional(),
  emailColumn: z.string().optional(),
  externalIdColumn: z.string().optional(),
  labelColumn: z.string().optional(),
});
