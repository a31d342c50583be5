import path from 'node:path';
import type { AssociatedFilePurpose, OpenedByAssociation } from '../ipc-contract';

/**
 * Files the installers register the app for (electron-builder.yml, fileAssociations): double-clicking
 * one starts the app, or focuses it, and the renderer offers the right action. To add a kind, add its
 * extension here and in electron-builder.yml.
 */
export const ASSOCIATED_EXTENSIONS: Record<string, AssociatedFilePurpose> = {
  triadbackup: 'backup',
  triadreturn: 'partner-return',
  triadnetwork: 'network-file',
};

export function associatedPurposeOf(file: string): AssociatedFilePurpose | null {
  const ext = path.extname(file).slice(1).toLowerCase();
  return Object.hasOwn(ASSOCIATED_EXTENSIONS, ext) ? ASSOCIATED_EXTENSIONS[ext]! : null;
}

/**
 * The associated file in a command line (Windows and Linux pass it as an argument, on first launch
 * and to `second-instance`). Switches are ignored, so `--inspect=x.triadbackup` is not a file.
 */
export function associatedFileInArgv(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (associatedPurposeOf(arg)) return path.resolve(arg);
  }
  return null;
}

/**
 * The last file the operating system handed the app. Kept in the main process: the renderer learns
 * only its name and what it is for, and the open dialog starts at it so the person confirms the
 * choice themselves — the renderer never gets to name a path.
 */
export class OpenedFiles {
  private pending: { purpose: AssociatedFilePurpose; path: string } | null = null;

  /** Returns false when the file is not one the app is associated with. */
  offer(file: string): boolean {
    const purpose = associatedPurposeOf(file);
    if (!purpose) return false;
    this.pending = { purpose, path: file };
    return true;
  }

  current(): OpenedByAssociation | null {
    return this.pending ? { purpose: this.pending.purpose, name: path.basename(this.pending.path) } : null;
  }

  /** The file to start the open dialog at for `purpose`; once used, the offer is spent. */
  takePathFor(purpose: string): string | undefined {
    if (!this.pending || this.pending.purpose !== purpose) return undefined;
    const file = this.pending.path;
    this.pending = null;
    return file;
  }
}
