import { describe, expect, it } from 'vitest';
import { TriadDatabase } from './database';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { releasedDb } from './test-database';
import { seededTriad } from './test-seed';

describe('opening a database an earlier release left', () => {
  it('upgrades every record of a version-1 database in place and loses none', async () => {
    const seed = seededTriad();
    const plan = { id: 'plan-1', createdAt: seed.triad.createdAt, updatedAt: seed.triad.updatedAt, triadId: seed.triad.id, year: 2003, title: 'Plan', status: 'draft', currentVersion: 0 };
    const action = {
      id: 'action-1', createdAt: plan.createdAt, updatedAt: plan.updatedAt, planId: plan.id, objectiveId: 'o', title: 'Moderation',
      status: 'on-track', progressNotes: [{ date: '2003-11-01', status: 'on-track', note: 'First session held' }],
    };
    const name = await releasedDb(1, {
      triads: [seed.triad], schools: [seed.coordinating, seed.partner], results: [seed.result], plans: [plan], actions: [action],
      evidenceFiles: [seed.evidence], ledgerEntries: [seed.ledger],
    });
    const db = new TriadDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.results.toArray()).toEqual([{ ...seed.result, eligiblePupils: null }]);
    expect(await db.schools.count()).toBe(2);
    expect(await db.ledgerEntries.toArray()).toEqual([seed.ledger]);
    expect((await db.evidenceFiles.get(seed.evidence.id))!.bytes).toEqual(seed.evidence.bytes);
    expect(await db.actions.get('action-1')).toEqual(action);
    expect(await db.progressUpdates.toArray()).toEqual([
      expect.objectContaining({ actionId: 'action-1', planId: 'plan-1', triadId: seed.triad.id, date: '2003-11-01', note: 'First session held' }),
    ]);
    db.close();
  });

  it('carries a record past today’s limits through the upgrade rather than failing to open', async () => {
    const seed = seededTriad();
    // The first release's forms had no length limit on names; today's allow 300 characters.
    const longName = `${'Black Country and Ynysŵen '.repeat(20)}Triad`;
    const name = await releasedDb(1, { triads: [{ ...seed.triad, name: longName }], results: [seed.result] });
    const db = new TriadDatabase(name);
    await db.open();
    expect((await db.triads.get(seed.triad.id))?.name).toBe(longName);
    expect(await db.results.get(seed.result.id)).toEqual({ ...seed.result, eligiblePupils: null });
    // New writes keep to today's limits.
    await expect(db.triads.put({ ...seed.triad, name: longName })).rejects.toThrow(/could not be saved/);
    db.close();
  });
});
