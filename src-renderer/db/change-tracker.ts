import type { TriadDatabase } from './database';

/**
 * Calls `onChange` whenever any record is created, updated or deleted through this database
 * object (a DBCore middleware installed by `TriadDatabase`; `db.on('changes')` needs the
 * observable addon, which we do not use). The callback runs inside the writing transaction, so it
 * must only note the change — never await anything there. Returns a function that stops watching.
 */
export function watchChanges(db: TriadDatabase, onChange: () => void): () => void {
  return db.onDataChange(onChange);
}
