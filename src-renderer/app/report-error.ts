import { technicalDetail } from './error-messages';

/**
 * Sends an error to the main process's error log (in the data folder; see Help → "Open the log
 * folder"), when the app runs in Electron. Never throws: reporting must not cause a second error.
 */
export function reportError(error: unknown, area: string, componentStack?: string): void {
  console.error(`[${area}]`, error);
  const report = (window.api as { reportError?: (arg: { message: string; stack?: string; area?: string }) => Promise<void> } | undefined)?.reportError;
  if (!report) return;
  const detail = technicalDetail(error);
  void report({ message: detail.slice(0, 2000), stack: componentStack?.slice(0, 4000), area: area.slice(0, 100) }).catch(() => undefined);
}
