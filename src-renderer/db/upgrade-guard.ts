import { encodeBackup, type BackupTables } from '../core/backup-format';
import { nowIso } from '../core/ids';
import type { SaveSafetyCopy } from './backup';
import { DATABASE_NAME } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema';

/**
 * The snapshot before a schema upgrade.
 *
 * Dexie runs `version(n).upgrade(fn)` inside IndexedDB's version-change transaction, where
 * awaiting anything that is not IndexedDB (such as the IPC call that writes an automatic backup)
 * would commit it early. So the snapshot cannot be taken inside the upgrade: it is taken here, on
 * app start, **before Dexie opens the database**, from a raw IndexedDB read.
 *
 * Nothing else is needed for a new schema version: `main.tsx` awaits this guard before the first
 * render, so the first start of the new version sees the stored version < the code's and saves a
 * "before upgrade" automatic backup before Dexie upgrades. The snapshot keeps the old
 * `schemaVersion`; restoring it upgrades its records with the same core migrations.
 */

/** Dexie stores version n as IndexedDB version n × 10. */
const DEXIE_VERSION_FACTOR = 10;

export type GuardOutcome = 'no-database' | 'up-to-date' | 'backed-up';

export async function backUpBeforeUpgrade(options: {
  indexedDB: IDBFactory;
  appVersion: string;
  save: SaveSafetyCopy;
  name?: string;
  codeVersion?: number;
}): Promise<GuardOutcome> {
  const name = options.name ?? DATABASE_NAME;
  const codeVersion = options.codeVersion ?? CURRENT_SCHEMA_VERSION;
  const database = await openExisting(options.indexedDB, name);
  if (!database) return 'no-database';
  try {
    const storedVersion = Math.floor(database.version / DEXIE_VERSION_FACTOR);
    if (storedVersion >= codeVersion) return 'up-to-date';
    const tables = await readEveryStore(database);
    const bytes = await encodeBackup({ appVersion: options.appVersion, createdAt: nowIso(), tables, schemaVersion: storedVersion });
    await options.save('before upgrade', bytes);
    return 'backed-up';
  } finally {
    database.close();
  }
}

/** Opens the database as it is, without creating it when it does not exist (the creation is aborted). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve(null);
      } else reject(request.error);
    };
  });
}

function readEveryStore(database: IDBDatabase): Promise<Partial<BackupTables>> {
  return new Promise((resolve, reject) => {
    const names = [...database.objectStoreNames];
    const tables: Record<string, Record<string, unknown>[]> = {};
    if (names.length === 0) return resolve({});
    const tx = database.transaction(names, 'readonly');
    for (const store of names) {
      const all = tx.objectStore(store).getAll();
      all.onsuccess = () => {
        tables[store] = all.result as Record<string, unknown>[];
      };
    }
    tx.oncomplete = () => resolve(tables as Partial<BackupTables>);
    tx.onerror = () => reject(tx.error);
  });
}
