import { TriadDatabase } from './database';

/** The app's one database. Tests make their own `TriadDatabase` on fake-indexeddb instead. */
export const db = new TriadDatabase();

/**
 * Ask the browser not to evict our data under storage pressure. Best effort: the answer is
 * reported, not relied on (automatic backups outside IndexedDB are the real safety net).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
