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
