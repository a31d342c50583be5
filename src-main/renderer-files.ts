import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_HOST, CONTENT_SECURITY_POLICY } from './security';

/** Types of the files the built renderer holds; anything else is served as opaque bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers a request on the app's scheme from the built renderer in `rendererRoot`. Never throws:
 * another host, a bad escape, a path outside the folder, a folder or a missing file all answer 404
 * (a handler that throws shows the person a broken page and an error in the log instead). Every
 * answer carries the Content-Security-Policy and its real type, with sniffing off.
 */
export async function answerRendererRequest(rendererRoot: string, requestUrl: string): Promise<Response> {
  const root = path.resolve(rendererRoot);
  try {
    const url = new URL(requestUrl);
    if (url.host !== APP_HOST) return notFound();
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    if (relative.includes('\0')) return notFound();
    const file = path.resolve(root, `.${relative}`);
    if (!file.startsWith(root + path.sep)) return notFound();
    const stat = await fs.stat(file);
    if (!stat.isFile()) return notFound();
    const body = await fs.readFile(file);
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Length': String(body.byteLength),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return notFound();
  }
}
