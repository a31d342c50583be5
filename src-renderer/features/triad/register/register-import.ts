import { useSyncExternalStore } from 'react';
import { parseRegister, type RegisterParseResult, type RegisterReport, type RegisterSchool } from '../../../core/gias-register';

export type RegisterWorkerMessage = { type: 'progress'; fraction: number } | { type: 'done'; result: RegisterParseResult };

/** Parses register bytes in a Web Worker, reporting progress; falls back to this thread if workers are unavailable. */
export function parseRegisterInWorker(bytes: Uint8Array, onProgress: (fraction: number) => void): Promise<RegisterParseResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./register.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(parseRegister(bytes, onProgress));
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<RegisterWorkerMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.fraction);
      else {
        worker.terminate();
        resolve(event.data.result);
      }
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(parseRegister(bytes, onProgress));
    };
    const copy = bytes.slice().buffer;
    worker.postMessage(copy, [copy]);
  });
}

/** The register loaded in this session: kept in memory only, so the database schema is unchanged. */
export interface LoadedRegister {
  fileName: string;
  schools: RegisterSchool[];
  report: RegisterReport;
}

let loaded: LoadedRegister | null = null;
const listeners = new Set<() => void>();

export function setLoadedRegister(register: LoadedRegister | null): void {
  loaded = register;
  for (const listener of listeners) listener();
}

export function useLoadedRegister(): LoadedRegister | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => loaded,
  );
}
