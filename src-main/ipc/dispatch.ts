import { API_METHOD_NAMES, type ApiMethodName, type Envelope } from '../ipc-contract';
import { isTrustedSender, type SenderInfo } from '../security';
import type { Handlers } from './handlers';

function isApiMethod(name: unknown): name is ApiMethodName {
  return typeof name === 'string' && (API_METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * The single door into the main process: checks who is asking and for what, runs the handler and
 * wraps the answer (or a plain-English error) in an envelope. Electron's ipcMain and the test
 * harness both call this, so the checks under test are the checks in the app.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  sender: SenderInfo | null,
  arg: unknown,
  trustedOrigin?: string,
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(sender, trustedOrigin)) {
    return { ok: false, error: 'This request did not come from Triad Planner and was refused.' };
  }
  if (!isApiMethod(method)) return { ok: false, error: `There is no such request: ${String(method)}.` };
  try {
    return { ok: true, value: await handlers[method](arg) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'Something went wrong.' };
  }
}
