import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, for the e2e tests and the benchmark alike: Playwright's own browser builds
 * cannot be downloaded on these machines. The flags keep Chromium from reaching for the network
 * (which is closed here) and from needing a GPU or a setuid sandbox.
 */
export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
