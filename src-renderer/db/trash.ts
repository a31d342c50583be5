import type { TrashEntry } from '../core/model';
import type { TriadDatabase } from './database';

/** How long a deletion can be undone from "Recently deleted" before it is emptied for good. */
export const TRASH_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What can still be restored, newest first. */
export async function listTrash(db: TriadDatabase): Promise<TrashEntry[]> {
  return (await db.trash.orderBy('deletedAt').reverse().toArray()) as TrashEntry[];
}

/**
 * Empties the trash for good: everything, or only what was deleted more than 30 days ago. Deleted
 * evidence files (pupils' names, invoices) go with it, so they no longer travel in any backup.
 * Returns how many deletions were emptied.
 */
export async function emptyTrash(db: TriadDatabase, options: { olderThanDays?: number; now?: Date } = {}): Promise<number> {
  if (options.olderThanDays === undefined) {
    const count = await db.trash.count();
    await db.trash.clear();
    return count;
  }
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.olderThanDays * DAY_MS).toISOString();
  return db.trash.where('deletedAt').below(cutoff).delete();
}

/** Run when the app starts: deletions older than 30 days are emptied. */
export function emptyExpiredTrash(db: TriadDatabase, now = new Date()): Promise<number> {
  return emptyTrash(db, { olderThanDays: TRASH_DAYS, now });
}

/** What a deletion held, in words: "1 evidence file, 1 spending record". */
export function trashContents(entry: TrashEntry): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { table } of entry.records) counts[table] = (counts[table] ?? 0) + 1;
  return counts;
}
