/**
 * Why a file the person chose could not be read, in plain English. School files often live in a
 * folder that cloud storage or a network drive keeps in sync, or on a memory stick, and Windows
 * locks a file another program has open: each gets a sentence that says what to do.
 */
export function describeReadProblem(name: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'ELOCKED') {
    return `${name} is open in another program or locked (for example by a spreadsheet, antivirus or a sync app). Close it, or wait a moment, then try again. Nothing was read.`;
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return `${name} is no longer there: it may have been moved, renamed or on a memory stick that was removed. Nothing was read.`;
  }
  if (code === 'EIO' || code === 'ETIMEDOUT' || code === 'ECANCELED' || code === 'EAGAIN' || code === 'ENXIO' || code === 'EHOSTDOWN') {
    return `${name} could not be read: it may still be downloading from cloud storage, or the network drive is not available. Wait until it has synced, then try again. Nothing was read.`;
  }
  return `${name} could not be read (${code || 'an unexpected error'}). Nothing was read.`;
}
