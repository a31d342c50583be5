import { describe, expect, it } from 'vitest';
import type { Action, ChangeLogEntry, Plan, PlanVersion } from '../core/model';
import { readHome } from './home-plan';
import { freshDb } from './test-database';
import { AT, seedDatabase } from './test-seed';

const base = (id: string, at = AT) => ({ id, createdAt: at, updatedAt: at });

describe('the home view read', () => {
  it('says there is no triad yet in an empty database', async () => {
    expect(await readHome(freshDb(), '2004-01-10')).toEqual({ triad: null, glance: null });
  });

  it("reads this programme year's plan, its actions, the latest agreement and the changes since, in one go", async () => {
    const db = freshDb();
    const { triad } = await seedDatabase(db);
    const plan = (year: number): Plan => ({ ...base(`plan-${year}`), triadId: triad.id, year, title: `Plan ${year}`, status: 'agreed', currentVersion: 2 });
    const action = (id: string, planId: string): Action =>
    ({
      ...base(id), planId, objectiveId: 'o', title: id, leadSchoolId: null, schoolIds: [], owner: '', focusGroupId: null, startDate: '2003-09-01',
      endDate: '2004-07-01', estimatedCostPence: 0, status: 'on-track', progressNotes: [], milestones: [], order: 0, copiedFromActionId: null,
    }) as unknown as Action;
    const version = (n: number, createdAt: string): PlanVersion => ({
      ...base(`v${n}`, createdAt), planId: 'plan-2003', version: n, name: `Version ${n}`, agreedOn: createdAt.slice(0, 10), agreedBy: 'Governors',
      snapshot: { plan: plan(2003), priorities: [], objectives: [], actions: [] },
    } as PlanVersion);
    const change = (id: string, at: string): ChangeLogEntry => ({
      ...base(id, at), triadId: triad.id, planId: 'plan-2003', at, entity: 'actions', entityId: 'a1', change: 'update', summary: id, reason: 'r', before: null, after: null,
    });
    await db.plans.bulkAdd([plan(2003), plan(2004)]);
    await db.actions.bulkAdd([action('a1', 'plan-2003'), action('a2', 'plan-2003'), action('b1', 'plan-2004')]);
    await db.planVersions.bulkAdd([version(2, '2003-11-01T00:00:00.000Z'), version(1, '2003-10-01T00:00:00.000Z')]);
    await db.changeLog.bulkAdd([change('before', '2003-10-15T00:00:00.000Z'), change('after', '2003-11-05T00:00:00.000Z'), change('latest', '2003-12-01T00:00:00.000Z')]);

    const home = await readHome(db, '2004-01-10');
    expect(home.triad?.name).toBe('Black Country Triad');
    expect(home.glance?.year).toBe(2003);
    expect(home.glance?.plan?.title).toBe('Plan 2003');
    expect(home.glance?.actions.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(home.glance?.latest?.version).toBe(2);
    expect(home.glance?.since.map((c) => c.id)).toEqual(['latest', 'after']);
    // A date past the programme shows its last year, which has no plan here.
    expect((await readHome(db, '2007-01-10')).glance).toMatchObject({ year: 2005, plan: null, actions: [] });
  });
});
