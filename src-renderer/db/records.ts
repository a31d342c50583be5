import type { Table } from 'dexie';
import type { BaseRecord, Draft, TrashEntry } from '../core/model';
import { newId, nowIso } from '../core/ids';
import type { TriadDatabase } from './database';
import type { TableName } from './schema';

/** Stamps `createdAt`/`updatedAt` on a new record. */
export function stampNew<T extends BaseRecord>(draft: Omit<Draft<T>, 'id'> & { id?: string }): T {
  const at = nowIso();
  return { ...draft, id: draft.id ?? newId(), createdAt: at, updatedAt: at } as T;
}

/** Returns the record with a fresh `updatedAt`, keeping `createdAt`. */
export function stampUpdate<T extends BaseRecord>(record: T): T {
  return { ...record, updatedAt: nowIso() };
}

/**
 * Deletes records from several tables in one transaction, keeping a copy in the trash so the
 * deletion can be undone. Returns the trash entry id to pass to `undoDelete`.
 */
export async function deleteWithUndo(
  db: TriadDatabase,
  label: string,
  items: { table: TableName; ids: string[] }[],
): Promise<string> {
  const tables = [...new Set(items.map((item) => item.table))].map((name) => db.tableNamed(name));
  const trashId = newId();
  await db.transaction('rw', [...tables, db.trash], async () => {
    const records: TrashEntry['records'] = [];
    for (const item of items) {
      const table = db.tableNamed(item.table) as Table<BaseRecord, string>;
      const found = await table.bulkGet(item.ids);
      for (const record of found) if (record) records.push({ table: item.table, record });
      await table.bulkDelete(item.ids);
    }
    await db.trash.add({ id: trashId, deletedAt: nowIso(), label, records });
  });
  return trashId;
}

/** Puts back everything a `deleteWithUndo` removed, in one transaction. */
export async function undoDelete(db: TriadDatabase, trashId: string): Promise<void> {
  const entry = await db.trash.get(trashId);
  if (!entry) throw new Error('That deletion can no longer be undone.');
  const tableNames = [...new Set(entry.records.map((r) => r.table as TableName))];
  await db.transaction('rw', [...tableNames.map((n) => db.tableNamed(n)), db.trash], async () => {
    for (const { table, record } of entry.records) {
      await (db.tableNamed(table as TableName) as Table<BaseRecord, string>).put(record);
    }
    await db.trash.delete(trashId);
  });
}

export async function getSetting<T>(db: TriadDatabase, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function putSetting(db: TriadDatabase, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
