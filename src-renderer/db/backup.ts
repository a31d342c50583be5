import type { Table } from 'dexie';
import { encodeBackup, type Backup, type BackupTables } from '../core/backup-format';
import { nowIso } from '../core/ids';
import type { RecordTable } from '../core/record-schemas';
import type { TriadDatabase } from './database';
import { TABLE_NAMES, type TableName } from './schema';
import { handledLater, QUEUED_WRITES, WRITE_CHUNK } from './chunked-writes';

// The core's list of tables must be exactly the database's (checked at compile time both ways).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const TABLES_MATCH: Same<RecordTable, TableName> = true;
void TABLES_MATCH;

/** Progress of a long backup or restore: records handled so far, out of the total. */
export type OnProgress = (done: number, total: number) => void;

/** Setting that remembers the last restore, so it can be undone later (not only from the toast). */
export const LAST_RESTORE_SETTING = 'lastRestore';

export interface LastRestore {
  /** The automatic backup of the data as it was before the restore. */
  autoBackupId: string;
  restoredAt: string;
  /** What was restored, in words (a file name or "the automatic backup of ..."). */
  from: string;
}

// Chunks of WRITE_CHUNK rows with QUEUED_WRITES queued ahead (see chunked-writes.ts): the writer
// is never idle waiting for a round trip, and this thread paints the progress bar between chunks.
const CHUNK = WRITE_CHUNK;

/** Every table, read in one read-only transaction so the snapshot is consistent. */
export async function snapshotDatabase(db: TriadDatabase, onProgress?: OnProgress): Promise<BackupTables> {
  return db.transaction('r', TABLE_NAMES.map((name) => db.tableNamed(name)), async () => {
    const tables = {} as BackupTables;
    for (const [index, name] of TABLE_NAMES.entries()) {
      tables[name] = (await db.tableNamed(name).toArray()) as Record<string, unknown>[];
      onProgress?.(index + 1, TABLE_NAMES.length + 1);
    }
    return tables;
  });
}

/**
 * The bytes of a full backup of the database as it is now (progress: tables read, then the file
 * written). `withoutTrash` leaves out "Recently deleted" (for a backup given to a partner school,
 * so deleted evidence never leaves this computer).
 */
export async function backupBytes(
  db: TriadDatabase,
  appVersion: string,
  onProgress?: OnProgress,
  options: { withoutTrash?: boolean } = {},
): Promise<Uint8Array> {
  const tables = await snapshotDatabase(db, onProgress);
  if (options.withoutTrash) tables.trash = [];
  const bytes = await encodeBackup({ appVersion, createdAt: nowIso(), tables });
  onProgress?.(TABLE_NAMES.length + 1, TABLE_NAMES.length + 1);
  return bytes;
}

/**
 * Replaces all data with a backup's, in one read-write transaction over every table (clear, then
 * bulk add). Nothing but IndexedDB is awaited inside it, and no error is caught there: if anything
 * fails the whole transaction is rolled back and the old data stays. `extraSettings` are written in
 * the same transaction after the backup's own (e.g. a record of this restore, for undo).
 */
export async function restoreSnapshot(
  db: TriadDatabase,
  backup: Pick<Backup, 'tables'>,
  onProgress?: OnProgress,
  extraSettings: { key: string; value: unknown }[] = [],
  removeSettings: string[] = [],
): Promise<void> {
  const total = TABLE_NAMES.reduce((sum, name) => sum + backup.tables[name].length, 0);
  let done = 0;
  onProgress?.(0, total);
  await db.transaction('rw', TABLE_NAMES.map((name) => db.tableNamed(name)), async () => {
    const tables = TABLE_NAMES.map((name) => [name, db.tableNamed(name) as Table<unknown, string>] as const);
    // Every clear is queued at once: they run, in order, before the writes queued after them.
    const cleared = handledLater(Promise.all(tables.map(([, table]) => table.clear())));
    const queued: Promise<void>[] = [];
    for (const [name, table] of tables) {
      const rows = backup.tables[name];
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        queued.push(
          handledLater(
            table.bulkAdd(chunk).then(() => {
              done += chunk.length;
              onProgress?.(done, total);
            }),
          ),
        );
        if (queued.length > QUEUED_WRITES) await queued.shift();
      }
    }
    await cleared;
    await Promise.all(queued);
    if (removeSettings.length > 0) await db.settings.bulkDelete(removeSettings);
    if (extraSettings.length > 0) await db.settings.bulkPut(extraSettings);
  });
  onProgress?.(total, total);
}

/** Writes an automatic backup outside the database (the main process's `writeAutoBackup`). */
export type SaveSafetyCopy = (reason: string, bytes: Uint8Array) => Promise<{ id: string }>;

/**
 * Restores a checked backup after saving the current data as an automatic backup, and records
 * that backup's id so the restore can be undone. Returns the id of the safety copy.
 */
export async function restoreWithSafetyCopy(
  db: TriadDatabase,
  backup: Backup,
  options: { appVersion: string; from: string; saveSafetyCopy: SaveSafetyCopy; onProgress?: OnProgress },
): Promise<LastRestore> {
  const current = await backupBytes(db, options.appVersion);
  const safety = await options.saveSafetyCopy('before restore', current);
  const lastRestore: LastRestore = { autoBackupId: safety.id, restoredAt: nowIso(), from: options.from };
  await restoreSnapshot(db, backup, options.onProgress, [{ key: LAST_RESTORE_SETTING, value: lastRestore }]);
  return lastRestore;
}

/**
 * Whether anything was written after a restore: a record saved since (every save stamps
 * `updatedAt`), or something deleted since (the trash stamps `deletedAt`). Undoing the restore
 * would undo that work too, so the head is told first.
 */
export async function changedSinceRestore(db: TriadDatabase, last: LastRestore): Promise<boolean> {
  const after = (stamp: unknown) => typeof stamp === 'string' && stamp > last.restoredAt;
  return db.transaction('r', TABLE_NAMES.map((name) => db.tableNamed(name)), async () => {
    if ((await db.trash.where('deletedAt').above(last.restoredAt).count()) > 0) return true;
    for (const name of TABLE_NAMES) {
      if (name === 'settings' || name === 'trash' || name === 'syncState') continue;
      const found = await (db.tableNamed(name) as Table<{ updatedAt?: unknown }, string>).filter((row) => after(row.updatedAt)).first();
      if (found) return true;
    }
    return false;
  });
}

/**
 * Puts back the data saved before a restore (the caller has read and checked that backup), after
 * saving the data as it is now as a safety copy of its own, so work done since the restore can
 * still be got back from the automatic backups.
 */
export async function undoRestore(
  db: TriadDatabase,
  before: Backup,
  options: { appVersion: string; saveSafetyCopy: SaveSafetyCopy; onProgress?: OnProgress },
): Promise<{ safetyCopyId: string }> {
  const safety = await options.saveSafetyCopy('before undo restore', await backupBytes(db, options.appVersion));
  await restoreSnapshot(db, before, options.onProgress, [], [LAST_RESTORE_SETTING]);
  return { safetyCopyId: safety.id };
}
