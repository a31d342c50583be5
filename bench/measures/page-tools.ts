import type { BrowserContext, Page } from '@playwright/test';
import type { TriadTables } from '../dataset';

/** Used JS heap of a page after a full garbage collection, in bytes (CDP Performance.getMetrics). */
export async function usedHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  } finally {
    await cdp.detach();
  }
}

/** Empties the HTTP (and code) cache, so the next load is a cold one. */
export async function clearBrowserCache(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Network.clearBrowserCache');
  } finally {
    await cdp.detach();
  }
}

/** Hands the data set's rows to the page once (not timed), for the raw IndexedDB baseline. */
export async function stageRows(page: Page, tables: TriadTables): Promise<void> {
  await page.evaluate((rows) => {
    (window as unknown as { __benchRows: unknown }).__benchRows = rows;
  }, tables as Record<string, object[]>);
}

export async function dropStagedRows(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete (window as unknown as { __benchRows?: unknown }).__benchRows;
  });
}

/** Empties every table of the app's database with plain IndexedDB (outside any timing). */
export async function clearDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('triad-planner');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction([...database.objectStoreNames], 'readwrite');
          for (const name of database.objectStoreNames) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * The baseline for the import: every staged row `put` into the app's own database in one
 * readwrite transaction, with plain IndexedDB. Milliseconds from the first put to `complete`.
 */
export async function rawPutStagedRows(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const rows = (window as unknown as { __benchRows: Record<string, object[]> }).__benchRows;
        const request = indexedDB.open('triad-planner');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const names = Object.keys(rows);
          const started = performance.now();
          const tx = database.transaction(names, 'readwrite');
          for (const name of names) {
            const store = tx.objectStore(name);
            for (const record of rows[name]!) store.put(record);
          }
          tx.oncomplete = () => {
            const elapsed = performance.now() - started;
            database.close();
            resolve(elapsed);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Loads a route afresh (through about:blank, so going to the route the page is already on still reloads). */
export async function freshLoad(page: Page, route: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`/index.html#${route}`);
}
