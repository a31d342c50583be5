import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Runs only the v1 fixture generator (kept out of the main test run on purpose: the fixtures are
 * made once, by the first release's code, and never again). See e2e/data/fixtures/v1/README.md.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['scripts/v1-fixtures/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
