import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src-renderer/**/*.test.{ts,tsx}', 'src-main/**/*.test.ts'],
    environment: 'node',
    // IndexedDB for the database tests, installed before Dexie is first imported.
    setupFiles: ['fake-indexeddb/auto'],
    testTimeout: 30_000,
  },
});
