import { BrowserWindow, Menu, screen, session, shell } from 'electron';
import path from 'node:path';
import { contextMenuTemplate } from './context-menu';
import { APP_ENTRY_URL, DICTIONARY_DOWNLOAD_URL, isAppUrl, isPermissionAllowed, spellcheckAvailable } from './security';
import type { SettingsStore, WindowBounds } from './services/settings';
import { secureWebPreferences } from './web-preferences';

/**
 * Permissions: only `persistent-storage`, only for the app's page (security.ts). Spellchecking:
 * the system's dictionaries or none, never a download.
 */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL())),
  );
  // The origin can arrive empty for some checks; the page's own address then decides.
  ses.setPermissionCheckHandler((contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin || contents?.getURL()),
  );
  ses.setSpellCheckerDictionaryDownloadURL(DICTIONARY_DOWNLOAD_URL);
  ses.setSpellCheckerEnabled(spellcheckAvailable(process.platform));
}

/** Navigation, redirects, new windows and <webview> are all refused; web links open in the browser never. */
export function guardWebContents(contents: Electron.WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Right-click: Cut, Copy, Paste, Select all and spelling suggestions (context-menu.ts). */
export function attachContextMenu(contents: Electron.WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}

function boundsAreVisible(bounds: WindowBounds): boolean {
  if (bounds.x === undefined || bounds.y === undefined) return true;
  return screen.getAllDisplays().some(({ workArea }) =>
    bounds.x! < workArea.x + workArea.width && bounds.x! + bounds.width > workArea.x &&
    bounds.y! < workArea.y + workArea.height && bounds.y! + bounds.height > workArea.y);
}

export function createMainWindow(settings: SettingsStore, preloadPath: string, iconPath: string): BrowserWindow {
  const saved = settings.get('windowBounds');
  const bounds = saved && boundsAreVisible(saved) ? saved : { width: 1280, height: 860, maximised: false };
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Triad Planner',
    icon: iconPath,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, { spellcheck: spellcheckAvailable(process.platform) }),
  });
  if (bounds.maximised) window.maximize();
  guardWebContents(window.webContents);
  attachContextMenu(window.webContents);
  window.once('ready-to-show', () => window.show());
  const remember = () => {
    if (window.isDestroyed()) return;
    const { x, y, width, height } = window.getNormalBounds();
    settings.set('windowBounds', { x, y, width, height, maximised: window.isMaximized() });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('close', remember);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Opens a copied evidence file with the system's default application. */
export async function openWithSystem(file: string): Promise<boolean> {
  const error = await shell.openPath(path.resolve(file));
  return error === '';
}

export function showInFolder(file: string): void {
  shell.showItemInFolder(path.resolve(file));
}
