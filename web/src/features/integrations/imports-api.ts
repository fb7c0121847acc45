/** The import upload (with upload progress) and the export download links. */

import { queryOptions } from '@tanstack/react-query';
import type { Tier } from '../../domain/labels.ts';
import { ApiError, api, type Problem, withQuery } from '../../lib/api.ts';

export type ImportSystem = 'salesforce' | 'hubspot' | 'generic' | 'rapport' | 'sobject_tree';
export type ImportFileFormat = { system: ImportSystem; object: string; headerStyle: 'api' | 'label' };

export type ImportFileReport = {
  file: string;
  format: ImportFileFormat | null;
  reasons: string[];
  unknownColumns: string[];
  missingRequired: string[];
  /** The file's columns in order, the fields Rapport reads, and which column feeds which field. */
  columns: string[];
  fields: string[];
  mapping: Record<string, string>;
  /** Recognised (they identify the export) but not imported. */
  ignoredColumns: string[];
  naturalKeys: boolean;
  rows: number;
  valid: number;
  invalid: number;
  skipped: number;
};

export const IMPORT_ENTITIES = ['accounts', 'people', 'stakeholders', 'touchpoints', 'renewals'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];
export type EntityCounts = { created: number; updated: number; unchanged: number };

export type ImportIssue = { file?: string; row: number; column: string; value: string; reason: string };

export type ImportReport = {
  status: 'imported' | 'dry_run' | 'rejected';
  written: boolean;
  files: ImportFileReport[];
  counts: Partial<Record<ImportEntity, EntityCounts>> | null;
  errors: ImportIssue[];
  errorCount: number;
  warnings: ImportIssue[];
  warningCount: number;
  notes: string[];
  savedMapping: SavedMapping | null;
};

/** What a generic CSV holds, as the API names it; 'auto' lets the headers decide. */
export type GenericKind = 'auto' | 'accounts' | 'stakeholders' | 'touchpoints' | 'usage';
export type SavedMapping = { source: string; kind: string; mapping: Record<string, string>; savedAt: string };

/** The generic kind a file's detected object corresponds to (for a mapping edited on a detected file). */
const KIND_OF_OBJECT: Record<string, GenericKind> = {
  account: 'accounts',
  contact: 'stakeholders',
  touchpoint: 'touchpoints',
  usage_metric: 'usage',
};
export const kindOfObject = (object: string): GenericKind | undefined => KIND_OF_OBJECT[object];

export const savedMappingsQuery = () =>
  queryOptions({ queryKey: ['imports', 'mappings'], queryFn: () => api<SavedMapping[]>('/imports/mappings') });

export type DateFormat = 'auto' | 'iso' | 'us' | 'eu';
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

export const EXPORT_ENTITIES = ['accounts', 'stakeholders', 'touchpoints', 'gaps'] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];

export const exportUrl = (entity: ExportEntity, format: 'csv' | 'json') => withQuery(`/api/v1/exports/${entity}`, { format });
