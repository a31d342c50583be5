import type { Api } from '../src-main/ipc-contract';

declare global {
  interface Window {
    /** Installed by the preload in the app, and by the test fixture in the browser harness. */
    readonly api: Api;
  }
}

/** The one door to the main process. */
export function api(): Api {
  if (!window.api) throw new Error('Triad Planner must be opened as the desktop app.');
  return window.api;
}
