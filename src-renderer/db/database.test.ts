import { describe, expect, it } from 'vitest';
import { freshDb } from './test-database';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES } from './schema';
import { deleteWithUndo, stampNew, undoDelete } from './records';
import type { School, Triad } from '../core/model';


function triad(): Triad {
  return stampNew<Triad>({
    name: 'North Triad',
    localAuthority: 'Sandwell',
    cohort: 'Cohort 1, started 2003/04',
    firstYear: 2003,
    programmeYears: 3,
    annualAllocationPence: 5_000_000,
    focus: 'Assessment for learning',
    baselineYear: 2003,
    headlineMeasureId: null,
    improvementThreshold: 15,
    thresholdKind: 'percentage-points',
  });
}

describe('the database', () => {
  it('opens at the current schema version with every domain table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('stores money as integer pence and stamps records', async () => {
    const db = freshDb();
    const record = triad();
    await db.triads.add(record);
    const stored = await db.triads.get(record.id);
    expect(stored?.annualAllocationPence).toBe(5_000_000);
    expect(stored?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(stored?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('undoes a deletion across tables', async () => {
    const db = freshDb();
    const t = triad();
    const school = stampNew<School>({
      triadId: t.id, role: 'partner', name: 'Hamstead Junior School', urn: '103895', dfeNumber: '333/2015',
      phase: 'Primary', address: '', postcode: '', headTeacher: '', linkTeacher: '', chairOfGovernors: '',
      email: '', phone: '', interventionCategory: 'none',
    });
    await db.triads.add(t);
    await db.schools.add(school);
    const trashId = await deleteWithUndo(db, 'Hamstead', [{ table: 'schools', ids: [school.id] }]);
    expect(await db.schools.count()).toBe(0);
    await undoDelete(db, trashId);
    expect(await db.schools.get(school.id)).toEqual(school);
    expect(await db.trash.count()).toBe(0);
  });
});
