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
});
