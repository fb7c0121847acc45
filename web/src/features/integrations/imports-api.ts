/** The import upload (with upload progress) and the export download links. */

import { queryOptions } from '@tanstack/react-query';
import { client, data, type FormOf, type paths, type QueryOf, type Schema } from '../../api/client.ts';
import type { Tier } from '../../domain/labels.ts';
import { ApiError, api, type Problem, withQuery } from '../../lib/api.ts';

export type ImportReport = Schema<'ImportReport'>;
export type ImportFileReport = Schema<'ImportFileReport'>;
export type ImportFileFormat = NonNullable<ImportFileReport['format']>;
export type ImportSystem = ImportFileFormat['system'];
export type ImportEntity = keyof NonNullable<ImportReport['counts']>;
export type EntityCounts = NonNullable<NonNullable<ImportReport['counts']>[ImportEntity]>;
export type ImportIssue = ImportReport['errors'][number];
export type SavedMapping = Schema<'SavedColumnMapping'>;

/** The order the report lists what was written. */
export const IMPORT_ENTITIES = ['accounts', 'people', 'stakeholders', 'touchpoints', 'renewals'] as const satisfies readonly ImportEntity[];

/** What a generic CSV holds, as the API names it; 'auto' lets the headers decide. */
export type GenericKind = 'auto' | NonNullable<FormOf<'/imports', 'post'>['kind']>;
type ImportQuery = QueryOf<'/imports', 'post'>;

/** The generic kind a file's detected object corresponds to (for a mapping edited on a detected file). */
const KIND_OF_OBJECT: Record<string, GenericKind> = {
  account: 'accounts',
  contact: 'stakeholders',
  touchpoint: 'touchpoints',
};
export const kindOfObject = (object: string): GenericKind | undefined => KIND_OF_OBJECT[object];

export const savedMappingsQuery = () =>
  queryOptions({ queryKey: ['imports', 'mappings'], queryFn: () => data(client.GET('/imports/mappings')) });

export type DateFormat = NonNullable<ImportQuery['dateFormat']>;
export type ImportOptions = {
  dateFormat: DateFormat;
  tier: Tier;
  skipInvalid: boolean;
  /** Generic CSVs: what the files hold, a saved mapping to start from, field → column overrides, and a name to save under. */
  kind: GenericKind;
  savedMapping: string | null;
  mapping: Record<string, string>;
  saveMappingAs: string;
};

/** Upload progress: a fraction while the bytes travel, then `null` while the server reads and checks them. */
export type UploadProgress = number | null;

/**
 * POST /imports as multipart. XMLHttpRequest rather than fetch: only it reports upload progress,
 * which matters for a large touchpoint export.
 */
export function uploadImport(
  files: File[],
  options: ImportOptions & { dryRun: boolean },
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportReport> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  if (options.kind !== 'auto') form.append('kind', options.kind);
  if (options.savedMapping) form.append('savedMapping', options.savedMapping);
  if (Object.keys(options.mapping).length > 0) form.append('mapping', JSON.stringify(options.mapping));
  if (options.saveMappingAs.trim()) form.append('saveMappingAs', options.saveMappingAs.trim());
  const url = withQuery('/api/v1/imports', {
    dryRun: String(options.dryRun),
    skipInvalid: String(options.skipInvalid),
    dateFormat: options.dateFormat,
    tier: options.tier,
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable && e.loaded < e.total ? e.loaded / e.total : null);
    xhr.upload.onload = () => onProgress(null);
    xhr.onerror = () =>
      reject(
        new ApiError({
          code: 'NETWORK',
          title: 'Network error',
          status: 0,
          detail: 'Rapport could not reach the server. Check your connection and try again.',
        }),
      );
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportReport);
        } catch {
          reject(
            new ApiError({
              code: 'INTERNAL',
              title: 'Unreadable answer',
              status: xhr.status,
              detail: 'The server sent a report Rapport could not read.',
            }),
          );
        }
        return;
      }
      // An expired session: ask the shared client, which sends the user to sign in like every other request does.
      if (xhr.status === 401) void api('/auth/me').catch(() => undefined);
      reject(new ApiError(readProblem(xhr)));
    };
    xhr.send(form);
  });
}

function readProblem(xhr: XMLHttpRequest): Problem {
  const fallback: Problem = {
    code: `HTTP_${xhr.status}`,
    title: xhr.statusText || 'Request failed',
    status: xhr.status,
    detail: `The server answered ${xhr.status} ${xhr.statusText}`.trim(),
  };
  try {
    const body = JSON.parse(xhr.responseText) as Partial<Problem>;
    return { ...fallback, ...body, status: xhr.status, detail: body.detail || body.title || fallback.detail };
  } catch {
    return fallback;
  }
}

export type ExportEntity = paths['/exports/{entity}']['get']['parameters']['path']['entity'];
export const EXPORT_ENTITIES = ['accounts', 'stakeholders', 'touchpoints', 'gaps'] as const satisfies readonly ExportEntity[];

export const exportUrl = (entity: ExportEntity, format: 'csv' | 'json') => withQuery(`/api/v1/exports/${entity}`, { format });
