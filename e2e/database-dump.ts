import type { Page } from '@playwright/test';

/** Every object store of the app's IndexedDB, as one text, to prove a bad file changed nothing. */
export async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('triad-planner');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const names = [...database.objectStoreNames].sort();
          const tx = database.transaction(names, 'readonly');
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => {
              out[name] = all.result;
            };
          }
          tx.oncomplete = () => {
            database.close();
            resolve(JSON.stringify(out, (_key, value) => (value instanceof Uint8Array ? [...value] : value)));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
