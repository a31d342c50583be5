/**
 * The names of the IPC methods, for the preload. Kept apart from the zod table in ipc-contract.ts
 * so that the sandboxed preload — bundled into one file and parsed by every window at start — does
 * not carry zod. ipc-contract.ts checks at compile time that this list and the table's methods are
 * exactly the same, so a name added, removed or misspelt in one place only is a compile error.
 */
export const API_METHOD_NAMES = [
  'getAppInfo',
  'getPreferences',
  'setPreferences',
  'saveFile',
  'openFiles',
  'exportPdf',
  'writeAutoBackup',
  'listAutoBackups',
  'readAutoBackup',
  'openEvidence',
  'getOpenedFile',
  'chooseExchangeFolder',
  'getExchangeFolder',
  'forgetExchangeFolder',
  'saveToExchangeFolder',
  'readExchangeFolder',
  'reportError',
] as const;

/** Events the main process sends to the page (not methods: they carry no reply). */
export const MENU_COMMAND_CHANNEL = 'menu-command';
export const OPENED_FILE_CHANNEL = 'opened-file';
