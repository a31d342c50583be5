// Bundles the main process and the preload for Electron. The preload must be a single CommonJS
// file: a sandboxed preload can require nothing but 'electron'.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};

await build({ ...shared, entryPoints: ['src-main/main.ts'], outfile: 'dist/main/main.cjs' });
await build({ ...shared, entryPoints: ['src-main/preload.ts'], outfile: 'dist/main/preload.cjs' });
console.log('Built dist/main/main.cjs and dist/main/preload.cjs');
