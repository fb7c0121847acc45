/** The instance's own tables: settings, the audit log, the job run log. */
export { recordAudit } from './audit.repository.ts';
export { claimSetting, findSetting, findSettingsByPrefix, putSetting } from './settings.repository.ts';
export { claimOnce, purgeOldJobRuns, readSetting, recordJobRun, writeSetting } from './system.service.ts';
