import { app, ipcMain, Menu, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { API_METHOD_NAMES } from './ipc-contract';
import { dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { buildMenu } from './menu';
import { registerAppSchemePrivileges, serveRenderer } from './protocol';
import { electronDialogs, electronPdfPrinter } from './electron-services';
import { AutoBackups } from './services/auto-backups';
import { DataFolder } from './services/data-folder';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, type SettingsShape, type SettingsStore } from './services/settings';
import { PRINT_MARGIN_FONTS } from './services/pdf-options';
import { createMainWindow, guardWebContents, lockDownSession, openWithSystem } from './window';

// Built layout: dist/main/main.cjs, dist/main/preload.cjs, dist/renderer/, assets/ beside dist/.
const appRoot = path.resolve(__dirname, '..', '..');
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererRoot = path.join(appRoot, 'dist', 'renderer');
const iconPath = path.join(appRoot, 'assets', 'icons', 'icon.png');

registerAppSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every web contents, including any the app never meant to create, gets the same guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  void app.whenReady().then(() => {
    lockDownSession();
    serveRenderer(rendererRoot);

    const store = new Store<SettingsShape>({
      name: 'settings',
      defaults: DEFAULT_SETTINGS,
      schema: SETTINGS_SCHEMA as never,
      clearInvalidConfig: true,
    });
    const settings: SettingsStore = { get: (key) => store.get(key), set: (key, value) => store.set(key, value) };
    const dataFolder = new DataFolder(app.getPath('userData'));
    const handlers = createHandlers({
      appName: app.getName(),
      appVersion: app.getVersion(),
      isElectron: true,
      settings,
      dialogs: electronDialogs(() => mainWindow),
      dataFolder,
      backups: new AutoBackups(dataFolder),
      pdfPrinter: electronPdfPrinter(preloadPath),
      printFontFiles: PRINT_MARGIN_FONTS.map((font) => path.join(rendererRoot, font.file)),
      opener: { open: openWithSystem },
    });

    for (const method of API_METHOD_NAMES) {
      ipcMain.handle(method, (event, arg: unknown) => {
        const frame = event.senderFrame;
        const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
        return dispatch(handlers, method, sender, arg);
      });
    }

    Menu.setApplicationMenu(buildMenu(() => mainWindow));
    mainWindow = createMainWindow(settings, preloadPath, iconPath);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
}
