/** What can be exported; each exports with the generic import's field names, so it imports back as it is. */
export const EXPORT_ENTITIES = ['accounts', 'stakeholders', 'touchpoints', 'gaps'] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];
