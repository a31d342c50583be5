import { promises as fs } from 'node:fs';
import { safeFileName } from './data-folder';

/**
 * Evidence files come from other schools, inside partner returns: the app must never hand the
 * operating system something that runs. `shell.openPath` runs whatever it is given — a `.hta`,
 * `.exe`, `.js` or `.lnk` included — so only documents and pictures are opened; anything else is
 * offered as "Show in folder" with a warning.
 */
const OPENABLE_EXTENSIONS = new Set([
  'pdf', 'txt', 'rtf', 'csv',
  'doc', 'docx', 'odt', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp',
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'heic',
]);

/**
 * Characters that change how a name is shown without being seen: bidirectional overrides and
 * isolates (U+202E turns "notes‮fdp.exe" into what looks like "notesexe.pdf"), marks, and
 * zero-width characters.
 */
const INVISIBLE_CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** The name an evidence copy is given: visible characters only, safe on every system, real extension last. */
export function normaliseEvidenceName(name: string): string {
  return safeFileName(name.normalize('NFC').replace(INVISIBLE_CONTROLS, ''));
}

/** The extension that decides what the system does with a file, lower case; '' when there is none. */
export function realExtension(name: string): string {
  const match = /\.([^.]+)$/.exec(name);
  return match ? match[1]!.toLowerCase() : '';
}

export function isOpenableEvidence(name: string): boolean {
  return OPENABLE_EXTENSIONS.has(realExtension(normaliseEvidenceName(name)));
}

/** The warning shown before offering to show a file that will not be opened. */
export function unsafeEvidenceWarning(name: string): { message: string; detail: string } {
  const ext = realExtension(name);
  const kind = ext ? `a .${ext} file` : 'a file with no type';
  return {
    message: `“${name}” is not a document or picture, so Triad Planner will not open it.`,
    detail:
      `It is ${kind}. Files of this kind can run programs on your computer. ` +
      'Show it in its folder only if you know who made it and expected it; if in doubt, ask the school that sent it.',
  };
}

/**
 * Marks a copied file as downloaded from the internet (Windows' Zone.Identifier stream), so that
 * Windows and Office treat it with the same care as an e-mail attachment (SmartScreen, Protected
 * View). Best effort: drives without alternate data streams (USB sticks, network shares) refuse it.
 */
export async function markAsDownloaded(
  file: string,
  platform: NodeJS.Platform = process.platform,
  write: (target: string, text: string) => Promise<void> = (target, text) => fs.writeFile(target, text, 'utf8'),
): Promise<boolean> {
  if (platform !== 'win32') return false;
  try {
    await write(`${file}:Zone.Identifier`, '[ZoneTransfer]\r\nZoneId=3\r\n');
    return true;
  } catch {
    return false;
  }
}
