import { z } from 'zod';

/**
 * The shape every stored record must have before a file's records are written to the database.
 * Fields the app relies on are checked; other fields pass through unchanged, so a backup keeps
 * everything it held. Money (every field named `...Pence`, at any depth) is checked separately to
 * be whole pence.
 *
 * The list of tables mirrors `db/schema.ts` `TABLE_NAMES` (a db test keeps the two the same; the
 * core may not import the database layer).
 */
export const RECORD_TABLES = [
  'triads',
  'schools',
  'people',
  'partnerships',
  'membershipCriteria',
  'memberships',
  'plans',
  'planVersions',
  'priorities',
  'objectives',
  'actions',
  'focusGroups',
  'meetings',
  'budgetYears',
  'budgetLines',
  'allocations',
  'ledgerEntries',
  'measures',
  'results',
  'comparators',
  'impactLog',
  'evidenceFiles',
  'changeLog',
  'settings',
  'trash',
  'syncState',
  'progressUpdates',
  'networks',
  'networkSheets',
  'networkCameos',
  'forumMeetings',
  'newsletters',
  'auditResponses',
] as const;

export type RecordTable = (typeof RECORD_TABLES)[number];

const id = z.string().min(1).max(200);
const stamp = z.string().min(1).max(40);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date');
const pence = z.number().int().refine(Number.isSafeInteger);
const year = z.number().int().min(1900).max(2200);
const nullableId = id.nullable();
const text = z.string();

const base = { id, createdAt: stamp, updatedAt: stamp };
const record = (fields: z.ZodRawShape) => z.looseObject({ ...base, ...fields });

export const RECORD_SCHEMAS: Record<RecordTable, z.ZodType> = {
  triads: record({
    name: text,
    firstYear: year,
    programmeYears: z.number().int().min(1).max(10),
    annualAllocationPence: pence,
    baselineYear: year,
  }),
  schools: record({ triadId: id, role: z.enum(['coordinating', 'partner']), name: text, urn: text }),
  people: record({ triadId: id, schoolId: nullableId, name: text }),
  partnerships: record({ triadId: id, name: text }),
  membershipCriteria: record({ triadId: id, text }),
  memberships: record({ triadId: id, schoolId: id }),
  plans: record({ triadId: id, year, title: text }),
  planVersions: record({ planId: id, version: z.number().int().min(0) }),
  priorities: record({ planId: id, title: text }),
  objectives: record({ planId: id, priorityId: id, title: text }),
  actions: record({
    planId: id,
    objectiveId: id,
    title: text,
    estimatedCostPence: pence,
    schoolIds: z.array(id),
  }),
  focusGroups: record({ triadId: id, name: text }),
  meetings: record({ focusGroupId: id, date: isoDate }),
  budgetYears: record({ triadId: id, year, allocationPence: pence, carriedInPence: pence }),
  budgetLines: record({ triadId: id, name: text }),
  allocations: record({ triadId: id, year, amountPence: pence }),
  ledgerEntries: record({
    triadId: id,
    year,
    kind: z.enum(['commitment', 'payment']),
    date: isoDate,
    amountPence: pence,
    budgetLineId: id,
    schoolId: nullableId,
  }),
  measures: record({ triadId: id, name: text }),
  results: record({
    triadId: id,
    schoolId: id,
    measureId: id,
    year,
    value: z.number().refine(Number.isFinite),
    eligiblePupils: z.number().int().min(0).max(100_000).nullable().optional(),
  }),
  comparators: record({ triadId: id, measureId: id, year, value: z.number().refine(Number.isFinite) }),
  impactLog: record({
    triadId: id,
    date: isoDate,
    kind: text,
    summary: text,
    schoolIds: z.array(id),
    actionIds: z.array(id),
    objectiveIds: z.array(id),
    tags: z.array(text),
    evidenceFileIds: z.array(id),
  }),
  evidenceFiles: record({
    triadId: id,
    ownerId: id,
    name: text,
    size: z.number().int().min(0),
    bytes: z.instanceof(Uint8Array),
  }),
  changeLog: record({ triadId: id, at: stamp, entityId: text }),
  settings: z.looseObject({ key: z.string().min(1).max(200), value: z.unknown() }),
  trash: z.looseObject({
    id,
    deletedAt: stamp,
    label: text,
    records: z.array(z.looseObject({ table: z.enum(RECORD_TABLES), record: z.looseObject({ id }) })),
  }),
  syncState: z.looseObject({ id, table: text, recordId: id, peerSchoolId: id, hash: text, exchangedAt: stamp }),
  progressUpdates: record({
    triadId: id,
    planId: id,
    actionId: id,
    schoolId: nullableId,
    date: isoDate,
    status: z.enum(['not-started', 'on-track', 'at-risk', 'off-track', 'complete']),
    note: text,
    nextSteps: text,
    evidenceFileIds: z.array(id),
  }),
  networks: record({ name: text, kind: text, latestSheetId: id, receivedOn: isoDate }),
  networkSheets: record({ networkId: id, receivedOn: isoDate, contentHash: text, sheet: z.looseObject({ networkId: id }) }),
  networkCameos: record({ networkId: id, receivedOn: isoDate, contentHash: text, cameo: z.looseObject({ networkId: id }) }),
  forumMeetings: record({ date: isoDate, contributions: z.array(z.looseObject({ networkId: id })) }),
  newsletters: record({ title: text, year, items: z.array(z.looseObject({ cameoId: id })) }),
  auditResponses: record({ urn: text, schoolName: text, networks: z.array(z.looseObject({ kind: text, name: text })) }),
};

