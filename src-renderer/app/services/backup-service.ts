import { api } from '../../api';
import { db } from '../../db';
import { backupBytes, type SaveSafetyCopy } from '../../db/backup';

let version: Promise<string> | null = null;

/** The app's version, written into every backup and return. */
export function appVersion(): Promise<string> {
  version ??= api()
    .getAppInfo()
    .then((info) => info.version);
  return version;
}

/** Writes an automatic backup (outside the database) through the main process, which rotates them. */
export const saveSafetyCopy: SaveSafetyCopy = (reason, bytes) => api().writeAutoBackup({ reason, bytes });

/**
 * Saves an automatic backup of all data now. Call before any import that writes data
 * (e.g. `await writeAutoBackupNow('before results import')`).
 */
export async function writeAutoBackupNow(reason: string): Promise<void> {
  await saveSafetyCopy(reason, await backupBytes(db, await appVersion()));
}
