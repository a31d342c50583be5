import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src-renderer/**/*.test.{ts,tsx}', 'src-main/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
