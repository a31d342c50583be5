/**
 * Reads a school register off the main thread, so a full 50,000-row download never freezes the
 * window. Receives the file's bytes; posts progress, then the parse result.
 */
import { parseRegister } from '../../../core/gias-register';
import type { RegisterWorkerMessage } from './register-import';

// The renderer is type-checked with the DOM library; this is the small part of a worker's scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: RegisterWorkerMessage): void;
};

scope.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  const post = (message: RegisterWorkerMessage) => scope.postMessage(message);
  try {
    const result = parseRegister(new Uint8Array(event.data), (fraction) => post({ type: 'progress', fraction }));
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'done', result: { ok: false, error: `The register could not be read: ${(error as Error).message}` } });
  }
};
