/// <reference lib="webworker" />
import { parseBackupFile } from '../../core/backup-format';
import { parseReturnFile } from '../../core/exchange-format';
import { readRollupFile } from '../../core/rollup-source';
import type { FileCheckRequest, FileCheckResponse } from './file-check';

/**
 * Reads and checks a backup, a partner return or a roll-up file off the window's thread, so a
 * large file never freezes the app. The core readers are pure, so they run here unchanged.
 */
self.onmessage = async (event: MessageEvent<FileCheckRequest>) => {
  const { kind, bytes } = event.data;
  let response: FileCheckResponse;
  try {
    const result = kind === 'backup' ? await parseBackupFile(bytes) : kind === 'return' ? await parseReturnFile(bytes) : await readRollupFile(bytes);
    response = { result };
  } catch (error) {
    response = { crashed: (error as Error).message };
  }
  (self as unknown as Worker).postMessage(response);
};
