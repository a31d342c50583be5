import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Files handed to the page the way the desktop app's main process hands them over: as bytes, with
 * no base64. The test harness's own route (a Playwright binding carrying base64 JSON) costs seconds
 * for 20 MB that Electron's IPC does not, so the timed measures use this instead:
 *  1. the files are copied under the built renderer (`dist/renderer/bench-files/`), which the
 *     preview server serves;
 *  2. the page fetches them before the timing starts;
 *  3. the next `openFiles` call is answered from them in the page, by wrapping the harness's
 *     binding (`window.__triadIpc`), so the app's own code runs from "the files are chosen" on.
 */
export function serveFiles(distRenderer: string, files: string[]): { urls: string[]; cleanUp(): void } {
  const folder = path.join(distRenderer, 'bench-files');
  mkdirSync(folder, { recursive: true });
  const urls = files.map((file) => {
    copyFileSync(file, path.join(folder, path.basename(file)));
    return `/bench-files/${encodeURIComponent(path.basename(file))}`;
  });
  return { urls, cleanUp: () => rmSync(folder, { recursive: true, force: true }) };
}

declare global {
  interface Window {
    __triadIpc(method: string, arg: unknown): Promise<unknown>;
  }
}

/** Fetches the served files into the page (not timed) and answers the next `openFiles` with them. */
export async function stageNextOpen(page: Page, urls: string[]): Promise<void> {
  await page.evaluate(async (paths) => {
    const files = await Promise.all(
      paths.map(async (url) => {
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        return { name: decodeURIComponent(url.split('/').pop()!), size: bytes.length, bytes };
      }),
    );
    const harness = window.__triadIpc;
    const staged = (method: string, arg: unknown) => {
      if (method !== 'openFiles') return harness(method, arg);
      window.__triadIpc = harness;
      return Promise.resolve({ ok: true, value: { files } });
    };
    window.__triadIpc = staged;
    if (window.__triadIpc !== staged) throw new Error('The harness binding could not be wrapped.');
  }, urls);
}
