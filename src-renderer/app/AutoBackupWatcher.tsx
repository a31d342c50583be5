import { useEffect } from 'react';
import { api } from '../api';
import { db } from '../db';
import { watchChanges } from '../db/change-tracker';
import { autoBackupDue } from './services/auto-backup-schedule';

const CHECK_EVERY_MS = 30_000;

/**
 * Mounted once in the app shell: notes any change to the data and, at most every
 * `autoBackupMinutes` (15 by default), writes an automatic backup through the main process.
 */
export function AutoBackupWatcher() {
  useEffect(() => {
    if (!window.api) return undefined;
    let changed = false;
    let lastBackupAt = Date.now();
    let busy = false;
    const stop = watchChanges(db, () => {
      changed = true;
    });
    const timer = window.setInterval(async () => {
      if (busy) return;
      busy = true;
      try {
        const { autoBackupMinutes } = await api().getPreferences();
        if (!autoBackupDue({ changed, lastBackupAt, now: Date.now(), minutes: autoBackupMinutes || 15 })) return;
        changed = false;
        lastBackupAt = Date.now();
        // Loaded on first use, so the app shell stays small.
        const { writeAutoBackupNow } = await import('./services/backup-service');
        await writeAutoBackupNow('data changed');
      } catch {
        // A missed automatic backup is retried at the next change; it must never interrupt the head's work.
        changed = true;
      } finally {
        busy = false;
      }
    }, CHECK_EVERY_MS);
    return () => {
      stop();
      window.clearInterval(timer);
    };
  }, []);
  return null;
}