/** The primary key of a record in a table (`settings` is keyed by `key`). */
export function primaryKeyOf(table: RecordTable, row: Record<string, unknown>): string {
  return String(table === 'settings' ? row.key : row.id);
}

const TABLE_WORDS: Record<RecordTable, string> = {
  triads: 'triad',
  schools: 'school',
  people: 'person',
  partnerships: 'partnership',
  membershipCriteria: 'membership criterion',
  memberships: 'membership record',
  plans: 'plan',
  planVersions: 'plan version',
  priorities: 'priority',
  objectives: 'objective',
  actions: 'action',
  focusGroups: 'focus group',
  meetings: 'meeting',
  budgetYears: 'budget year',
  budgetLines: 'budget line',
  allocations: 'allocation',
  ledgerEntries: 'spending record',
  measures: 'measure',
  results: 'result',
  comparators: 'comparator',
  impactLog: 'impact-log entry',
  evidenceFiles: 'evidence file',
  changeLog: 'change-history entry',
  settings: 'setting',
  trash: 'deleted-items entry',
  syncState: 'exchange record',
  progressUpdates: 'progress update',
  networks: 'network directory entry',
  networkSheets: 'network identification sheet',
  networkCameos: 'newsletter cameo',
  forumMeetings: 'co-leaders forum meeting',
  newsletters: 'newsletter',
  auditResponses: 'audit questionnaire',
};

/** A table's records in words, e.g. "spending record". */
export function recordWord(table: RecordTable): string {
  return TABLE_WORDS[table];
}

/** Money fields (named `...Pence`) anywhere in a value that are not whole pence. */
function findBadMoney(value: unknown, path: string): string | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findBadMoney(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const [key, inner] of Object.entries(value)) {
      if (key.endsWith('Pence') && inner !== null && !(typeof inner === 'number' && Number.isSafeInteger(inner))) {
        return path ? `${path}.${key}` : key;
      }
      const found = findBadMoney(inner, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Checks a file's tables: each must be a list of records of the right shape, with no id twice and
 * money in whole pence. Returns the first problem in plain English, or null.
 */
export function checkTables(tables: unknown, expected: readonly RecordTable[], noun: string): string | null {
  if (tables === null || typeof tables !== 'object' || Array.isArray(tables)) {
    return `This ${noun} file does not hold any records, so it cannot be used. Nothing was changed.`;
  }
  const given = tables as Record<string, unknown>;
  for (const name of Object.keys(given)) {
    if (!(expected as readonly string[]).includes(name)) {
      return `This ${noun} file holds a kind of record this version of Triad Planner does not know ("${name}"). Nothing was changed.`;
    }
  }
  for (const table of expected) {
    const rows = given[table];
    if (!Array.isArray(rows)) {
      return `This ${noun} file is missing its ${recordWord(table)} records, so it cannot be used. Nothing was changed.`;
    }
    const seen = new Set<string>();
    for (const [index, row] of rows.entries()) {
      const parsed = RECORD_SCHEMAS[table].safeParse(row);
      const which = `${recordWord(table)} number ${index + 1}`;
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue && issue.path.length > 0 ? ` (its "${issue.path.join('.')}" field)` : '';
        return `In this ${noun} file, ${which} is not in the right form${field}. Nothing was changed.`;
      }
      const key = primaryKeyOf(table, row as Record<string, unknown>);
      if (seen.has(key)) {
        return `In this ${noun} file, two ${recordWord(table)} records have the same id (${key}). Nothing was changed.`;
      }
      seen.add(key);
      const money = findBadMoney(row, '');
      if (money) {
        return `In this ${noun} file, ${which} has an amount of money ("${money}") that is not a whole number of pence. Nothing was changed.`;
      }
    }
  }
  return null;
}
