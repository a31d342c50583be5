import { BrowserWindow, screen, session, shell } from 'electron';
import path from 'node:path';
import { APP_ENTRY_URL, isAppUrl } from './security';
import type { SettingsStore, WindowBounds } from './services/settings';
import { secureWebPreferences } from './web-preferences';

/** Denies every permission request (camera, notifications, geolocation…) for the app's session. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
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
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (bounds.maximised) window.maximize();
  guardWebContents(window.webContents);
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
