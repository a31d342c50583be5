import type { WebPreferences } from 'electron';

/**
 * The one set of preferences for every window the app opens (main and hidden print window):
 * sandboxed, context-isolated, no Node, no <webview>. Kept free of Electron at run time so a
 * unit test can hold it to that. `spellcheck` only where the system's own dictionaries serve it
 * (security.ts, spellcheckAvailable): never a dictionary download.
 */
export function secureWebPreferences(preloadPath: string, options: { spellcheck: boolean } = { spellcheck: false }): WebPreferences {
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
    spellcheck: options.spellcheck,
  };
}
