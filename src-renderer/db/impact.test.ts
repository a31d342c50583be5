import { afterEach, describe, expect, it } from 'vitest';
import { TriadDatabase } from './database';
import { stampNew, undoDelete } from './records';
import {
  addMeasure, deleteLogEntry, ensureDefaultMeasures, importResults, undoResultsImport, ImpactInputError, saveComparator, saveImpactSettings,
  saveLogEntry, saveResults, setHeadlineDerivation, validateImpactSettings,
} from './impact';
import type { School, Triad } from '../core/model';
import type { LogEntryFields } from '../core/impact-log';

const open: TriadDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function setUp() {
  const db = new TriadDatabase(`test-${crypto.randomUUID()}`);
  open.push(db);
  const triad = stampNew<Triad>({
    name: 'T', localAuthority: 'Sandwell', cohort: '', firstYear: 2003, programmeYears: 3, annualAllocationPence: 5_000_000, focus: '',
    baselineYear: 2003, headlineMeasureId: null, improvementThreshold: 15, thresholdKind: 'percentage-points',
  });
  const school = (name: string, triadId = triad.id) => stampNew<School>({
    triadId, role: 'partner', name, urn: '', dfeNumber: '', phase: '', address: '', postcode: '', headTeacher: '', linkTeacher: '',
    chairOfGovernors: '', email: '', phone: '', interventionCategory: 'none',
  });
  const schools = [school('A'), school('B')];
  const outsider = school('Elsewhere', 'other-triad');
  await db.triads.add(triad);
  await db.schools.bulkAdd([...schools, outsider]);
  const measures = await ensureDefaultMeasures(db, triad.id);
  return { db, triad, schools, outsider, measures };
}

async function rejection(promise: Promise<unknown>): Promise<ImpactInputError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImpactInputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('measures', () => {
  it('creates the defaults once, with the headline averaging English and maths, and records it on the triad', async () => {
    const { db, triad, measures } = await setUp();
    expect(measures.map((m) => m.name)).toEqual(['KS2 % level 4+ in English', 'KS2 % level 4+ in maths', 'KS2 % level 4+ in science', 'KS2 headline: English and maths']);
    expect(measures[3]!.derivedFrom).toEqual({ method: 'average', measureIds: [measures[0]!.id, measures[1]!.id] });
    expect((await db.triads.get(triad.id))!.headlineMeasureId).toBe(measures[3]!.id);
    await ensureDefaultMeasures(db, triad.id);
    expect(await db.measures.count()).toBe(4);
  });
  it('adds a measure and refuses a duplicate name', async () => {
    const { db, triad } = await setUp();
    await addMeasure(db, triad.id, { name: 'Attendance', unit: 'percent', higherIsBetter: true, sourceColumn: '' });
    expect((await rejection(addMeasure(db, triad.id, { name: 'attendance', unit: 'percent', higherIsBetter: true, sourceColumn: '' }))).messages[0]).toMatch(/already/);
    expect(await db.measures.count()).toBe(5);
  });
  it('changes the headline to the minimum of chosen measures', async () => {
    const { db, measures } = await setUp();
    await setHeadlineDerivation(db, measures[3]!.id, { method: 'minimum', measureIds: [measures[0]!.id, measures[2]!.id] });
    expect((await db.measures.get(measures[3]!.id))!.derivedFrom).toEqual({ method: 'minimum', measureIds: [measures[0]!.id, measures[2]!.id] });
    await rejection(setHeadlineDerivation(db, measures[3]!.id, { method: 'average', measureIds: [] }));
  });
});

