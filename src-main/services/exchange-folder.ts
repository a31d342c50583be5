import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ExchangeFilePurpose, OpenedFile, RefusedFile } from '../ipc-contract';
import { writeFileAtomic } from './atomic-write';
import { safeFileName } from './data-folder';
import { describeSize, FILE_PURPOSES, withRequiredExtension } from './file-purposes';

/**
 * The exchange folder: one folder the person chose in a dialog the main process showed (perhaps one
 * the authority's cloud storage or network drive keeps in sync, or a memory stick). Outgoing network
 * files and returns are saved into it; the adviser's directory reads what is there. The renderer
 * only ever names a file, never a path: everything is resolved inside the chosen folder.
 */
type ExchangePurpose = ExchangeFilePurpose;

/** A refusal the person can act on; the message is shown as it is. */
export class ExchangeFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExchangeFolderError';
  }
}

const NOT_CHOSEN = 'No exchange folder has been chosen yet. Choose one first. Nothing was changed.';

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** The folder must still be there and be a folder: a memory stick may have been taken out. */
async function checkedFolder(folder: string | null): Promise<string> {
  if (!folder) throw new ExchangeFolderError(NOT_CHOSEN);
  const stat = await fs.stat(folder).catch((error: unknown) => {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return null;
    throw new ExchangeFolderError(`The exchange folder “${folder}” cannot be opened just now. Check the drive is connected and try again. Nothing was changed.`);
  });
  if (!stat?.isDirectory()) {
    throw new ExchangeFolderError(
      `The exchange folder “${folder}” cannot be found. If it is on a memory stick or network drive, connect it and try again, or choose the folder again. Nothing was changed.`,
    );
  }
  return folder;
}

/**
 * The app's own extension for the purpose only: a shared folder holds other programs' `.json`
 * files, which the open dialog may offer but the exchange folder should not try to read.
 */
function extensionsOf(purpose: ExchangePurpose): string[] {
  return FILE_PURPOSES[purpose].filters.flatMap((f) => f.extensions).map((e) => e.toLowerCase()).filter((e) => e !== 'json');
}

/** "Sheet.triadnetwork", then "Sheet (2).triadnetwork", … the first name not already in the folder. */
async function freeName(folder: string, name: string): Promise<string> {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  const taken = new Set((await fs.readdir(folder)).map((n) => n.toLowerCase()));
  for (let n = 1; n < 10_000; n += 1) {
    const candidate = n === 1 ? name : `${stem} (${n})${extension}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
  throw new ExchangeFolderError('The exchange folder already holds too many files of that name. Tidy it and try again. Nothing was changed.');
}

/**
 * Saves one file into the exchange folder under a cleaned-up version of the suggested name, never
 * replacing a file already there. Answers the name it was saved under.
 */
export async function saveToExchangeFolder(folder: string | null, purpose: ExchangePurpose, suggestedName: string, bytes: Uint8Array): Promise<string> {
  const root = path.resolve(await checkedFolder(folder));
  const name = await freeName(root, withRequiredExtension(safeFileName(suggestedName), FILE_PURPOSES[purpose].filters));
  const target = path.resolve(root, name);
  // safeFileName has already removed separators; this is the last word on staying inside the folder.
  if (path.dirname(target) !== root) throw new ExchangeFolderError('That file name is not allowed. Nothing was changed.');
  await writeFileAtomic(target, bytes);
  return name;
}

/**
 * Reads every file in the exchange folder with the purpose's extensions — not sub-folders, not
 * symbolic links (which could point anywhere), not hidden or half-written temporary files — each
 * within the purpose's size limit. The renderer's import decides what is new.
 */
export async function readExchangeFolder(folder: string | null, purpose: ExchangePurpose): Promise<(OpenedFile | RefusedFile)[]> {
  const root = path.resolve(await checkedFolder(folder));
  const extensions = extensionsOf(purpose);
  const { maxBytes } = FILE_PURPOSES[purpose];
  const entries = await fs.readdir(root, { withFileTypes: true });
  const wanted = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && extensions.includes(path.extname(e.name).slice(1).toLowerCase()))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
  const files: (OpenedFile | RefusedFile)[] = [];
  for (const name of wanted) {
    const file = path.join(root, name);
    // lstat: a file replaced by a link since the listing is still not followed.
    const stat = await fs.lstat(file).catch(() => null);
    if (!stat?.isFile()) continue;
    if (stat.size > maxBytes) {
      files.push({ name, size: stat.size, error: `${name} is ${describeSize(stat.size)}, larger than the ${describeSize(maxBytes)} this app accepts here. Nothing was read.` });
      continue;
    }
    const content = await fs.readFile(file);
    files.push({ name, size: content.byteLength, bytes: new Uint8Array(content.buffer, content.byteOffset, content.byteLength) });
  }
  return files;
}
