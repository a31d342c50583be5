import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from app://triad-planner/ in Electron and from a local server in tests,
// so every asset URL is relative.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
});
