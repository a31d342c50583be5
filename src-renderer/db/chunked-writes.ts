/**
 * Long writes inside one IndexedDB transaction, in chunks with one queued ahead: each chunk's
 * structured clone is a short task on this thread, the window paints between them, and IndexedDB
 * (which carries out a transaction's requests in order) is never left waiting for the next chunk.
 */

/** Rows per write: a chunk's clone stays well under a frame's worth of work. */
export const WRITE_CHUNK = 2_000;
/** Writes queued ahead of the one being waited for. */
export const QUEUED_WRITES = 2;

/**
 * Calls `write(start, end)` for each chunk of `count` rows, keeping up to QUEUED_WRITES writes in
 * flight. Every write is awaited in the end, so the first failure is thrown (and rolls the caller's
 * transaction back); later failures are marked handled so they are not reported twice.
 */
export async function inQueuedChunks(count: number, write: (start: number, end: number) => Promise<void>, chunk: number = WRITE_CHUNK): Promise<void> {
  const queued: Promise<void>[] = [];
  for (let start = 0; start < count; start += chunk) {
    queued.push(handledLater(write(start, Math.min(count, start + chunk))));
    if (queued.length > QUEUED_WRITES) await queued.shift();
  }
  await Promise.all(queued);
}

/**
 * A queued write's failure is awaited (and so thrown) when its turn comes; marking it handled now
 * keeps it from being reported as an unhandled rejection if an earlier write fails first.
 */
export function handledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
