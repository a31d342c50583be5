import { describe, expect, it } from 'vitest';
import { SCHEMA_V1 } from './schema';

/**
 * Released schema declarations never change: users hold databases made by them. Editing one makes
 * Dexie see a different version 1 than the one on disk. Add a new version instead.
 */
describe('released schema versions', () => {
  it('version 1 is exactly as released', () => {
    expect(SCHEMA_V1).toStrictEqual({
      triads: 'id',
      schools: 'id, triadId, urn',
      people: 'id, triadId, schoolId',
      partnerships: 'id, triadId',
      membershipCriteria: 'id, triadId',
      memberships: 'id, triadId, schoolId',
      plans: 'id, triadId, [triadId+year]',
      planVersions: 'id, planId',
      priorities: 'id, planId',
      objectives: 'id, planId, priorityId',
      actions: 'id, planId, objectiveId, focusGroupId, leadSchoolId, endDate',
      focusGroups: 'id, triadId',
      meetings: 'id, focusGroupId, date',
      budgetYears: 'id, [triadId+year]',
      budgetLines: 'id, triadId',
      allocations: 'id, [triadId+year], budgetLineId, actionId, schoolId',
      ledgerEntries: 'id, [triadId+year], date, budgetLineId, actionId, schoolId, commitmentId',
      measures: 'id, triadId',
      results: 'id, triadId, schoolId, measureId, [schoolId+measureId+year]',
      comparators: 'id, triadId, measureId',
      impactLog: 'id, triadId, date, kind, *actionIds, *objectiveIds, *schoolIds, *tags',
      evidenceFiles: 'id, triadId, ownerId',
      changeLog: 'id, triadId, planId, at, entityId',
      settings: 'key',
      trash: 'id, deletedAt',
      syncState: 'id, peerSchoolId',
    });
  });
});
