import { technicalDetail } from './error-messages';

/**
 * Sends an error to the main process's error log (in the data folder; see Help → "Open the log
 * folder"), when the app runs in Electron. Never throws: reporting must not cause a second error.
 */
export function reportError(error: unknown, area: string, componentStack?: string): void {
  console.error(`[${area}]`, error);
  if (!window.api) return;
  const detail = technicalDetail(error);
  void window.api
    .reportError({ message: detail.slice(0, 2000) || 'Unknown error', stack: componentStack?.slice(0, 8000), area: area.slice(0, 100) })
    .catch(() => undefined);
}
