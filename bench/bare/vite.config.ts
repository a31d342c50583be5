import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Built exactly like the renderer (same React, plugin, target), into dist/bench-bare.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench-bare', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
  },
});
