import type { Api, ApiMethodName, Envelope, MenuCommand } from './ipc-contract';
import { API_METHOD_NAMES } from './ipc-method-names';

/**
 * Builds `window.api` from a transport. The preload passes Electron's ipcRenderer; the test harness
 * passes a Playwright binding. No channel names or Electron objects leak to the page.
 */
export function createApi(
  invoke: (method: ApiMethodName, arg: unknown) => Promise<Envelope<unknown>>,
  subscribe: (listener: (command: MenuCommand) => void) => () => void,
  subscribeToOpenedFiles: (listener: () => void) => () => void = () => () => undefined,
): Api {
  const api: Record<string, unknown> = {};
  for (const method of API_METHOD_NAMES) {
    api[method] = async (arg?: unknown) => {
      const reply = await invoke(method, arg);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    };
  }
  api.onMenuCommand = subscribe;
  api.onOpenedFile = subscribeToOpenedFiles;
  return Object.freeze(api) as unknown as Api;
}
