/** Whether an automatic backup is due: data has changed, and the last one is at least `minutes` old. */
export function autoBackupDue(state: { changed: boolean; lastBackupAt: number; now: number; minutes: number }): boolean {
  return state.changed && state.now - state.lastBackupAt >= state.minutes * 60_000;
}

/** "dd/mm/yyyy hh:mm" in the computer's own time zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "Triad Planner backup 23-11-2026.triadbackup" */
export function backupFileName(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `Triad Planner backup ${two(now.getDate())}-${two(now.getMonth() + 1)}-${now.getFullYear()}.triadbackup`;
}
