import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Preloads the text fonts, so they arrive alongside the first script rather than after the first
 * layout asks for them. They never block the first paint (the font faces use font-display: swap);
 * preloading only saves the later swap.
 */
function preloadFonts(): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const fonts = Object.keys(context.bundle ?? {}).filter((name) => /source-sans-3-latin-(400|600|700)-normal-[^/]*\.woff2$/.test(name));
        return fonts.map((name) => ({ tag: 'link', injectTo: 'head', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${name}` } }));
      },
    },
  };
}

// The renderer is served from app://triad-planner/ in Electron and from a local server in tests,
// so every asset URL is relative.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react(), preloadFonts()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 800,
  },
});
