export { exportRoutes } from './export.routes.ts';
export { EXPORT_ENTITIES, type ExportEntity } from './export.repository.ts';
export { exportChunks, type ExportFormat } from './export.service.ts';
