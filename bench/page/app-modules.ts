// Bundled into an init script for the benchmark's work page only (never the cold-start pages): the
// app's own import modules, on the app's own database, so the import runs exactly the app's code.
import { parseBackupFile } from '../../src-renderer/core/backup-format';
import { restoreWithSafetyCopy } from '../../src-renderer/db/backup';
import { db } from '../../src-renderer/db';
import type { Api } from '../../src-main/ipc-contract';

export interface ImportTiming {
  startedAt: number;
  parseMs: number;
  writeMs: number;
  totalMs: number;
  records: number;
}

async function importBackup(bytes: Uint8Array): Promise<ImportTiming> {
  const api = (window as unknown as { api: Api }).api;
  const startedAt = performance.now();
  const parsed = await parseBackupFile(bytes);
  if (!parsed.ok) throw new Error(parsed.error);
  const parsedAt = performance.now();
  let records = 0;
  await restoreWithSafetyCopy(db, parsed.backup, {
    appVersion: 'bench',
    from: 'benchmark data set',
    saveSafetyCopy: (reason, copy) => api.writeAutoBackup({ reason, bytes: copy }),
    onProgress: (_done, total) => {
      records = total;
    },
  });
  const doneAt = performance.now();
  return { startedAt, parseMs: parsedAt - startedAt, writeMs: doneAt - parsedAt, totalMs: doneAt - startedAt, records };
}

Object.defineProperty(window, '__benchApp', { value: { importBackup } });
