import type { z } from 'zod';
import { API_CONTRACT, type ApiMethodName, type Envelope } from '../ipc-contract';
import { isTrustedSender, type SenderInfo } from '../security';
import type { Handlers } from './handlers';

function isApiMethod(name: unknown): name is ApiMethodName {
  return typeof name === 'string' && Object.hasOwn(API_CONTRACT, name);
}

/** Turns zod's complaint into one plain sentence for the renderer. */
function describeInvalid(method: string, error: z.ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  return `The request to ${method} was not valid${where}: ${first?.message ?? 'unexpected input'}.`;
}

/** Calls one handler with an argument its schema has accepted; the cast is sound because M is one method. */
function callHandler<M extends ApiMethodName>(handlers: Handlers, method: M, arg: unknown): Promise<unknown> {
  const handler = handlers[method] as (checked: unknown) => Promise<unknown>;
  return handler(arg);
}

/**
 * The single door into the main process: checks who is asking and for what, checks the argument
 * against the method's schema, runs the handler and wraps the answer (or a plain-English error) in
 * an envelope. Electron's ipcMain and the test harness both call this, so the checks under test are
 * the checks in the app. `onError` hears about failures the handler did not expect.
 */
export async function dispatch(
  handlers: Handlers,
  method: unknown,
  sender: SenderInfo | null,
  arg: unknown,
  trustedOrigin?: string,
  onError?: (error: unknown, method: string) => void,
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(sender, trustedOrigin)) {
    return { ok: false, error: 'This request did not come from Triad Planner and was refused.' };
  }
  if (!isApiMethod(method)) return { ok: false, error: `There is no such request: ${String(method)}.` };
  const checked = API_CONTRACT[method].arg.safeParse(arg);
  if (!checked.success) return { ok: false, error: describeInvalid(method, checked.error) };
  try {
    return { ok: true, value: await callHandler(handlers, method, checked.data) };
  } catch (error) {
    onError?.(error, method);
    return { ok: false, error: error instanceof Error ? error.message : 'Something went wrong.' };
  }
}
