/**
 * Every released schema version stays here, oldest first. Never edit a released version:
 * add a new one (with an idempotent upgrade) and a test that upgrades a seeded older database.
 */
export const SCHEMA_V1 = {
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
} as const;

export type TableName = keyof typeof SCHEMA_V1;

/** All tables, in a stable order (backups and snapshots list them this way). */
export const TABLE_NAMES = Object.keys(SCHEMA_V1) as TableName[];

export const CURRENT_SCHEMA_VERSION = 1;
