import type { FileFilter } from './file-purposes';

/**
 * The file dialogs the main process shows. The paths they return come from the user's own choice
 * in an OS dialog, which is the only way a path outside the data folder reaches a write.
 */
export interface FileDialogs {
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenPaths(options: { title: string; filters: FileFilter[]; multiple: boolean }): Promise<string[]>;
}

/** Opens a file with the system's default application (Electron's shell.openPath in the app). */
export interface FileOpener {
  open(path: string): Promise<boolean>;
}
