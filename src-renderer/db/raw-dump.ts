/**
 * A raw IndexedDB dump (see `e2e/data/fixtures/v1/README.md`) written back into a database
 * exactly as an older release left it: its stores, indexes, version and records, through the raw
 * IndexedDB API rather than Dexie. Test-only. Self-contained (no imports, no outer names), so
 * Playwright can also run it inside the page with `page.evaluate(seedRawDump, ...)`.
 */
export interface RawDump {
  databaseName: string;
  idbVersion: number;
  stores: {
    name: string;
    keyPath: string | string[] | null;
    autoIncrement: boolean;
    indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  }[];
  records: Record<string, unknown[]>;
}

export function seedRawDump({ dump, factory, name }: { dump: RawDump; factory?: IDBFactory; name?: string }): Promise<void> {
  const idb = factory ?? indexedDB;
  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(revive);
    if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length === 1 && entries[0]![0] === '$bytes') {
        return Uint8Array.from(atob(String(entries[0]![1])), (c) => c.charCodeAt(0));
      }
      return Object.fromEntries(entries.map(([key, inner]) => [key, revive(inner)]));
    }
    return value;
  };
  return new Promise((resolve, reject) => {
    const request = idb.open(name ?? dump.databaseName, dump.idbVersion);
    request.onupgradeneeded = () => {
      const database = request.result;
      for (const store of dump.stores) {
        const created = database.createObjectStore(store.name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement });
        for (const index of store.indexes) created.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
      for (const [store, rows] of Object.entries(dump.records)) {
        const objectStore = request.transaction!.objectStore(store);
        for (const row of rows) objectStore.put(revive(row));
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}
