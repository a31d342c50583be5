import type { Preferences } from '../ipc-contract';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximised: boolean;
}

export interface SettingsShape {
  preferences: Preferences;
  windowBounds: WindowBounds | null;
  /** The folder chosen in a folder dialog for exchanging network files and returns (exchange-folder.ts). */
  exchangeFolder: string | null;
}

export const DEFAULT_SETTINGS: SettingsShape = {
  preferences: { welcomeDismissed: false, autoBackupMinutes: 15 },
  windowBounds: null,
  exchangeFolder: null,
};

/**
 * What the main process needs from a settings file. In the app this is electron-store; in tests
 * it is `conf` (which electron-store wraps) on a temporary folder.
 */
export interface SettingsStore {
  get<K extends keyof SettingsShape>(key: K): SettingsShape[K];
  set<K extends keyof SettingsShape>(key: K, value: SettingsShape[K]): void;
}

/** JSON schema both stores validate with, so a hand-edited or corrupt file cannot smuggle in odd values. */
export const SETTINGS_SCHEMA = {
  preferences: {
    type: 'object',
    properties: {
      welcomeDismissed: { type: 'boolean' },
      autoBackupMinutes: { type: 'number', minimum: 1, maximum: 1440 },
    },
    required: ['welcomeDismissed', 'autoBackupMinutes'],
    default: DEFAULT_SETTINGS.preferences,
  },
  windowBounds: {
    type: ['object', 'null'],
    properties: {
      x: { type: 'number' },
      y: { type: 'number' },
      width: { type: 'number', minimum: 400 },
      height: { type: 'number', minimum: 300 },
      maximised: { type: 'boolean' },
    },
    default: null,
  },
  exchangeFolder: { type: ['string', 'null'], maxLength: 4096, default: null },
} as const;