describe('results', () => {
  it('saves, updates and clears typed results', async () => {
    const { db, triad, schools, measures } = await setUp();
    const english = measures[0]!.id;
    expect(await saveResults(db, triad.id, [{ schoolId: schools[0]!.id, measureId: english, year: 2003, input: '63%' }])).toEqual({ saved: 1, removed: 0 });
    await saveResults(db, triad.id, [{ schoolId: schools[0]!.id, measureId: english, year: 2003, input: '65' }]);
    expect((await db.results.toArray()).map((r) => r.value)).toEqual([65]);
    await saveResults(db, triad.id, [{ schoolId: schools[0]!.id, measureId: english, year: 2003, input: '' }]);
    expect(await db.results.count()).toBe(0);
  });
  it('writes nothing when any value is over 100, below 0, or for a school outside the triad', async () => {
    const { db, triad, schools, outsider, measures } = await setUp();
    const english = measures[0]!.id;
    const good = { schoolId: schools[0]!.id, measureId: english, year: 2003, input: '60' };
    const over = await rejection(saveResults(db, triad.id, [good, { ...good, schoolId: schools[1]!.id, input: '101' }]));
    expect(over.messages[0]).toMatch(/^B, 2003: .*0 to 100/);
    await rejection(saveResults(db, triad.id, [good, { ...good, input: '-3' }]));
    const outside = await rejection(saveResults(db, triad.id, [good, { ...good, schoolId: outsider.id }]));
    expect(outside.messages[0]).toMatch(/outside this triad/);
    await rejection(saveResults(db, triad.id, [{ ...good, measureId: measures[3]!.id }]));
    expect(await db.results.count()).toBe(0);
  });
  it('imports all or nothing, replacing a result for the same school, measure and year', async () => {
    const { db, triad, schools, outsider, measures } = await setUp();
    const english = measures[0]!.id;
    await saveResults(db, triad.id, [{ schoolId: schools[0]!.id, measureId: english, year: 2019, input: '50' }]);
    const planned = [
      { schoolId: schools[0]!.id, measureId: english, year: 2019, value: 78, column: 'PTREAD_EXP', eligiblePupils: 12, current: 50 },
      { schoolId: schools[1]!.id, measureId: english, year: 2019, value: 67, column: 'PTREAD_EXP', eligiblePupils: null, current: null },
    ];
    await rejection(importResults(db, triad.id, [...planned, { ...planned[0]!, schoolId: outsider.id }], 'f.csv'));
    expect((await db.results.toArray()).map((r) => r.value)).toEqual([50]);
    const undo = await importResults(db, triad.id, planned, 'ks2.csv');
    expect(undo.count).toBe(2);
    const stored = await db.results.toArray();
    expect(stored.map((r) => r.value).sort()).toEqual([67, 78]);
    expect(stored.every((r) => r.source === 'ks2-import')).toBe(true);
    expect(stored.find((r) => r.value === 78)).toMatchObject({ note: 'PTREAD_EXP from ks2.csv', eligiblePupils: 12 });

    // Undo puts the replaced 50 back and removes the created result, in one go.
    await undoResultsImport(db, undo);
    expect((await db.results.toArray()).map((r) => [r.value, r.source])).toEqual([[50, 'manual']]);
  });
  it('refuses to undo an import whose results changed since, changing nothing', async () => {
    const { db, triad, schools, measures } = await setUp();
    const english = measures[0]!.id;
    const undo = await importResults(db, triad.id, [{ schoolId: schools[0]!.id, measureId: english, year: 2019, value: 78, column: 'PTREAD_EXP', eligiblePupils: null, current: null }], 'ks2.csv');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveResults(db, triad.id, [{ schoolId: schools[0]!.id, measureId: english, year: 2019, input: '80' }]);
    const refused = await rejection(undoResultsImport(db, undo));
    expect(refused.messages[0]).toMatch(/changed after the import/);
    expect((await db.results.toArray()).map((r) => r.value)).toEqual([80]);
  });
  it('saves eligible pupils typed with a result, and refuses pupils without a result', async () => {
    const { db, triad, schools, measures } = await setUp();
    const edit = { schoolId: schools[0]!.id, measureId: measures[0]!.id, year: 2004 };
    await saveResults(db, triad.id, [{ ...edit, input: '75', pupilsInput: '12' }]);
    expect((await db.results.toArray())[0]).toMatchObject({ value: 75, eligiblePupils: 12 });
    await saveResults(db, triad.id, [{ ...edit, input: '75', pupilsInput: '14' }]);
    expect((await db.results.toArray())[0]).toMatchObject({ value: 75, eligiblePupils: 14 });
    expect((await rejection(saveResults(db, triad.id, [{ ...edit, year: 2005, input: '', pupilsInput: '9' }]))).messages[0]).toMatch(/enter the result as well/);
    expect((await rejection(saveResults(db, triad.id, [{ ...edit, input: '75', pupilsInput: '2.5' }]))).messages[0]).toMatch(/whole number/);
  });
});

