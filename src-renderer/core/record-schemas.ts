import { z } from 'zod';
import {
  baseFields,
  id,
  idList,
  isoDate,
  LIMITS,
  longText,
  measuredValue,
  nullableDate,
  nullableId,
  order,
  pence,
  shortText,
  stamp,
  textList,
  year,
} from './field-rules';
import {
  ACTION_STATUSES,
  IMPACT_KINDS,
  type Action,
  type AuditResponse,
  type ForumMeeting,
  type NetworkCameoRecord,
  type NetworkEntry,
  type NetworkSheetRecord,
  type Newsletter,
  type Allocation,
  type BudgetLine,
  type BudgetYear,
  type ChangeLogEntry,
  type Comparator,
  type EvidenceFile,
  type FocusGroup,
  type ImpactLogEntry,
  type LedgerEntry,
  type Measure,
  type Meeting,
  type Membership,
  type MembershipCriterion,
  type Objective,
  type Partnership,
  type Person,
  type Plan,
  type PlanVersion,
  type Priority,
  type ProgressUpdate,
  type Result,
  type School,
  type Setting,
  type SyncState,
  type TrashEntry,
  type Triad,
} from './model';
import { NETWORK_CAMEO_SCHEMA, NETWORK_SHEET_SCHEMA } from './network-file';
import { NETWORK_KINDS } from './network-kinds';

const networkKind = z.enum(NETWORK_KINDS);

/**
 * The shape every stored record must have, whether it comes from a file, a CSV import or a form
 * (the database checks every write against it, see `db/record-guard.ts`). Money (every field named
 * `...Pence`, at any depth, also inside change history) is checked separately to be whole pence.
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

/*
 * One validator per record kind, accepting exactly what the app can show: every field typed and
 * ranged (see `field-rules.ts`), and no other key (`z.strictObject`), so a file cannot carry a
 * field the screens do not expect, or a `__proto__` key. Each table's fields are listed once, in
 * its own `…Fields` object: to add an optional field in a new schema version, add it there (with
 * `.optional()`), to the model type and to the migration's `addedFields`. A compile-time check at
 * the end keeps each list's keys the same as the model type's.
 */

const triadFields = {
  ...baseFields,
  name: shortText,
  localAuthority: shortText,
  cohort: shortText,
  firstYear: year,
  programmeYears: z.number().int().min(1).max(10),
  annualAllocationPence: pence.min(0),
  focus: longText,
  baselineYear: year,
  headlineMeasureId: nullableId,
  improvementThreshold: z.number().min(0).max(1000),
  thresholdKind: z.enum(['percentage-points', 'relative-percent']),
  kind: networkKind.optional(),
  coLeaderIds: idList.optional(),
};

const schoolRole = z.enum(['coordinating', 'partner']);
const schoolFields = {
  ...baseFields,
  triadId: id,
  role: schoolRole,
  name: shortText,
  urn: shortText,
  dfeNumber: shortText,
  phase: shortText,
  address: longText,
  postcode: shortText,
  headTeacher: shortText,
  linkTeacher: shortText,
  chairOfGovernors: shortText,
  email: shortText,
  phone: shortText,
  interventionCategory: z.enum(['none', 'serious-weaknesses', 'special-measures']),
  links: z
    .array(z.strictObject({ urn: z.string().regex(/^\d{5,7}$/), relation: z.enum(['predecessor', 'successor']), name: shortText }))
    .max(20)
    .optional(),
  closedReason: longText.optional(),
};

const personFields = {
  ...baseFields,
  triadId: id,
  schoolId: nullableId,
  organisation: z.enum(['school', 'lea', 'partner']),
  name: shortText,
  role: shortText,
  leaRole: z.enum(['link-adviser', 'administration-officer', 'strategy-team-contact', 'advanced-skills-teacher', 'other']).nullable(),
  email: shortText,
  phone: shortText,
};

const partnershipFields = {
  ...baseFields,
  triadId: id,
  name: shortText,
  kind: z.enum(['higher-education', 'other']),
  provides: longText,
  contact: shortText,
};

const membershipCriterionFields = { ...baseFields, triadId: id, role: schoolRole, text: longText, order };

