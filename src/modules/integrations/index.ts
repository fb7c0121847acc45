export { EXPORT_ENTITIES, type ExportEntity, type ImportObject } from './domain/index.ts';
export { exportRoutes } from './export.routes.ts';
export { type ExportFormat, exportChunks } from './export.service.ts';
export { importRoutes } from './import.routes.ts';
export { type ImportOptions, type ImportReport, runImport } from './import.service.ts';
export { GENERIC_KINDS, listSavedMappings, type SavedMapping } from './saved-mappings.ts';
