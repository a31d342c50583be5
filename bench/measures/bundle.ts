import { buildSync } from 'esbuild';

/**
 * Bundles a page-side entry (which imports the app's own modules) into one script to install with
 * `page.addInitScript`, the way the e2e fixture installs `window.api`. Init scripts run before the
 * page's own code and are not subject to the page's Content-Security-Policy.
 */
export function pageScript(entry: string): string {
  return buildSync({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'chrome120', minify: true, logLevel: 'warning' }).outputFiles[0]!.text;
}
