import { defineConfig } from 'vitest/config';

// The boot test: a simulation that loads the built main process with a stand-in for Electron.
// It needs `npm run build` first, so it runs apart from the unit tests (`npm run test:boot`).
export default defineConfig({
  test: {
    include: ['src-main/simulation/*.simulation.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // One file, one fork: the simulation swaps process.platform and the module loader while it runs.
    pool: 'forks',
    fileParallelism: false,
  },
});
