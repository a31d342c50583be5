import type { Triad } from '../core/model';
import { DEFAULT_THRESHOLD, DEFAULT_THRESHOLD_KIND, type TriadFields } from '../core/triad';
import type { TriadDatabase } from './database';
import { stampNew, stampUpdate } from './records';

/**
 * The triad this copy of the app is for: a co-ordinating head's database holds one. The one
 * lookup every screen and export uses (the first by id, so the answer never depends on the order
 * records were written). Undefined when none has been set up yet.
 */
export function currentTriad(db: TriadDatabase): Promise<Triad | undefined> {
  return db.triads.orderBy('id').first();
}

/** Creates the triad, or updates its details, in one transaction. */
export async function saveTriadDetails(db: TriadDatabase, existing: Triad | null, fields: TriadFields): Promise<Triad> {
  return db.transaction('rw', db.triads, async () => {
    if (existing) {
      const updated = stampUpdate({ ...existing, ...fields });
      await db.triads.put(updated);
      return updated;
    }
    const created = stampNew<Triad>({
      ...fields,
      baselineYear: fields.firstYear,
      headlineMeasureId: null,
      improvementThreshold: DEFAULT_THRESHOLD,
      thresholdKind: DEFAULT_THRESHOLD_KIND,
    });
    await db.triads.add(created);
    return created;
  });
}
