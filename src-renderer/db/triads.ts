import type { Triad } from '../core/model';
import { DEFAULT_THRESHOLD, DEFAULT_THRESHOLD_KIND, type TriadFields } from '../core/triad';
import type { TriadDatabase } from './database';
import { stampNew, stampUpdate } from './records';

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
