/** CSV and JSON export of accounts, stakeholders, touchpoints and open gaps, streamed. */
import type { Deps } from '../../deps.ts';
import { csvLine } from '../../lib/csv-write.ts';
import type { ExportEntity } from './domain/index.ts';
import { EXPORT_COLUMNS, streamEntity } from './export.repository.ts';

export type ExportFormat = 'csv' | 'json';

/** Yields the export as text chunks: a header line then one line per record (CSV), or one JSON array. */
export async function* exportChunks(deps: Deps, entity: ExportEntity, format: ExportFormat): AsyncGenerator<string> {
  const columns = EXPORT_COLUMNS[entity];
  if (format === 'csv') yield csvLine(columns);
  else yield '[';
  let first = true;
  for await (const rows of streamEntity(deps.database.db, entity)) {
    if (format === 'csv') {
      yield rows.map((row) => csvLine(columns.map((c) => row[c]))).join('');
      continue;
    }
    const json = rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))).join(',\n');
    yield `${first ? '\n' : ',\n'}${json}`;
    first = false;
  }
  if (format === 'json') yield '\n]\n';
}
