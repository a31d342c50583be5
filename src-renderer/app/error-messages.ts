/**
 * Turns an error from anywhere in the renderer into one plain-English sentence for a head
 * teacher. The technical detail is kept for the "Details" disclosure and the log, never shown as
 * the message itself.
 */
export function plainErrorMessage(error: unknown): string {
  const name = errorName(error);
  const text = errorText(error);
  if (name === 'QuotaExceededError' || /quota|not enough space|disk is full|ENOSPC|IOError|Failed to write blobs/i.test(text)) {
    return 'There is not enough free space on this computer to save this: free some space and try again. Nothing was changed.';
  }
  if (name === 'ConstraintError') {
    return 'This could not be saved because a record with the same identity is already there. Nothing was changed.';
  }
  if (name === 'AbortError' || name === 'TransactionInactiveError' || name === 'PrematureCommitError' || name === 'DatabaseClosedError') {
    return 'The change could not be saved, so nothing was changed. Try again; if it happens again, restart Triad Planner.';
  }
  if (name === 'VersionError' || name === 'UpgradeError') {
    return 'The data on this computer was saved by a newer version of Triad Planner. Update Triad Planner, then open it again.';
  }
  return 'Something went wrong, and the last change may not have been saved. Check it, then try again.';
}

/** The technical description, for the "Details" disclosure and the log. */
export function technicalDetail(error: unknown): string {
  if (error instanceof Error) {
    const summary = `${error.name}: ${error.message}`;
    // A stack usually begins with the same summary line; show it once.
    return error.stack ? (error.stack.startsWith(summary) ? error.stack : `${summary}\n${error.stack}`) : summary;
  }
  return errorText(error);
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') {
    // Dexie wraps the browser's error; the inner one names the real cause.
    const inner = 'inner' in error ? (error as { inner?: unknown }).inner : undefined;
    if (error.name === 'AbortError' && inner) return errorName(inner) || error.name;
    return error.name;
  }
  return '';
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.message} ${errorText((error as { inner?: unknown }).inner ?? '')}`.trim();
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
