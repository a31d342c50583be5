import Conf from 'conf';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, type SettingsShape, type SettingsStore } from './settings';

/** Settings on disk through `conf`, for Node (tests and the harness). Electron uses electron-store. */
export function createConfSettings(cwd: string): SettingsStore {
  const conf = new Conf<SettingsShape>({
    cwd,
    projectName: 'triad-planner',
    configName: 'settings',
    defaults: DEFAULT_SETTINGS,
    // conf's schema type is stricter than our literal; the shape is checked by the tests.
    schema: SETTINGS_SCHEMA as never,
    clearInvalidConfig: true,
  });
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
  };
}