const membershipFields = {
  ...baseFields,
  triadId: id,
  schoolId: id,
  evidence: z.array(z.strictObject({ criterionId: id, text: longText })).max(LIMITS.listItems),
  agreedToJoinOn: nullableDate,
  agreedRole: schoolRole,
  leaDecision: z.strictObject({ decidedOn: isoDate, role: z.enum(['coordinating', 'partner', 'not-admitted']), reasons: longText }).nullable(),
  notes: longText,
};

const actionStatus = z.enum(ACTION_STATUSES);

const planFields = {
  ...baseFields,
  triadId: id,
  year,
  title: shortText,
  status: z.enum(['draft', 'agreed']),
  currentVersion: z.number().int().min(0).max(10_000),
};

const priorityFields = {
  ...baseFields,
  planId: id,
  title: shortText,
  description: longText,
  order,
  copiedFromId: nullableId.optional(),
};

const successCriterion = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('measure'),
    measureId: id,
    schoolId: nullableId,
    from: measuredValue.nullable(),
    to: measuredValue,
    byDate: isoDate,
    description: longText,
  }),
  z.strictObject({ kind: z.literal('qualitative'), description: longText }),
]);

const objectiveFields = {
  ...baseFields,
  planId: id,
  priorityId: id,
  title: shortText,
  successCriteria: z.array(successCriterion).max(LIMITS.listItems),
  order,
  copiedFromId: nullableId.optional(),
};

const actionFields = {
  ...baseFields,
  planId: id,
  objectiveId: id,
  title: shortText,
  leadSchoolId: nullableId,
  schoolIds: idList,
  owner: shortText,
  focusGroupId: nullableId,
  startDate: isoDate,
  endDate: isoDate,
  estimatedCostPence: pence.min(0),
  status: actionStatus,
  progressNotes: z.array(z.strictObject({ date: isoDate, status: actionStatus, note: longText })).max(LIMITS.listItems),
  milestones: z.array(z.strictObject({ id, date: isoDate, description: longText, done: z.boolean() })).max(LIMITS.listItems),
  order,
  copiedFromActionId: nullableId,
};

const planVersionFields = {
  ...baseFields,
  planId: id,
  version: z.number().int().min(0).max(10_000),
  name: shortText,
  agreedOn: isoDate,
  agreedBy: shortText,
  snapshot: z.strictObject({
    plan: z.strictObject(planFields),
    priorities: z.array(z.strictObject(priorityFields)),
    objectives: z.array(z.strictObject(objectiveFields)),
    actions: z.array(z.strictObject(actionFields)),
  }),
};

const focusGroupFields = { ...baseFields, triadId: id, name: shortText, mandate: longText, memberIds: idList, ownsCpd: z.boolean() };

const meetingFields = {
  ...baseFields,
  focusGroupId: id,
  date: isoDate,
  notes: longText,
  decisions: z.array(z.strictObject({ id, text: longText, actionId: nullableId })).max(LIMITS.listItems),
  attendeeIds: idList.optional(),
};

const changeLogFields = {
  ...baseFields,
  triadId: id,
  planId: nullableId,
  at: stamp,
  entity: shortText,
  entityId: id,
  change: z.enum(['create', 'update', 'delete']),
  summary: longText,
  reason: longText,
  // What the record was and became: any earlier shape of any record, shown only as history.
  before: z.unknown(),
  after: z.unknown(),
};

const budgetYearFields = {
  ...baseFields,
  triadId: id,
  year,
  allocationPence: pence.min(0),
  carriedInPence: pence,
  carryForward: z.strictObject({ decidedOn: isoDate, amountPence: pence, reason: longText }).nullable(),
};

const budgetLineFields = { ...baseFields, triadId: id, name: shortText, order, archived: z.boolean() };

const allocationFields = {
  ...baseFields,
  triadId: id,
  year,
  amountPence: pence,
  budgetLineId: nullableId,
  actionId: nullableId,
  schoolId: nullableId,
  note: longText,
  overrideReason: longText,
};

const ledgerEntryFields = {
  ...baseFields,
  triadId: id,
  year,
  kind: z.enum(['commitment', 'payment']),
  date: isoDate,
  payee: shortText,
  description: longText,
  amountPence: pence,
  budgetLineId: id,
  actionId: nullableId,
  schoolId: nullableId,
  reference: shortText,
  status: z.enum(['open', 'paid', 'cancelled']),
  commitmentId: nullableId,
  evidenceFileId: nullableId,
  overrideReason: longText,
};

