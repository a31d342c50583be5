import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript the first screen downloads: the entry script in `index.html`, its modulepreloads,
 * and (to be sure) every module those import statically, each gzipped as a server would send it.
 * Lazily loaded areas (dynamic `import()`) are not counted.
 */
export function initialJavaScript(distDir: string): { files: string[]; gzipBytes: number; rawBytes: number } {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const start = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ].map((href) => path.normalize(path.join(distDir, href)));
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import"./x.js"`, `import{a}from"./x.js"`, `export*from"./x.js"`; not `import("./x.js")`.
    for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{},\s]+?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.normalize(path.join(path.dirname(file), m[1]!)));
    }
  }
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of seen) {
    const bytes = readFileSync(file);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...seen].map((f) => path.relative(distDir, f)), gzipBytes, rawBytes };
}
