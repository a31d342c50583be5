import { describe, expect, it } from 'vitest';
import { hashableRecord, MIGRATIONS, SCHEMA_VERSION, upgradeRecord, upgradeTables, type Row } from '.';
import { progressUpdateIdFor } from './v2';

const AT = '2004-01-10T09:00:00.000Z';
const v1Result: Row = { id: 'r1', createdAt: AT, updatedAt: AT, triadId: 't', schoolId: 's', measureId: 'm', year: 2004, value: 63, source: 'manual', note: '' };
const v1Plan: Row = { id: 'p1', createdAt: AT, updatedAt: AT, triadId: 't', year: 2003, title: 'Plan', status: 'agreed', currentVersion: 1 };
const v1Action: Row = {
  id: 'a1', createdAt: AT, updatedAt: AT, planId: 'p1', objectiveId: 'o1', title: 'Moderation', status: 'on-track',
  progressNotes: [
    { date: '2003-11-01', status: 'on-track', note: 'First session held' },
    { date: '2004-01-09', status: 'at-risk', note: 'Supply cover short' },
  ],
};

describe('schema migrations', () => {
  it('number the versions one after another from 2', () => {
    expect(MIGRATIONS.map((m) => m.to)).toEqual(MIGRATIONS.map((_, index) => index + 2));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length + 1);
  });

  it('fill in added fields with the default an older record means, without changing the input', () => {
    const upgraded = upgradeRecord(MIGRATIONS[0]!, 'results', v1Result);
    expect(upgraded).toEqual({ ...v1Result, eligiblePupils: null });
    expect(v1Result).not.toHaveProperty('eligiblePupils');
  });

  it('keep a value a newer record already has (upgrading twice changes nothing)', () => {
    const v2 = { ...v1Result, eligiblePupils: 28 };
    expect(upgradeRecord(MIGRATIONS[0]!, 'results', v2)).toEqual(v2);
    const once = upgradeTables({ results: [v1Result], plans: [v1Plan], actions: [v1Action] }, 1);
    expect(upgradeTables(once, 1)).toEqual(once);
  });

  it('turn version-1 progress notes into progress updates with ids that do not change', () => {
    const tables = upgradeTables({ plans: [v1Plan], actions: [v1Action] }, 1);
    expect(tables.progressUpdates).toEqual([
      expect.objectContaining({ id: progressUpdateIdFor('a1', 0), triadId: 't', planId: 'p1', actionId: 'a1', date: '2003-11-01', status: 'on-track', note: 'First session held', schoolId: null }),
      expect.objectContaining({ id: progressUpdateIdFor('a1', 1), date: '2004-01-09', status: 'at-risk', note: 'Supply cover short' }),
    ]);
    // The action keeps its notes: its agreed versions refer to them.
    expect((tables.actions as Row[])[0]).toEqual(v1Action);
  });

  it('add the tables an older file does not have, and leave current files alone', () => {
    expect(upgradeTables({ results: [] }, 1)).toMatchObject({ results: [], progressUpdates: [] });
    const current = { results: [{ ...v1Result, eligiblePupils: 12 }] };
    expect(upgradeTables(current, SCHEMA_VERSION)).toEqual(current);
  });

  it('add only the tables a partial file carries (a partner return has no progress updates)', () => {
    expect(upgradeTables({ results: [v1Result] }, 1, ['results', 'impactLog'])).toEqual({ results: [{ ...v1Result, eligiblePupils: null }] });
  });

  it('pass malformed tables through for the file checks to refuse', () => {
    expect(upgradeTables({ results: 'not a list' }, 1)).toMatchObject({ results: 'not a list' });
    expect(upgradeTables({ results: [null, 3] }, 1)).toMatchObject({ results: [null, 3] });
  });

  it('hash a record the same before and after an upgrade that only adds defaults', () => {
    const upgraded = upgradeRecord(MIGRATIONS[0]!, 'results', v1Result);
    expect(hashableRecord('results', upgraded)).toEqual(v1Result);
    const known = { ...v1Result, eligiblePupils: 30 };
    expect(hashableRecord('results', known)).toEqual(known);
  });
});