const measureFields = {
  ...baseFields,
  triadId: id,
  name: shortText,
  unit: z.enum(['percent', 'number']),
  higherIsBetter: z.boolean(),
  sourceColumn: shortText,
  derivedFrom: z.strictObject({ method: z.enum(['average', 'minimum']), measureIds: idList }).nullable(),
  order,
  era: z.enum(['level-4', 'expected-standard', 'not-ks2']).nullable().optional(),
};

const resultFields = {
  ...baseFields,
  triadId: id,
  schoolId: id,
  measureId: id,
  year,
  value: measuredValue,
  source: z.enum(['manual', 'ks2-import', 'partner-return']),
  note: longText,
  eligiblePupils: z.number().int().min(0).max(100_000).nullable().optional(),
};

const comparatorFields = {
  ...baseFields,
  triadId: id,
  measureId: id,
  scope: z.enum(['national', 'local-authority']),
  year,
  value: measuredValue,
};

const impactLogFields = {
  ...baseFields,
  triadId: id,
  date: isoDate,
  kind: z.enum(IMPACT_KINDS),
  author: shortText,
  schoolIds: idList,
  summary: longText,
  detail: longText,
  objectiveIds: idList,
  actionIds: idList,
  tags: textList,
  evidenceFileIds: idList,
  guskeyLevel: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).nullable().optional(),
};

const evidenceFileFields = {
  ...baseFields,
  triadId: id,
  ownerId: id,
  name: shortText,
  mimeType: shortText,
  size: z.number().int().min(0).max(LIMITS.evidenceBytes),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= LIMITS.evidenceBytes, 'is too large'),
};

const settingFields = { key: z.string().min(1).max(LIMITS.idLength), value: z.unknown() };

const trashFields = {
  id,
  deletedAt: stamp,
  label: longText,
  // The records as they were when deleted (checked again, by the database's guard, when put back).
  records: z.array(z.strictObject({ table: z.enum(RECORD_TABLES), record: z.looseObject({ id }) })),
};

const syncStateFields = {
  id: z.string().min(1).max(2 * LIMITS.idLength + 50),
  table: z.enum(RECORD_TABLES),
  recordId: id,
  peerSchoolId: id,
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  localHash: z.string().regex(/^[0-9a-f]{64}$/).nullable().optional(),
  exchangedAt: stamp,
};

const progressUpdateFields = {
  ...baseFields,
  triadId: id,
  planId: id,
  actionId: id,
  schoolId: nullableId,
  date: isoDate,
  status: actionStatus,
  note: longText,
  nextSteps: longText,
  evidenceFileIds: idList,
};

// ---- The LEA adviser's networks ----

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const networkEntryFields = { ...baseFields, name: shortText, kind: networkKind, latestSheetId: id, receivedOn: isoDate };
const networkSheetFields = { ...baseFields, networkId: id, receivedOn: isoDate, fileName: shortText, contentHash: sha256, sheet: NETWORK_SHEET_SCHEMA };
const networkCameoFields = { ...baseFields, networkId: id, receivedOn: isoDate, fileName: shortText, contentHash: sha256, cameo: NETWORK_CAMEO_SCHEMA };
const forumMeetingFields = {
  ...baseFields,
  date: isoDate,
  term: shortText,
  contributions: z.array(z.strictObject({ networkId: id, networkName: shortText, knowledge: longText })).max(LIMITS.listItems),
  themes: longText,
  followUps: longText,
};
const newsletterFields = {
  ...baseFields,
  title: shortText,
  year,
  half: z.union([z.literal(1), z.literal(2)]),
  introduction: longText,
  items: z.array(z.strictObject({ cameoId: id, chosenAgain: z.boolean() })).max(LIMITS.listItems),
};
const auditResponseFields = {
  ...baseFields,
  urn: z.string().max(20),
  schoolName: shortText,
  area: shortText,
  answeredOn: isoDate,
  networks: z.array(z.strictObject({ kind: networkKind, name: shortText })).max(LIMITS.listItems),
  gains: longText,
  needs: longText,
};

