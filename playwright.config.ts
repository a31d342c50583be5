import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium';
import { HARNESS_ORIGIN, HARNESS_PORT } from './e2e/origin';

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: HARNESS_ORIGIN,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
  projects: [
    { name: 'app', testIgnore: /electron\.spec\.ts/, use: { browserName: 'chromium' } },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: {
    // The built renderer, exactly as Electron serves it, on loopback only.
    command: `npx vite preview --host 127.0.0.1 --port ${HARNESS_PORT} --strictPort`,
    url: HARNESS_ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
