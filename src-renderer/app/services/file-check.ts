import { parseBackupFile, type ParsedBackup } from '../../core/backup-format';
import { parseReturnFile, type ParsedReturn } from '../../core/exchange-format';
import { readRollupFile, type RollupFile } from '../../core/rollup-source';

type Results = { backup: ParsedBackup; return: ParsedReturn; rollup: RollupFile };
export type FileCheckKind = keyof Results;
export interface FileCheckRequest {
  kind: FileCheckKind;
  bytes: Uint8Array;
}
export type FileCheckResponse = { result: Results[FileCheckKind] } | { crashed: string };

/**
 * Checks a file in a Web Worker (one per file, ended when done, so its memory is given back at
 * once); where workers are unavailable, on this thread. The result is exactly the core reader's.
 */
export function checkFileOffThread<K extends FileCheckKind>(kind: K, bytes: Uint8Array): Promise<Results[K]> {
  const direct = (): Promise<Results[K]> =>
    (kind === 'backup' ? parseBackupFile(bytes) : kind === 'return' ? parseReturnFile(bytes) : readRollupFile(bytes)) as Promise<Results[K]>;
  if (typeof Worker === 'undefined') return direct();
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./file-check.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(direct());
      return;
    }
    worker.onmessage = (event: MessageEvent<FileCheckResponse>) => {
      worker.terminate();
      if ('crashed' in event.data) reject(new Error(event.data.crashed));
      else resolve(event.data.result as Results[K]);
    };
    worker.onerror = (event) => {
      worker.terminate();
      event.preventDefault();
      // A worker that cannot start (a locked-down environment) must not stop the check.
      resolve(direct());
    };
    worker.postMessage({ kind, bytes } satisfies FileCheckRequest);
  });
}

/**
 * Workers kept for many files (a roll-up of 100): starting a worker loads and compiles the file
 * readers afresh, which for 100 files costs more than the checks themselves. Each worker checks
 * one file at a time; `close` ends them all, giving their memory back.
 */
export function createFileCheckPool(size: number): {
  check<K extends FileCheckKind>(kind: K, bytes: Uint8Array): Promise<Results[K]>;
  close(): void;
} {
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const waiting: ((worker: Worker | null) => void)[] = [];
  let failed = typeof Worker === 'undefined';
  const take = (): Promise<Worker | null> => {
    if (failed) return Promise.resolve(null);
    const ready = idle.pop();
    if (ready) return Promise.resolve(ready);
    if (all.length < size) {
      try {
        const worker = new Worker(new URL('./file-check.worker.ts', import.meta.url), { type: 'module' });
        all.push(worker);
        return Promise.resolve(worker);
      } catch {
        failed = true;
        return Promise.resolve(null);
      }
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const give = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  const direct = <K extends FileCheckKind>(kind: K, bytes: Uint8Array) =>
    (kind === 'backup' ? parseBackupFile(bytes) : kind === 'return' ? parseReturnFile(bytes) : readRollupFile(bytes)) as Promise<Results[K]>;
  return {
    async check(kind, bytes) {
      const worker = await take();
      if (!worker) return direct(kind, bytes);
      return new Promise((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<FileCheckResponse>) => {
          give(worker);
          if ('crashed' in event.data) reject(new Error(event.data.crashed));
          else resolve(event.data.result as Results[typeof kind]);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          // A worker that cannot start must not stop the check: this file, and the rest, run here.
          failed = true;
          waiting.splice(0).forEach((resume) => resume(null));
          resolve(direct(kind, bytes));
        };
        worker.postMessage({ kind, bytes } satisfies FileCheckRequest);
      });
    },
    close() {
      all.forEach((worker) => worker.terminate());
    },
  };
}
