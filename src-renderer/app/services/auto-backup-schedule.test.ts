import { describe, expect, it } from 'vitest';
import { autoBackupDue, backupFileName } from './auto-backup-schedule';

describe('automatic backup schedule', () => {
  const minute = 60_000;
  it('backs up only when data changed and enough time has passed', () => {
    expect(autoBackupDue({ changed: false, lastBackupAt: 0, now: 60 * minute, minutes: 15 })).toBe(false);
    expect(autoBackupDue({ changed: true, lastBackupAt: 0, now: 14 * minute, minutes: 15 })).toBe(false);
    expect(autoBackupDue({ changed: true, lastBackupAt: 0, now: 15 * minute, minutes: 15 })).toBe(true);
  });
  it('names backup files with the date', () => {
    expect(backupFileName(new Date(2026, 10, 3))).toBe('Triad Planner backup 03-11-2026.triadbackup');
  });
});
