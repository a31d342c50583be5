import type { TriadDatabase } from './database';
import { TABLE_NAMES } from './schema';

/**
 * Calls `onChange` whenever any record is created, updated or deleted through this database
 * object (Dexie's table hooks; `db.on('changes')` needs the observable addon, which we do not
 * use). The callback runs inside the writing transaction, so it must only note the change —
 * never await anything there. Returns a function that stops watching.
 */
export function watchChanges(db: TriadDatabase, onChange: () => void): () => void {
  const stops: (() => void)[] = [];
  const noted = () => {
    onChange();
    // Returning nothing matters: Dexie treats a returned value as a new key or a modification.
    return undefined;
  };
  for (const name of TABLE_NAMES) {
    const table = db.tableNamed(name);
    for (const event of ['creating', 'updating', 'deleting'] as const) {
      table.hook(event as 'creating', noted);
      stops.push(() => table.hook(event as 'creating').unsubscribe(noted));
    }
  }
  return () => stops.forEach((stop) => stop());
}
