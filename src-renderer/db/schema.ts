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

/**
 * Version 2 (this release, not yet released: this round's tables and indexes go here). Dexie
 * carries every table forward, so only new or changed tables are listed; the record upgrades that
 * go with it are in `core/migrations/v2.ts`.
 */
export const SCHEMA_V2 = {
  progressUpdates: 'id, triadId, planId, actionId, date',
  networks: 'id, name, kind, receivedOn',
  networkSheets: 'id, networkId, receivedOn, contentHash',
  networkCameos: 'id, networkId, receivedOn, contentHash',
  forumMeetings: 'id, date',
  newsletters: 'id, [year+half]',
  auditResponses: 'id, urn, answeredOn',
} as const;

/** Every table of the current version, as Dexie sees it after all versions are applied. */
const CURRENT_TABLES = { ...SCHEMA_V1, ...SCHEMA_V2 } as const;

export type TableName = keyof typeof CURRENT_TABLES;

/** All tables, in a stable order (backups and snapshots list them this way). */
export const TABLE_NAMES = Object.keys(CURRENT_TABLES) as TableName[];

/** Every declared version, oldest first, for `database.ts` (index n declares version n + 1). */
export const SCHEMA_VERSIONS = [SCHEMA_V1, SCHEMA_V2] as const;

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.length;
