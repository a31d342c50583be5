import type { FileFilter } from './file-purposes';

/**
 * The dialogs the main process shows. The paths they return come from the user's own choice in an
 * OS dialog, which is the only way a path outside the data folder reaches a write.
 */
export interface FileDialogs {
  chooseSavePath(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** `defaultPath` pre-selects a file the operating system handed the app (double-click). */
  chooseOpenPaths(options: { title: string; filters: FileFilter[]; multiple: boolean; defaultPath?: string }): Promise<string[]>;
  /** Asks for one folder (null when cancelled); the only way the exchange folder is set. */
  chooseFolder(options: { title: string }): Promise<string | null>;
  /** Asks a question with two answers; true when the person chose `confirmLabel`. */
  confirm(options: { message: string; detail: string; confirmLabel: string; cancelLabel: string; warning: boolean }): Promise<boolean>;
}

/** Hands files to the system (Electron's shell in the app). */
export interface FileOpener {
  /** Opens a file with the system's default application. */
  open(path: string): Promise<boolean>;
  /** Shows a file selected in the system's file manager, without opening it. */
  showInFolder(path: string): void;
}
