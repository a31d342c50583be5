import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The app's own folder (Electron's userData). The main process writes only here or where the user
 * picked in a dialog; every path inside is built from names the main process chose or checked.
 */
export class DataFolder {
  constructor(readonly root: string) {}

  get backupsDir(): string {
    return path.join(this.root, 'backups');
  }

  /** The errors-only log (services/error-log.ts); Help → "Open the log folder" shows it. */
  get logsDir(): string {
    return path.join(this.root, 'logs');
  }

  get openedEvidenceDir(): string {
    return path.join(this.root, 'opened-evidence');
  }

  /** Joins a single plain file name onto a folder of ours, refusing anything that could escape it. */
  fileIn(folder: string, fileName: string): string {
    const safe = safeFileName(fileName);
    const full = path.resolve(folder, safe);
    if (path.dirname(full) !== path.resolve(folder) || !full.startsWith(path.resolve(this.root) + path.sep)) {
      throw new Error('That file name is not allowed.');
    }
    return full;
  }

  async ensure(folder: string): Promise<string> {
    await fs.mkdir(folder, { recursive: true });
    return folder;
  }
}

/** Keeps letters, digits, spaces and a few marks; drops separators, control characters and dots at the ends. */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[/\\?%*:|"<>\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  if (cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned)) return 'file';
  return cleaned;
}
