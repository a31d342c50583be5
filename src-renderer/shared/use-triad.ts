import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db';
import type { School, Triad } from '../core/model';
import { currentTriad } from '../db/triads';

/**
 * The triad this copy of the app is for. A co-ordinating head's database holds one triad; the LEA
 * roll-up reads other triads' files without storing them.
 * `undefined` while loading, `null` when none has been set up yet.
 */
export function useTriad(): Triad | null | undefined {
  return useLiveQuery(async () => (await currentTriad(db)) ?? null, []);
}

/** The triad's schools, co-ordinating school first. */
export function useSchools(triadId: string | undefined): School[] | undefined {
  return useLiveQuery(async () => {
    if (!triadId) return [];
    const schools = await db.schools.where('triadId').equals(triadId).toArray();
    return schools.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'coordinating' ? -1 : 1));
  }, [triadId]);
}
