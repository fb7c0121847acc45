export { claimSetting, findSetting, findSettingsByPrefix, putSetting } from './settings.repository.ts';