const SHAPES = {
  triads: triadFields,
  schools: schoolFields,
  people: personFields,
  partnerships: partnershipFields,
  membershipCriteria: membershipCriterionFields,
  memberships: membershipFields,
  plans: planFields,
  planVersions: planVersionFields,
  priorities: priorityFields,
  objectives: objectiveFields,
  actions: actionFields,
  focusGroups: focusGroupFields,
  meetings: meetingFields,
  budgetYears: budgetYearFields,
  budgetLines: budgetLineFields,
  allocations: allocationFields,
  ledgerEntries: ledgerEntryFields,
  measures: measureFields,
  results: resultFields,
  comparators: comparatorFields,
  impactLog: impactLogFields,
  evidenceFiles: evidenceFileFields,
  changeLog: changeLogFields,
  settings: settingFields,
  trash: trashFields,
  syncState: syncStateFields,
  progressUpdates: progressUpdateFields,
  networks: networkEntryFields,
  networkSheets: networkSheetFields,
  networkCameos: networkCameoFields,
  forumMeetings: forumMeetingFields,
  newsletters: newsletterFields,
  auditResponses: auditResponseFields,
} satisfies Record<RecordTable, z.ZodRawShape>;

/** Checks that need two fields of one record. */
const RECORD_RULES: Partial<Record<RecordTable, (row: Record<string, unknown>) => string | null>> = {
  evidenceFiles: (row) => (row.size === (row.bytes as Uint8Array).length ? null : 'size'),
  actions: (row) => ((row.endDate as string) < (row.startDate as string) ? 'endDate' : null),
};

function schemaFor(table: RecordTable): z.ZodType {
  const rule = RECORD_RULES[table];
  const strict = z.strictObject(SHAPES[table] as z.ZodRawShape);
  if (!rule) return strict;
  return strict.superRefine((row, context) => {
    const field = rule(row as Record<string, unknown>);
    if (field) context.addIssue({ code: 'custom', path: [field], message: 'does not agree with the rest of the record' });
  });
}

export const RECORD_SCHEMAS: Record<RecordTable, z.ZodType> = Object.fromEntries(
  RECORD_TABLES.map((table) => [table, schemaFor(table)]),
) as Record<RecordTable, z.ZodType>;

// Each table's field list has exactly the model type's keys (a compile-time check).
type SameKeys<Shape, Model> = [keyof Shape] extends [keyof Model] ? ([keyof Model] extends [keyof Shape] ? true : false) : false;
type EveryTableMatches = { [T in RecordTable]: SameKeys<(typeof SHAPES)[T], ModelOf[T]> }[RecordTable] extends true ? true : false;
const SHAPES_MATCH_MODEL: EveryTableMatches = true;
void SHAPES_MATCH_MODEL;

interface ModelOf {
  triads: Triad;
  schools: School;
  people: Person;
  partnerships: Partnership;
  membershipCriteria: MembershipCriterion;
  memberships: Membership;
  plans: Plan;
  planVersions: PlanVersion;
  priorities: Priority;
  objectives: Objective;
  actions: Action;
  focusGroups: FocusGroup;
  meetings: Meeting;
  budgetYears: BudgetYear;
  budgetLines: BudgetLine;
  allocations: Allocation;
  ledgerEntries: LedgerEntry;
  measures: Measure;
  results: Result;
  comparators: Comparator;
  impactLog: ImpactLogEntry;
  evidenceFiles: EvidenceFile;
  changeLog: ChangeLogEntry;
  settings: Setting;
  trash: TrashEntry;
  syncState: SyncState;
  progressUpdates: ProgressUpdate;
  networks: NetworkEntry;
  networkSheets: NetworkSheetRecord;
  networkCameos: NetworkCameoRecord;
  forumMeetings: ForumMeeting;
  newsletters: Newsletter;
  auditResponses: AuditResponse;
}

/**
 * Why a record cannot be stored, in words ("its \"date\" field"), or null when it can: the check
 * the database applies to every write, so forms and imports keep to the same rules as files.
 */
export function recordProblem(table: RecordTable, row: unknown): string | null {
  const parsed = RECORD_SCHEMAS[table].safeParse(row);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const at = issue && issue.path.length > 0 ? `${issue.path.join('.')}.` : '';
  if (issue?.code === 'unrecognized_keys') return `an unexpected field ("${at}${issue.keys.join('", "')}")`;
  return issue && issue.path.length > 0 ? `its "${issue.path.join('.')}" field` : 'its form';
}

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
      const which = `${recordWord(table)} number ${index + 1}`;
      const problem = recordProblem(table, row);
      if (problem) return `In this ${noun} file, ${which} is not in the right form (${problem}). Nothing was changed.`;
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
