import type { Person, School } from '../core/model';
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
  return db.transaction('rw', [db.schools, db.triads, db.people], async () => {
    const schools = await db.schools.where('triadId').equals(triadId).toArray();
    const kind = (await db.triads.get(triadId))?.kind ?? 'triad';
    const refusal = roleRefusal(schools, fields.role, existing?.id ?? null, kind);
    if (refusal) throw new SchoolRefusedError(refusal);
    const sameUrn = schools.find((s) => s.urn === fields.urn && s.id !== existing?.id);
    if (sameUrn) throw new SchoolRefusedError(`${sameUrn.name} (URN ${sameUrn.urn}) is already in the triad.`);
    const saved = existing ? stampUpdate({ ...existing, ...fields }) : stampNew<School>({ ...fields, triadId });
    await db.schools.put(saved);
    await addCardPeople(db, saved);
    return saved;
  });
}

/**
 * The head and chair of governors typed on a school card become people of that school (once: a
 * person of the same name already at the school is left as they are), so they can be chosen in
 * focus groups and as action owners without typing them again.
 */
async function addCardPeople(db: TriadDatabase, school: School): Promise<void> {
  const staff = await db.people.where('schoolId').equals(school.id).toArray();
  const known = new Set(staff.map((p) => p.name.trim().toLowerCase()));
  const card = [
    { name: school.headTeacher, role: 'Headteacher' },
    { name: school.chairOfGovernors, role: 'Chair of governors' },
  ];
  for (const { name, role } of card) {
    const clean = name.trim();
    if (!clean || known.has(clean.toLowerCase())) continue;
    known.add(clean.toLowerCase());
    await db.people.add(
      stampNew<Person>({ triadId: school.triadId, schoolId: school.id, organisation: 'school', name: clean, role, leaRole: null, email: role === 'Headteacher' ? school.email : '', phone: role === 'Headteacher' ? school.phone : '' }),
    );
  }
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
