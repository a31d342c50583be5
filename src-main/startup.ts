import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Proves the data folder can be written before anything relies on it: settings, automatic backups
 * and the log all live there. Throws Node's own error (with its code) when it cannot.
 */
export function ensureWritableFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const probe = path.join(folder, `.write-test-${process.pid}`);
  writeFileSync(probe, 'ok');
  rmSync(probe, { force: true });
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/**
 * What the person is told when the app cannot start: what happened, in plain English, and where the
 * log is. The app then quits properly, so the next launch is not blocked by a process that never ended.
 */
export function startupFailureMessage(error: unknown, dataFolder: string, logsDir: string): string {
  const code = codeOf(error);
  const cause =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'ENOSPC'
      ? `Triad Planner could not write to its data folder:\n${dataFolder}\n\n` +
        (code === 'ENOSPC'
          ? 'The disk is full. Free some space and start Triad Planner again.'
          : 'Check that the folder exists, is not read-only and that you are allowed to change it (your IT support can help), then start Triad Planner again.')
      : `Something unexpected stopped Triad Planner from starting: ${error instanceof Error ? error.message : String(error)}`;
  return `${cause}\n\nYour data has not been changed. Details were written to the log in:\n${logsDir}\n(if that folder could be written).`;
}
