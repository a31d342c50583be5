/** What the head reads when the computer itself runs out of room while saving. */
export const DISK_FULL_MESSAGE =
  'There is not enough free space on this computer to save this: free some space and try again; nothing was changed.';

/**
 * True when a failed write was the disk or the browser's storage quota being full. IndexedDB says
 * so in several ways: a `QuotaExceededError`, an `AbortError` whose transaction failed for that
 * reason (Dexie keeps it as `inner`), or Chromium's "Failed to write blobs (IOError)".
 */
export function isOutOfSpace(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    const { name, message, inner } = e as { name?: unknown; message?: unknown; inner?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /QuotaExceeded|IOError|quota|no space|disk is full|ENOSPC/i.test(message)) return true;
    e = inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** A failed save in plain English: the full-disk sentence, or the error's own (already plain) message. */
export function saveFailureMessage(error: unknown): string {
  if (isOutOfSpace(error)) return DISK_FULL_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}