describe('settings and comparators', () => {
  it('validates and saves the baseline year and threshold', async () => {
    const { db, triad } = await setUp();
    expect(validateImpactSettings({ baselineYear: '20x', improvementThreshold: '', thresholdKind: 'points' })).toMatchObject({ ok: false });
    const ok = validateImpactSettings({ baselineYear: '2004', improvementThreshold: '10', thresholdKind: 'relative-percent' });
    if (!ok.ok) throw new Error('should be valid');
    await saveImpactSettings(db, triad.id, ok.value);
    expect(await db.triads.get(triad.id)).toMatchObject({ baselineYear: 2004, improvementThreshold: 10, thresholdKind: 'relative-percent' });
  });
  it('sets, updates and clears a comparator, refusing a bad value', async () => {
    const { db, triad, measures } = await setUp();
    const key = { measureId: measures[0]!.id, scope: 'national' as const, year: 2003 };
    await saveComparator(db, triad.id, key, '75');
    await saveComparator(db, triad.id, key, '77%');
    expect((await db.comparators.toArray()).map((c) => c.value)).toEqual([77]);
    await rejection(saveComparator(db, triad.id, key, '120'));
    await saveComparator(db, triad.id, key, '');
    expect(await db.comparators.count()).toBe(0);
  });
});

describe('impact log', () => {
  const fields = (schoolIds: string[]): LogEntryFields => ({
    date: '2004-05-14', kind: 'lesson-observation', author: 'Ann Patel', schoolIds, summary: ' Boys writing at length ', detail: '',
    objectiveIds: [], actionIds: ['a1'], tags: ['writing'],
  });
  it('stores the entry with copies of its evidence files, and deletes both with undo', async () => {
    const { db, triad, schools } = await setUp();
    const bytes = new TextEncoder().encode('observation notes');
    const entry = await saveLogEntry(db, triad.id, null, fields([schools[0]!.id]), [{ name: 'notes.txt', size: bytes.byteLength, bytes }]);
    expect(entry.summary).toBe('Boys writing at length');
    const files = await db.evidenceFiles.toArray();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ ownerId: entry.id, name: 'notes.txt', mimeType: 'text/plain', size: 17 });
    expect(new TextDecoder().decode(files[0]!.bytes)).toBe('observation notes');
    expect(entry.evidenceFileIds).toEqual([files[0]!.id]);
    const trash = await deleteLogEntry(db, entry);
    expect(await db.impactLog.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
    await undoDelete(db, trash);
    expect(await db.impactLog.count()).toBe(1);
    expect(await db.evidenceFiles.count()).toBe(1);
  });
  it('refuses a file over 20 MB or an invalid entry, writing nothing', async () => {
    const { db, triad, schools, outsider } = await setUp();
    const big = { name: 'video.mp4', size: 21 * 1024 * 1024, bytes: new Uint8Array(1) };
    expect((await rejection(saveLogEntry(db, triad.id, null, fields([schools[0]!.id]), [big]))).messages[0]).toBe('video.mp4 is larger than the 20 MB limit for evidence files.');
    await rejection(saveLogEntry(db, triad.id, null, fields([outsider.id]), [{ name: 'a.txt', size: 1, bytes: new Uint8Array(1) }]));
    expect(await db.impactLog.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
  });
  it('updates an entry, adding and removing files', async () => {
    const { db, triad, schools } = await setUp();
    const one = { name: 'a.pdf', size: 1, bytes: new Uint8Array([1]) };
    const entry = await saveLogEntry(db, triad.id, null, fields([schools[0]!.id]), [one]);
    const updated = await saveLogEntry(db, triad.id, entry, { ...fields([]), summary: 'Changed' }, [{ ...one, name: 'b.png' }], entry.evidenceFileIds);
    expect(updated.id).toBe(entry.id);
    expect((await db.evidenceFiles.toArray()).map((f) => [f.name, f.mimeType])).toEqual([['b.png', 'image/png']]);
    expect((await db.impactLog.get(entry.id))!.summary).toBe('Changed');
  });
});
