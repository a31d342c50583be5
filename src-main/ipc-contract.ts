/**
 * The one IPC contract. Main (handlers), preload (window.api) and renderer all type-check against
 * this file. Types only, apart from the list of method names the preload exposes.
 *
 * Every method takes one argument and answers a promise. The main process never accepts a file
 * path from the renderer: it writes only where the user picked in a dialog it showed itself, or
 * inside its own data folder.
 */

/** Why a file is being opened or saved; decides the dialog's title, filters and size limit. */
export type FilePurpose =
  | 'register-csv'
  | 'results-csv'
  | 'ledger-csv'
  | 'backup'
  | 'partner-return'
  | 'evidence'
  | 'pdf'
  | 'csv-export';

export interface OpenedFile {
  name: string;
  size: number;
  bytes: Uint8Array;
}

export interface RefusedFile {
  name: string;
  size: number;
  /** Plain-English reason, e.g. the file is larger than the limit for its purpose. */
  error: string;
}

export interface AppInfo {
  name: string;
  version: string;
  /** Where data and automatic backups are kept, to show the head (never written to by the renderer). */
  dataFolder: string;
  /** True inside the Electron app; false in the browser-based test harness. */
  isElectron: boolean;
}

export interface Preferences {
  welcomeDismissed: boolean;
  /** Minutes between automatic backups while data is changing. */
  autoBackupMinutes: number;
}

export interface AutoBackupInfo {
  id: string;
  createdAt: string;
  reason: string;
  size: number;
}

export interface PdfRequest {
  /** Hash route of the print view, e.g. "/print/plan?year=2003". Must start with "/print/". */
  route: string;
  suggestedName: string;
  /** Running header text (e.g. the triad's name and where the plan stands). */
  headerText: string;
  landscape: boolean;
  /** The PDF's Author property (the triad, or the LEA for a roll-up); the title comes from the page. */
  author?: string;
  /** The PDF's Subject property. */
  subject?: string;
}

export type SaveResult = { saved: false } | { saved: true; fileName: string };

export interface ApiMethods {
  getAppInfo(arg: undefined): AppInfo;
  getPreferences(arg: undefined): Preferences;
  setPreferences(arg: Partial<Preferences>): Preferences;
  /** Shows a save dialog and writes the bytes atomically where the user chose. */
  saveFile(arg: { purpose: FilePurpose; suggestedName: string; bytes: Uint8Array }): SaveResult;
  /** Shows an open dialog and reads what the user picked (empty when cancelled). */
  openFiles(arg: { purpose: FilePurpose; multiple: boolean }): { files: (OpenedFile | RefusedFile)[] };
  /** Prints a print-view route to PDF and saves it where the user chooses. */
  exportPdf(arg: PdfRequest): SaveResult;
  /** Writes an automatic backup into the app's own data folder and rotates old ones. */
  writeAutoBackup(arg: { reason: string; bytes: Uint8Array }): AutoBackupInfo;
  listAutoBackups(arg: undefined): AutoBackupInfo[];
  readAutoBackup(arg: { id: string }): OpenedFile;
  /** Copies an evidence file into the data folder and opens it with the system's default app. */
  openEvidence(arg: { name: string; bytes: Uint8Array }): { opened: boolean };
}

export type ApiMethodName = keyof ApiMethods;
export type ApiArg<M extends ApiMethodName> = Parameters<ApiMethods[M]>[0];
export type ApiResult<M extends ApiMethodName> = ReturnType<ApiMethods[M]>;

/** Commands the application menu sends to the renderer. */
export type MenuCommand =
  | 'new-backup'
  | 'restore-backup'
  | 'export-plan-pdf'
  | 'open-rollup'
  | 'show-welcome'
  | 'go-home';

/** What the renderer sees as `window.api`. */
export type Api = {
  [M in ApiMethodName]: undefined extends ApiArg<M>
    ? (arg?: ApiArg<M>) => Promise<ApiResult<M>>
    : (arg: ApiArg<M>) => Promise<ApiResult<M>>;
} & {
  /** Subscribes to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

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
] as const satisfies readonly ApiMethodName[];

/** Every reply crosses the bridge in this envelope, so error messages arrive intact. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

export const MENU_COMMAND_CHANNEL = 'menu-command';
