import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

/** What the atomic write needs from the file system; tests pass a rename that fails on cue. */
export interface AtomicWriteOptions {
  rename?: (from: string, to: string) => Promise<void>;
  /** Pause between attempts; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * On Windows a file open in Excel or Acrobat, or being scanned by antivirus, refuses to be
 * replaced for a moment (EPERM, EBUSY, EACCES). Scanners let go within a second or two; a program
 * holding the file open does not, and then the person is told so plainly.
 */
const LOCKED_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RETRY_DELAYS_MS = [50, 100, 200, 400, 800, 1000];

/** A write refused for a reason a person can act on; the message is shown as it is. */
export class FileWriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'FileWriteError';
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Turns Node's "EPERM: operation not permitted, rename …" into a sentence about the person's file. */
export function explainWriteError(target: string, error: unknown): Error {
  const name = `“${path.basename(target)}”`;
  const code = codeOf(error);
  switch (code) {
    case 'EPERM':
    case 'EBUSY':
    case 'EACCES':
      return new FileWriteError(
        `${name} could not be saved because it is open in another program (perhaps Excel or Acrobat) or the folder does not allow changes. ` +
          'Close the file there and try again, or save it under a different name. Nothing was changed.',
        code,
      );
    case 'ENOSPC':
      return new FileWriteError(`${name} could not be saved because the disk is full. Free some space and try again. Nothing was changed.`, code);
    case 'EROFS':
      return new FileWriteError(`${name} could not be saved because that drive is read-only. Choose another folder. Nothing was changed.`, code);
    case 'ENOENT':
      return new FileWriteError(`${name} could not be saved because its folder no longer exists. Choose another folder.`, code);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Writes a file so that a crash or power cut leaves either the old file or the new one, never a
 * torn mixture: write a temporary file beside it, flush it to disk, then rename over the target
 * (rename is atomic within one folder). A locked target is retried briefly; whatever happens, the
 * hidden temporary file does not stay behind in the person's folder.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const rename = options.rename ?? ((from: string, to: string) => fs.rename(from, to));
  const sleep = options.sleep ?? wait;
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomUUID()}.tmp`);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(temp, 'wx');
  } catch (error) {
    throw explainWriteError(target, error);
  }
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    for (let attempt = 0; ; attempt += 1) {
      try {
        await rename(temp, target);
        break;
      } catch (error) {
        if (!LOCKED_CODES.has(codeOf(error) ?? '') || attempt >= RETRY_DELAYS_MS.length) throw error;
        await sleep(RETRY_DELAYS_MS[attempt]!);
      }
    }
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw explainWriteError(target, error);
  }
  await syncFolder(dir);
}

/** Flushes the folder entry so the rename itself survives a power cut (not possible on Windows). */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on folders; the data itself is already flushed.
  } finally {
    await handle.close();
  }
}
