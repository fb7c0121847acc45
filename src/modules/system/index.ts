export { claimSetting, findSetting, putSetting } from './settings.repository.ts';
