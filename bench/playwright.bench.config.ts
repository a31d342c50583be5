import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../e2e/chromium';
import { fileURLToPath } from 'node:url';
import { HARNESS_ORIGIN, HARNESS_PORT } from '../e2e/origin';
import { BARE_PORT } from './ports';

// `npm run bench`: one long test, one worker, the same Chromium and launch options as the e2e suite.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  testDir: '.',
  testMatch: /bench\.spec\.ts$/,
  timeout: 15 * 60_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: HARNESS_ORIGIN,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 800 },
    // The work page's copy of the app's import modules is bundled by esbuild into an init script,
    // and some of it (a dependency's code generation) now trips the page's no-eval policy where the
    // app's own Vite build does not (the restore through the UI runs the real build under the policy).
    bypassCSP: true,
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [{ name: 'bench', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // The built renderer, served as in the e2e tests.
      command: `npx vite preview --host 127.0.0.1 --port ${HARNESS_PORT} --strictPort`,
      cwd: root,
      url: HARNESS_ORIGIN,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The bare React page the cold start is compared with, served the same way.
      command: `npx vite preview -c bench/bare/vite.config.ts --host 127.0.0.1 --port ${BARE_PORT} --strictPort`,
      cwd: root,
      url: `http://127.0.0.1:${BARE_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
