/** Reads CRM fixture files (test/fixtures/crm) through the real pipeline: open, detect, convert, collect. */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectOutcomes } from './collect.ts';
import { type ConverterOptions, convertRows, createConverter } from './converter.ts';
import { openCsv } from './csv-reader.ts';
import { detectFormat } from './detect-format.ts';
import type { ImportFormat } from './format.ts';

export const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/crm/', import.meta.url));
export const SHARED_TREE = fileURLToPath(new URL('../../../../../shared/data/crm/salesforce/tree/', import.meta.url));
export const hasSharedTree = existsSync(`${SHARED_TREE}data-plan.json`);

export const fixture = (path: string) => `${FIXTURES}${path}`;

export async function headersOf(path: string): Promise<string[]> {
  const csv = await openCsv(createReadStream(fixture(path)));
  if (!csv.ok) throw new Error(csv.reason);
  await csv.rows.return(undefined);
  return csv.headers;
}

/** Detects (unless a format is given), converts and collects one fixture file. */
export async function convertFixture(path: string, options: ConverterOptions & { format?: ImportFormat } = {}) {
  const csv = await openCsv(createReadStream(fixture(path)));
  if (!csv.ok) throw new Error(csv.reason);
  const format = options.format ?? detectFormat(path, csv.headers);
  const converter = createConverter(format, csv.headers, options);
  const report = await collectOutcomes(convertRows(converter, csv.rows));
  return { format, info: converter.info, ...report };
}

export function readTreeJson(name: string): unknown {
  return JSON.parse(readFileSync(`${SHARED_TREE}${name}`, 'utf8'));
}
