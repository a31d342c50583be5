import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ErrorEntry {
  /** "main" for the main process, "renderer" for what the page reported. */
  source: 'main' | 'renderer';
  message: string;
  stack?: string;
  area?: string;
}

const MAX_BYTES = 256 * 1024;
const KEPT_OLD_FILES = 2;
const LOG_NAME = 'errors.log';

/** No control characters: a message cannot forge another entry. Stacks keep their line breaks (indented). */
function clean(text: string, max: number, keepLineBreaks = false): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const controls = keepLineBreaks ? /[\u0000-\u0008\u000b-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g;
  return text.replace(controls, ' ').slice(0, max);
}

function indent(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `    ${line}`)
    .join('\n');
}

/**
 * A small errors-only log in the app's own data folder (`logs/errors.log`), rotated at 256 KB with
 * two older files kept. Written by the main process only, at a path it chose: a renderer can add an
 * entry through `reportError`, never choose where it goes. Writing is synchronous so an entry made
 * just before the process dies still reaches the disk, and never throws: a log that cannot be
 * written must not turn one failure into two.
 */
export class ErrorLog {
  readonly file: string;

  constructor(
    readonly folder: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.file = path.join(folder, LOG_NAME);
  }

  record(entry: ErrorEntry): boolean {
    try {
      mkdirSync(this.folder, { recursive: true });
      this.rotateIfFull();
      const lines = [`${this.clock().toISOString()} [${entry.source}]${entry.area ? ` (${clean(entry.area, 100)})` : ''} ${clean(entry.message, 2000)}`];
      if (entry.stack) lines.push(indent(clean(entry.stack, 8000, true)));
      appendFileSync(this.file, `${lines.join('\n')}\n`, 'utf8');
      return true;
    } catch {
      return false;
    }
  }

  /** Records an error thrown anywhere in the main process. */
  recordError(error: unknown, area?: string): boolean {
    const asError = error instanceof Error ? error : new Error(String(error));
    return this.record({ source: 'main', message: asError.message, stack: asError.stack, area });
  }

  private rotateIfFull(): void {
    let size = 0;
    try {
      size = statSync(this.file).size;
    } catch {
      return;
    }
    if (size < MAX_BYTES) return;
    rmSync(this.olderFile(KEPT_OLD_FILES), { force: true });
    for (let n = KEPT_OLD_FILES - 1; n >= 1; n -= 1) {
      try {
        renameSync(this.olderFile(n), this.olderFile(n + 1));
      } catch {
        // Not there yet.
      }
    }
    renameSync(this.file, this.olderFile(1));
  }

  private olderFile(n: number): string {
    return path.join(this.folder, `errors.${n}.log`);
  }
}
