import type { School } from '../core/model';
import { roleRefusal, type SchoolFields } from '../core/schools';
import type { TriadDatabase } from './database';
import { deleteWithUndo, stampNew, stampUpdate } from './records';

/** A school was refused (a fourth school, a second co-ordinating school, a third partner, a repeat). */
export class SchoolRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchoolRefusedError';
  }
}

/**
 * Adds a school to the triad, or saves changes to one, in one transaction. The triad's shape
 * (one co-ordinating school, two partners) is checked inside the transaction, so nothing is
 * written when the school is refused.
 */
export async function saveSchool(db: TriadDatabase, triadId: string, existing: School | null, fields: SchoolFields): Promise<School> {
  return db.transaction('rw', [db.schools, db.triads], async () => {
    const schools = await db.schools.where('triadId').equals(triadId).toArray();
    const kind = (await db.triads.get(triadId))?.kind ?? 'triad';
    const refusal = roleRefusal(schools, fields.role, existing?.id ?? null, kind);
    if (refusal) throw new SchoolRefusedError(refusal);
    const sameUrn = schools.find((s) => s.urn === fields.urn && s.id !== existing?.id);
    if (sameUrn) throw new SchoolRefusedError(`${sameUrn.name} (URN ${sameUrn.urn}) is already in the triad.`);
    if (existing) {
      const updated = stampUpdate({ ...existing, ...fields });
      await db.schools.put(updated);
      return updated;
    }
    const created = stampNew<School>({ ...fields, triadId });
    await db.schools.add(created);
    return created;
  });
}

/**
 * Removes a school with its membership record and its staff, so Undo puts all of them back.
 * Returns the trash id for `undoDelete`.
 */
export async function removeSchool(db: TriadDatabase, school: School): Promise<string> {
  const [memberships, people] = await Promise.all([
    db.memberships.where('schoolId').equals(school.id).primaryKeys(),
    db.people.where('schoolId').equals(school.id).primaryKeys(),
  ]);
  return deleteWithUndo(db, `School ${school.name}`, [
    { table: 'schools', ids: [school.id] },
    { table: 'memberships', ids: memberships },
    { table: 'people', ids: people },
  ]);
}
