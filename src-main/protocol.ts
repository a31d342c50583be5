import { protocol } from 'electron';
import { answerRendererRequest } from './renderer-files';
import { APP_SCHEME } from './security';

/**
 * Must run before `app.ready`: without the privileges IndexedDB is unavailable on the scheme.
 * `codeCache` lets V8 cache the compiled renderer between starts, as it does for file:// pages.
 */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer from `rendererRoot` at app://triad-planner/, refusing anything outside it. */
export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => answerRendererRequest(rendererRoot, request.url));
}
