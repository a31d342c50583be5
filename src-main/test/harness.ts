import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHandlers, type HandlerServices, type Handlers } from '../ipc/handlers';
import { AutoBackups } from '../services/auto-backups';
import { createConfSettings } from '../services/conf-settings';
import { DataFolder } from '../services/data-folder';
import type { FileDialogs } from '../services/dialogs';

/** Real handlers on a real temporary folder, with scripted dialogs standing in for the OS ones. */
export interface TestMain {
  root: string;
  handlers: Handlers;
  services: HandlerServices;
  /** The path the next save dialog "chooses" (null = cancelled). */
  nextSavePath: string | null;
  /** The file name the app last suggested in a save dialog. */
  lastSuggestedName: string | null;
  /** The paths the next open dialog "chooses". */
  nextOpenPaths: string[];
  cleanup(): Promise<void>;
}

export async function createTestMain(overrides: Partial<HandlerServices> = {}): Promise<TestMain> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'triad-main-'));
  const dataFolder = new DataFolder(path.join(root, 'user-data'));
  const state: TestMain = {
    root,
    nextSavePath: null,
    lastSuggestedName: null,
    nextOpenPaths: [],
    handlers: undefined as unknown as Handlers,
    services: undefined as unknown as HandlerServices,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
  const dialogs: FileDialogs = {
    chooseSavePath: async ({ defaultName }) => {
      state.lastSuggestedName = defaultName;
      return state.nextSavePath;
    },
    chooseOpenPaths: async () => state.nextOpenPaths,
  };
  state.services = {
    appName: 'Triad Planner',
    appVersion: '0.0.0-test',
    isElectron: false,
    settings: createConfSettings(path.join(root, 'settings')),
    dialogs,
    dataFolder,
    backups: new AutoBackups(dataFolder),
    pdfPrinter: { print: async () => new TextEncoder().encode('%PDF-1.4 test') },
    opener: { open: async () => true },
    ...overrides,
  };
  state.handlers = createHandlers(state.services);
  return state;
}
