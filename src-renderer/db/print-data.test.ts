import { afterEach, describe, expect, it } from 'vitest';
import { TriadDatabase } from './database';
import { loadTriadPrintData, readStashedRollup, stashRollupForPrint } from './print-data';
import { buildRollup } from '../core/rollup';

const at = '2003-09-01T09:00:00.000Z';
let db: TriadDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('print data', () => {
  it('reads only the triad’s own plans and their parts', async () => {
    db = new TriadDatabase('test-' + crypto.randomUUID());
    const triad = {
      id: 't', createdAt: at, updatedAt: at, name: 'Black Country Triad', localAuthority: 'Sandwell', cohort: 'Cohort 1', firstYear: 2003,
      programmeYears: 3, annualAllocationPence: 5_000_000, focus: '', baselineYear: 2003, headlineMeasureId: null, improvementThreshold: 15, thresholdKind: 'percentage-points' as const,
    };
    await db.triads.add(triad);
    await db.plans.bulkAdd([
      { id: 'p1', createdAt: at, updatedAt: at, triadId: 't', year: 2003, title: 'Plan', status: 'draft', currentVersion: 0 },
      { id: 'p9', createdAt: at, updatedAt: at, triadId: 'other', year: 2003, title: 'Other plan', status: 'draft', currentVersion: 0 },
    ]);
    await db.priorities.bulkAdd([
      { id: 'a', createdAt: at, updatedAt: at, planId: 'p1', title: 'Ours', description: '', order: 1 },
      { id: 'b', createdAt: at, updatedAt: at, planId: 'p9', title: 'Theirs', description: '', order: 1 },
    ]);
    const data = await loadTriadPrintData(db);
    expect(data?.triad.name).toBe('Black Country Triad');
    expect(data?.plans.map((p) => p.id)).toEqual(['p1']);
    expect(data?.priorities.map((p) => p.title)).toEqual(['Ours']);
  });

  it('answers null before a triad is set up', async () => {
    db = new TriadDatabase('test-' + crypto.randomUUID());
    expect(await loadTriadPrintData(db)).toBeNull();
  });

  it('keeps the roll-up for the print window in the settings table', async () => {
    db = new TriadDatabase('test-' + crypto.randomUUID());
    const rollup = buildRollup([], { threshold: 15, thresholdKind: 'percentage-points' });
    await stashRollupForPrint(db, { rollup, fileNames: ['a.triadbackup'], preparedAt: at });
    expect((await db.settings.get('rollup:print'))?.value).toEqual({ rollup, fileNames: ['a.triadbackup'], preparedAt: at });
    expect(await readStashedRollup(db)).toMatchObject({ fileNames: ['a.triadbackup'] });
  });
});
