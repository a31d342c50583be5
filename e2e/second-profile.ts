import type { Browser, BrowserContext } from '@playwright/test';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../src-main/ipc/dispatch';
import { createTestMain, type TestMain } from '../src-main/test/harness';
import { HARNESS_ORIGIN } from './origin';
import { decodeBytes, encodeBytes } from './transport';

/**
 * A second copy of the app on "another computer": its own browser context (so its own IndexedDB)
 * and its own main process on its own temporary folder, wired the way the `main` fixture wires
 * the first. Close it with `profile.close()`.
 */
export interface SecondProfile {
  context: BrowserContext;
  main: TestMain;
  close(): Promise<void>;
}

export async function openSecondProfile(browser: Browser): Promise<SecondProfile> {
  const main = await createTestMain();
  const context = await browser.newContext({ baseURL: HARNESS_ORIGIN, locale: 'en-GB', timezoneId: 'Europe/London' });
  await context.exposeBinding('__triadIpc', async (source, method: unknown, arg: unknown) => {
    const sender = { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() };
    return encodeBytes(await dispatch(main.handlers, method, sender, decodeBytes(arg), HARNESS_ORIGIN));
  });
  const script = buildSync({
    entryPoints: [fileURLToPath(new URL('./browser-api.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  }).outputFiles[0]!.text;
  await context.addInitScript({ content: script });
  return {
    context,
    main,
    close: async () => {
      await context.close();
      await main.cleanup();
    },
  };
}
