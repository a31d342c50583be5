import { afterEach, describe, expect, it } from 'vitest';
import { TriadDatabase } from './database';
import { loadPlanPrintData, loadPlanStates, readStashedRollup, stashRollupForPrint } from './print-data';
import { buildRollup } from '../core/rollup';

const at = '2003-09-01T09:00:00.000Z';
const ALL_SECTIONS = { years: 'all', planBody: true, impact: true, budget: true, membership: true } as const;
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
    const data = await loadPlanPrintData(db, ALL_SECTIONS);
    expect(data?.triad.name).toBe('Black Country Triad');
    expect(data?.plans.map((p) => p.id)).toEqual(['p1']);
    expect(data?.priorities.map((p) => p.title)).toEqual(['Ours']);
  });

  it('reads only what the chosen sections need, for the chosen year, and each plan’s state', async () => {
    db = new TriadDatabase('test-' + crypto.randomUUID());
    await db.triads.add({
      id: 't', createdAt: at, updatedAt: at, name: 'Black Country Triad', localAuthority: 'Sandwell', cohort: 'Cohort 1', firstYear: 2003,
      programmeYears: 3, annualAllocationPence: 5_000_000, focus: '', baselineYear: 2003, headlineMeasureId: null, improvementThreshold: 15, thresholdKind: 'percentage-points',
    });
    const agreedPlan = { id: 'p1', createdAt: at, updatedAt: at, triadId: 't', year: 2003, title: 'Plan 1', status: 'agreed' as const, currentVersion: 1 };
    await db.plans.bulkAdd([
      agreedPlan,
      { id: 'p2', createdAt: at, updatedAt: at, triadId: 't', year: 2004, title: 'Plan 2', status: 'draft', currentVersion: 0 },
    ]);
    await db.planVersions.add({ id: 'v1', createdAt: '2003-10-01T10:00:00.000Z', updatedAt: at, planId: 'p1', version: 1, name: 'Agreed', agreedOn: '2003-10-01', agreedBy: 'Heads', snapshot: { plan: agreedPlan, priorities: [], objectives: [], actions: [] } });
    await db.priorities.bulkAdd([
      { id: 'a', createdAt: at, updatedAt: at, planId: 'p1', title: 'Year 1', description: '', order: 1 },
      { id: 'b', createdAt: at, updatedAt: at, planId: 'p2', title: 'Year 2', description: '', order: 1 },
    ]);
    const result = (year: number) => ({ id: `r${year}`, createdAt: at, updatedAt: at, triadId: 't', schoolId: 's', measureId: 'm', year, value: 60, source: 'manual' as const, note: '' });
    await db.results.bulkAdd([result(2003), result(2004), result(2005)]);
    const coverOnly = await loadPlanPrintData(db, { years: [2004], planBody: false, impact: false, budget: false, membership: false });
    expect(coverOnly?.plans.map((p) => p.id)).toEqual(['p2']);
    expect([coverOnly?.priorities, coverOnly?.results, coverOnly?.budget.ledger]).toEqual([[], [], []]);
    const yearOne = await loadPlanPrintData(db, { years: [2003], planBody: true, impact: true, budget: false, membership: false });
    expect(yearOne?.priorities.map((p) => p.title)).toEqual(['Year 1']);
    // A year's plan is printed with results up to that year's summer only.
    expect(yearOne?.results.map((r) => r.year)).toEqual([2003, 2004]);
    const states = await loadPlanStates(db, 't');
    expect(states.get(2003)).toEqual({ kind: 'agreed', version: 1, agreedOn: '2003-10-01', changesSince: 0 });
    expect(states.get(2004)).toEqual({ kind: 'draft', agreedVersion: 0 });
  });

  it('answers null before a triad is set up', async () => {
    db = new TriadDatabase('test-' + crypto.randomUUID());
    expect(await loadPlanPrintData(db, ALL_SECTIONS)).toBeNull();
  });

  it('keeps the roll-up for the print window in the settings table', async () => {
    db = new TriadDatabase('test-' + crypto.randomUUID());
    const rollup = buildRollup([], { threshold: 15, thresholdKind: 'percentage-points' });
    await stashRollupForPrint(db, { rollup, fileNames: ['a.triadbackup'], preparedAt: at });
    expect((await db.settings.get('rollup:print'))?.value).toEqual({ rollup, fileNames: ['a.triadbackup'], preparedAt: at });
    expect(await readStashedRollup(db)).toMatchObject({ fileNames: ['a.triadbackup'] });
  });
});
