import type { WebPreferences } from 'electron';

/**
 * The one set of preferences for every window the app opens (main and hidden print window):
 * sandboxed, context-isolated, no Node, no <webview>. Kept free of Electron at run time so a
 * unit test can hold it to that.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}
