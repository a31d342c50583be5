import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHandlers, type HandlerServices, type Handlers } from '../ipc/handlers';
import { AutoBackups } from '../services/auto-backups';
import { createConfSettings } from '../services/conf-settings';
import { DataFolder } from '../services/data-folder';
import type { FileDialogs } from '../services/dialogs';
import { ErrorLog } from '../services/error-log';
import { OpenedFiles } from '../services/file-associations';

/** Real handlers on a real temporary folder, with scripted dialogs standing in for the OS ones. */
export interface TestMain {
  root: string;
  handlers: Handlers;
  services: HandlerServices;
  /** The path the next save dialog "chooses" (null = cancelled). */
  nextSavePath: string | null;
  /** The paths the next open dialog "chooses". */
  nextOpenPaths: string[];
  /** The folder the next folder dialog "chooses" (null = cancelled). */
  nextFolder: string | null;
  /** What the person answers to the next question (confirm dialog). */
  nextConfirm: boolean;
  /** What the dialogs were asked, in order, for tests to read. */
  asked: { kind: 'save' | 'open' | 'folder' | 'confirm'; options: Record<string, unknown> }[];
  /** Files handed to the system: opened, or shown in their folder. */
  handedToSystem: { action: 'open' | 'show-in-folder'; path: string }[];
  cleanup(): Promise<void>;
}

export async function createTestMain(overrides: Partial<HandlerServices> = {}): Promise<TestMain> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'triad-main-'));
  const dataFolder = new DataFolder(path.join(root, 'user-data'));
  const state: TestMain = {
    root,
    nextSavePath: null,
    nextOpenPaths: [],
    nextFolder: null,
    nextConfirm: false,
    asked: [],
    handedToSystem: [],
    handlers: undefined as unknown as Handlers,
    services: undefined as unknown as HandlerServices,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
  const dialogs: FileDialogs = {
    chooseSavePath: async (options) => {
      state.asked.push({ kind: 'save', options });
      return state.nextSavePath;
    },
    chooseOpenPaths: async (options) => {
      state.asked.push({ kind: 'open', options });
      return state.nextOpenPaths;
    },
    chooseFolder: async (options) => {
      state.asked.push({ kind: 'folder', options });
      return state.nextFolder;
    },
    confirm: async (options) => {
      state.asked.push({ kind: 'confirm', options });
      return state.nextConfirm;
    },
  };
  state.services = {
    appName: 'Triad Planner',
    appVersion: '0.0.0-test',
    isElectron: false,
    platform: process.platform,
    settings: createConfSettings(path.join(root, 'settings')),
    dialogs,
    dataFolder,
    backups: new AutoBackups(dataFolder),
    pdfPrinter: { print: async () => new TextEncoder().encode('%PDF-1.4 test') },
    opener: {
      open: async (file) => {
        state.handedToSystem.push({ action: 'open', path: file });
        return true;
      },
      showInFolder: (file) => {
        state.handedToSystem.push({ action: 'show-in-folder', path: file });
      },
    },
    errorLog: new ErrorLog(dataFolder.logsDir),
    openedFiles: new OpenedFiles(),
    ...overrides,
  };
  state.handlers = createHandlers(state.services);
  return state;
}
