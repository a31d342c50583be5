import type { Transaction } from 'dexie';
import { upgradeRecord, upgradeTables, type Migration, type Row } from '../core/migrations';

/**
 * Runs one core migration inside Dexie's version-change transaction. Only IndexedDB is awaited
 * here (anything else would commit the transaction early); the snapshot taken before the upgrade
 * is written earlier, on app start (`upgrade-guard.ts`).
 */
export async function applyMigration(tx: Transaction, migration: Migration): Promise<void> {
  const changed = new Set([...Object.keys(migration.addedFields), ...Object.keys(migration.upgradeRecord ?? {})]);
  for (const table of changed) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Row, ref: { value: Row }) => {
        ref.value = upgradeRecord(migration, table, row);
      });
  }
  if (!migration.deriveRecords) return;
  const tables: Record<string, Row[]> = {};
  for (const name of tx.storeNames) tables[name] = (await tx.table(name).toArray()) as Row[];
  // upgradeTables on already-upgraded records only adds what deriveRecords makes.
  const upgraded = upgradeTables(tables, migration.to - 1);
  for (const table of migration.addedTables) {
    const rows = (upgraded[table] ?? []) as Row[];
    if (rows.length > 0) await tx.table(table).bulkPut(rows);
  }
}
