// Bundled into an init script by the fixture: installs `window.api` in the test browser, built by
// the same createApi the preload uses, and routed to the real main-process handlers in the test
// process through a Playwright binding.
import { createApi } from '../src-main/api-client';
import type { Envelope } from '../src-main/ipc-contract';
import { decodeBytes, encodeBytes } from './transport';

declare global {
  interface Window {
    __triadIpc(method: string, arg: unknown): Promise<unknown>;
  }
}

const api = createApi(
  async (method, arg) => decodeBytes(await window.__triadIpc(method, encodeBytes(arg))) as Envelope<unknown>,
  () => () => undefined,
);
Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false });
