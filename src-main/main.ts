import { app, dialog, ipcMain, Menu, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { API_METHOD_NAMES, OPENED_FILE_CHANNEL } from './ipc-contract';
import { dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { buildMenu } from './menu';
import { registerAppSchemePrivileges, serveRenderer } from './protocol';
import { electronDialogs, electronPdfPrinter } from './electron-services';
import { AutoBackups } from './services/auto-backups';
import { DataFolder } from './services/data-folder';
import { ErrorLog } from './services/error-log';
import { associatedFileInArgv, OpenedFiles } from './services/file-associations';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, type SettingsShape, type SettingsStore } from './services/settings';
import { PRINT_MARGIN_FONTS } from './services/pdf-options';
import { ensureWritableFolder, startupFailureMessage } from './startup';
import { createMainWindow, guardWebContents, lockDownSession, openWithSystem, showInFolder } from './window';

// Built layout: dist/main/main.cjs, dist/main/preload.cjs, dist/renderer/, assets/ beside dist/.
const appRoot = path.resolve(__dirname, '..', '..');
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererRoot = path.join(appRoot, 'dist', 'renderer');
const iconPath = path.join(appRoot, 'assets', 'icons', 'icon.png');

// Before ready: without the privileges IndexedDB is unavailable on the app's scheme.
registerAppSchemePrivileges();

const dataFolder = new DataFolder(app.getPath('userData'));
const errorLog = new ErrorLog(dataFolder.logsDir);

process.on('uncaughtException', (error) => {
  errorLog.recordError(error, 'main process');
  dialog.showErrorBox('Triad Planner hit a problem', `${error.message}\n\nDetails were written to the log in:\n${dataFolder.logsDir}`);
});
process.on('unhandledRejection', (reason) => errorLog.recordError(reason, 'main process'));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const openedFiles = new OpenedFiles();

  const focusWindow = () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };
  /** A backup or return the system handed us: remember it and tell the page, which offers what to do. */
  const offerFile = (file: string) => {
    if (!openedFiles.offer(file)) return;
    mainWindow?.webContents.send(OPENED_FILE_CHANNEL);
    focusWindow();
  };

  // macOS hands over double-clicked files with this event, possibly before ready; Windows and Linux
  // put them on the command line, of this launch or (when already running) of the second instance.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    offerFile(file);
  });
  const launchedWith = associatedFileInArgv(process.argv);
  if (launchedWith) openedFiles.offer(launchedWith);
  app.on('second-instance', (_event, argv) => {
    const file = associatedFileInArgv(argv);
    if (file) offerFile(file);
    focusWindow();
  });

  // Every web contents, including any the app never meant to create, gets the same guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('render-process-gone', (_event, _contents, details) =>
    errorLog.record({ source: 'main', area: 'window', message: `The page stopped: ${details.reason} (exit code ${details.exitCode}).` }),
  );

  const start = () => {
    ensureWritableFolder(dataFolder.root);
    lockDownSession();
    serveRenderer(rendererRoot);

    const store = new Store<SettingsShape>({
      name: 'settings',
      defaults: DEFAULT_SETTINGS,
      schema: SETTINGS_SCHEMA as never,
      clearInvalidConfig: true,
    });
    const settings: SettingsStore = { get: (key) => store.get(key), set: (key, value) => store.set(key, value) };
    const handlers = createHandlers({
      appName: app.getName(),
      appVersion: app.getVersion(),
      isElectron: true,
      platform: process.platform,
      settings,
      dialogs: electronDialogs(() => mainWindow),
      dataFolder,
      backups: new AutoBackups(dataFolder),
      pdfPrinter: electronPdfPrinter(preloadPath),
      printFontFiles: PRINT_MARGIN_FONTS.map((font) => path.join(rendererRoot, font.file)),
      opener: { open: openWithSystem, showInFolder },
      errorLog,
      openedFiles,
    });

    const logFailure = (error: unknown, method: string) => errorLog.recordError(error, `request ${method}`);
    for (const method of API_METHOD_NAMES) {
      ipcMain.handle(method, (event, arg: unknown) => {
        const frame = event.senderFrame;
        const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
        return dispatch(handlers, method, sender, arg, undefined, logFailure);
      });
    }

    Menu.setApplicationMenu(buildMenu(() => mainWindow, dataFolder.logsDir));
    mainWindow = createMainWindow(settings, preloadPath, iconPath);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  /** No window and a process that never ends would hold the single-instance lock: say what happened, then quit. */
  const failStartup = (error: unknown) => {
    errorLog.recordError(error, 'start-up');
    dialog.showErrorBox('Triad Planner could not start', startupFailureMessage(error, dataFolder.root, dataFolder.logsDir));
    app.exit(1);
  };

  void app.whenReady().then(start).catch(failStartup);

  app.on('window-all-closed', () => app.quit());
}
