/**
 * One fresh database per call for unit tests, on fake-indexeddb, deleted after each test.
 * Test-only: imported by `*.test.ts` files, never by the app.
 */
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { TriadDatabase } from './database';
import { SCHEMA_VERSIONS } from './schema';

const open: Dexie[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** An empty database at the current schema, under a name no other test uses. */
export function freshDb(): TriadDatabase {
  const db = new TriadDatabase(`test-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}

/**
 * A database exactly as an older release left it: only the schema versions declared up to
 * `version`, holding `records` as they were written then. Closed on return, so the next open
 * with the current code runs the upgrade. Deleted after the test.
 */
export async function releasedDb(version: number, records: Record<string, readonly object[]>): Promise<string> {
  const name = `test-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  SCHEMA_VERSIONS.slice(0, version).forEach((stores, index) => old.version(index + 1).stores(stores));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  open.push(new Dexie(name));
  return name;
}
