import type { NetworkKind } from './network-kinds';
import type { NetworkCameo, NetworkSheet } from './network-file';
import type { AuditAnswers } from './network-audit';
import type { IssueItem } from './network-newsletter';

/**
 * The domain's records, as stored. Pure types: no React, DOM, Dexie or Node.
 *
 * Conventions: ids are random UUIDs that never change; `createdAt`/`updatedAt` are ISO date-times;
 * calendar dates are ISO `YYYY-MM-DD`; money is integer pence; an academic year is identified by
 * the calendar year it starts in (2003 means 2003/04).
 */

export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** What a new record needs before `createdAt`/`updatedAt` are stamped. */
export type Draft<T extends BaseRecord> = Omit<T, 'createdAt' | 'updatedAt'>;

export type IsoDate = string;


export type ThresholdKind = 'percentage-points' | 'relative-percent';

export interface Triad extends BaseRecord {
  name: string;
  /**
   * What kind of network this is (schema v2; absent in older records means 'triad'). Only a triad
   * keeps the triad-only rules (one co-ordinating school and two partners).
   */
  kind?: NetworkKind;
  /** People (ids) who co-lead the network with the head (schema v2; absent means none). */
  coLeaderIds?: string[];
  localAuthority: string;
  /** e.g. "Cohort 1, started 2003/04". */
  cohort: string;
  /** Academic year the programme starts in (2003 = 2003/04). */
  firstYear: number;
  programmeYears: number;
  /** Default allocation for each programme year, in pence. */
  annualAllocationPence: number;
  /** The collaborative leadership learning focus. */
  focus: string;
  /** Results year used as the baseline (results are named by the summer they were taken in). */
  baselineYear: number;
  headlineMeasureId: string | null;
  improvementThreshold: number;
  thresholdKind: ThresholdKind;
}

export type SchoolRole = 'coordinating' | 'partner';
export type InterventionCategory = 'none' | 'serious-weaknesses' | 'special-measures';

export interface School extends BaseRecord {
  triadId: string;
  role: SchoolRole;
  name: string;
  urn: string;
  /** LA/establishment number, e.g. "333/2015". */
  dfeNumber: string;
  phase: string;
  address: string;
  postcode: string;
  headTeacher: string;
  /** The school's research/learning link teacher. */
  linkTeacher: string;
  chairOfGovernors: string;
  email: string;
  phone: string;
  interventionCategory: InterventionCategory;
  /**
   * Predecessor and successor establishments the register links this school to (schema v2;
   * absent means none known). The KS2 import offers their results when the school's own URN has none.
   */
  links?: SchoolLink[];
  /** Why a school the register lists as closed was added all the same (schema v2; '' when open). */
  closedReason?: string;
}

export interface SchoolLink {
  urn: string;
  relation: 'predecessor' | 'successor';
  name: string;
}

export type Organisation = 'school' | 'lea' | 'partner';
export type LeaSupportRole =
  | 'link-adviser'
  | 'administration-officer'
  | 'strategy-team-contact'
  | 'advanced-skills-teacher'
  | 'other';

export interface Person extends BaseRecord {
  triadId: string;
  /** Set for school staff; null for LEA staff and partners beyond the network. */
  schoolId: string | null;
  organisation: Organisation;
  name: string;
  role: string;
  leaRole: LeaSupportRole | null;
  email: string;
  phone: string;
}

/** A partnership beyond the network, e.g. a university accrediting teacher research. */
export interface Partnership extends BaseRecord {
  triadId: string;
  name: string;
  kind: 'higher-education' | 'other';
  provides: string;
  contact: string;
}

export interface MembershipCriterion extends BaseRecord {
  triadId: string;
  role: SchoolRole;
  text: string;
  order: number;
}

export interface LeaDecision {
  decidedOn: IsoDate;
  role: SchoolRole | 'not-admitted';
  reasons: string;
}

export interface Membership extends BaseRecord {
  triadId: string;
  schoolId: string;
  evidence: { criterionId: string; text: string }[];
  /** Date the school voluntarily agreed to join; null until it has. */
  agreedToJoinOn: IsoDate | null;
  agreedRole: SchoolRole;
  /** Where the school and the LEA disagreed, the LEA's open decision. */
  leaDecision: LeaDecision | null;
  notes: string;
}

export type PlanStatus = 'draft' | 'agreed';

export interface Plan extends BaseRecord {
  triadId: string;
  /** Academic year (2003 = 2003/04). */
  year: number;
  title: string;
  status: PlanStatus;
  /** Number of the latest agreed version; 0 before the first agreement. */
  currentVersion: number;
}

export interface PlanSnapshot {
  plan: Plan;
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
}

export interface PlanVersion extends BaseRecord {
  planId: string;
  version: number;
  name: string;
  agreedOn: IsoDate;
  agreedBy: string;
  snapshot: PlanSnapshot;
}

export interface Priority extends BaseRecord {
  planId: string;
  title: string;
  description: string;
  order: number;
  /** Set when the priority was carried over from the previous year's plan. */
  copiedFromId?: string | null;
}

export type SuccessCriterion =
  | {
      kind: 'measure';
      measureId: string;
      /** null = the triad as a whole. */
      schoolId: string | null;
      from: number | null;
      to: number;
      byDate: IsoDate;
      description: string;
    }
  | { kind: 'qualitative'; description: string };

export interface Objective extends BaseRecord {
  planId: string;
  priorityId: string;
  title: string;
  successCriteria: SuccessCriterion[];
  order: number;
  /** Set when the objective was carried over from the previous year's plan. */
  copiedFromId?: string | null;
}

export const ACTION_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ProgressNote {
  date: IsoDate;
  status: ActionStatus;
  note: string;
}

/**
 * Monitoring of an action: what happened by a date, recorded as its own record (schema v2), never
 * as an amendment of the agreed plan. Version 1 kept these as `Action.progressNotes`; the upgrade
 * to version 2 copies each note into a progress update.
 */
export interface ProgressUpdate extends BaseRecord {
  triadId: string;
  planId: string;
  actionId: string;
  /** The school this update is about, or null for the triad as a whole. */
  schoolId: string | null;
  date: IsoDate;
  status: ActionStatus;
  note: string;
  /** What happens next, for the termly monitoring record. */
  nextSteps: string;
  evidenceFileIds: string[];
}

export interface Milestone {
  id: string;
  date: IsoDate;
  description: string;
  done: boolean;
}

export interface Action extends BaseRecord {
  planId: string;
  objectiveId: string;
  title: string;
  leadSchoolId: string | null;
  schoolIds: string[];
  owner: string;
  focusGroupId: string | null;
  startDate: IsoDate;
  endDate: IsoDate;
  estimatedCostPence: number;
  status: ActionStatus;
  progressNotes: ProgressNote[];
  milestones: Milestone[];
  order: number;
  /** Set when the action was carried over from the previous year's plan. */
  copiedFromActionId: string | null;
}

export interface FocusGroup extends BaseRecord {
  triadId: string;
  name: string;
  mandate: string;
  /** Person ids, from any of the three schools. */
  memberIds: string[];
  /** The group that owns continuing professional development. */
  ownsCpd: boolean;
}

export interface MeetingDecision {
  id: string;
  text: string;
  /** The plan action this decision became, if any. */
  actionId: string | null;
}

export interface Meeting extends BaseRecord {
  focusGroupId: string;
  date: IsoDate;
  notes: string;
  decisions: MeetingDecision[];
  /** People who attended (schema v2; absent in older records means none recorded). */
  attendeeIds?: string[];
}

export interface ChangeLogEntry extends BaseRecord {
  triadId: string;
  planId: string | null;
  /** ISO date-time of the change. */
  at: string;
  /** Table name of the changed record. */
  entity: string;
  entityId: string;
  change: 'create' | 'update' | 'delete';
  summary: string;
  /** Why, as the head gave it; required for changes to an agreed plan. */
  reason: string;
  before: unknown;
  after: unknown;
}

export interface BudgetYear extends BaseRecord {
  triadId: string;
  year: number;
  allocationPence: number;
  /** Money carried in from the previous year by a recorded decision. */
  carriedInPence: number;
  carryForward: { decidedOn: IsoDate; amountPence: number; reason: string } | null;
}

export interface BudgetLine extends BaseRecord {
  triadId: string;
  name: string;
  order: number;
  archived: boolean;
}

export interface Allocation extends BaseRecord {
  triadId: string;
  year: number;
  amountPence: number;
  budgetLineId: string | null;
  actionId: string | null;
  schoolId: string | null;
  note: string;
  /** Reason the head gave for going past an over-allocation warning. */
  overrideReason: string;
}

export type LedgerKind = 'commitment' | 'payment';
export type LedgerStatus = 'open' | 'paid' | 'cancelled';

export interface LedgerEntry extends BaseRecord {
  triadId: string;
  year: number;
  kind: LedgerKind;
  date: IsoDate;
  payee: string;
  description: string;
  amountPence: number;
  budgetLineId: string;
  actionId: string | null;
  schoolId: string | null;
  reference: string;
  status: LedgerStatus;
  /** For a payment made against a commitment. */
  commitmentId: string | null;
  evidenceFileId: string | null;
  /** Reason the head gave for going past an overspend warning. */
  overrideReason: string;
}

export interface Measure extends BaseRecord {
  triadId: string;
  name: string;
  /** 'percent' values lie in 0–100. */
  unit: 'percent' | 'number';
  /** Higher is better for most measures; false for e.g. absence. */
  higherIsBetter: boolean;
  /** Column name in a KS2 performance-tables file this measure is usually imported from. */
  sourceColumn: string;
  /** A headline measure is computed from others rather than entered. */
  derivedFrom: { method: 'average' | 'minimum'; measureIds: string[] } | null;
  order: number;
  /**
   * The KS2 assessment era the measure belongs to (schema v2; absent or null: read from its name
   * and column by `measureEra` in core/ks2-eras.ts). Results are never compared across eras.
   */
  era?: MeasureEra | null;
}

/** level-4: 2003–2015 "% level 4+"; expected-standard: 2016 onward; not-ks2: e.g. attendance. */
export type MeasureEra = 'level-4' | 'expected-standard' | 'not-ks2';

export interface Result extends BaseRecord {
  triadId: string;
  schoolId: string;
  measureId: string;
  /** Results year: the summer the results were taken (2004 for 2003/04). */
  year: number;
  value: number;
  source: 'manual' | 'ks2-import' | 'partner-return';
  note: string;
  /**
   * Pupils eligible for the assessment that year, where known (schema v2; absent or null in older
   * records means "not known"). A share resting on 10 or fewer pupils is flagged.
   */
  eligiblePupils?: number | null;
}

/** National or local-authority figures entered by the head, to compare the triad against. */
export interface Comparator extends BaseRecord {
  triadId: string;
  measureId: string;
  scope: 'national' | 'local-authority';
  year: number;
  value: number;
}

export const IMPACT_KINDS = [
  'lesson-observation',
  'staff-voice',
  'pupil-voice',
  'cpd-evaluation',
  'leadership',
  'governor-visit',
  'other',
] as const;
export type ImpactKind = (typeof IMPACT_KINDS)[number];

export interface ImpactLogEntry extends BaseRecord {
  triadId: string;
  date: IsoDate;
  kind: ImpactKind;
  author: string;
  schoolIds: string[];
  summary: string;
  detail: string;
  objectiveIds: string[];
  actionIds: string[];
  tags: string[];
  evidenceFileIds: string[];
  /**
   * How far up Guskey's chain this evidence reaches (schema v2; absent or null: not graded):
   * 1 participants' reactions, 2 their learning, 3 organisational support, 4 use of new
   * practice, 5 pupils' outcomes.
   */
  guskeyLevel?: GuskeyLevel | null;
}

export type GuskeyLevel = 1 | 2 | 3 | 4 | 5;

/** A copy of an evidence file held in the app's own storage (never a path that may vanish). */
export interface EvidenceFile extends BaseRecord {
  triadId: string;
  /** The impact-log or ledger entry the file belongs to. */
  ownerId: string;
  name: string;
  mimeType: string;
  size: number;
  bytes: Uint8Array;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** A deletion that can be undone: the records as they were. */
export interface TrashEntry {
  id: string;
  deletedAt: string;
  label: string;
  records: { table: string; record: BaseRecord }[];
}

/** What a record looked like at the last exchange with a partner school (for merging returns). */
export interface SyncState {
  /** `${table}:${recordId}` */
  id: string;
  table: string;
  recordId: string;
  peerSchoolId: string;
  hash: string;
  /** Our own record's hash just after that exchange (absent on records written before it existed). */
  localHash?: string | null;
  exchangedAt: string;
}

// ---- The LEA adviser's networks (schema v2) ----

/** A directory entry: one per network, pointing at the latest sheet received from it. */
export interface NetworkEntry extends BaseRecord {
  /** The network's own id (from its sheets). */
  name: string;
  kind: NetworkKind;
  latestSheetId: string;
  receivedOn: IsoDate;
}

/** Every identification sheet received, kept as history; the entry points at the latest. */
export interface NetworkSheetRecord extends BaseRecord {
  networkId: string;
  receivedOn: IsoDate;
  fileName: string;
  /** SHA-256 of the sheet: the same sheet imported twice is recognised. */
  contentHash: string;
  sheet: NetworkSheet;
}

export interface NetworkCameoRecord extends BaseRecord {
  networkId: string;
  receivedOn: IsoDate;
  fileName: string;
  contentHash: string;
  cameo: NetworkCameo;
}

export interface ForumContribution {
  networkId: string;
  networkName: string;
  /** The impact knowledge the network brought, drawn from its sheet and edited. */
  knowledge: string;
}

/** A termly co-leaders forum, facilitated by the LEA. */
export interface ForumMeeting extends BaseRecord {
  date: IsoDate;
  /** e.g. "Autumn 2004". */
  term: string;
  contributions: ForumContribution[];
  /** Themes that recur across networks, one a line. */
  themes: string;
  /** Follow-ups for the LEA, one a line. */
  followUps: string;
}

export interface Newsletter extends BaseRecord {
  title: string;
  /** Half-year by academic start year and half (1 = Sept–Feb, 2 = Mar–Aug). */
  year: number;
  half: 1 | 2;
  introduction: string;
  items: IssueItem[];
}

/** One school's answers to the networking audit questionnaire. */
export interface AuditResponse extends BaseRecord, AuditAnswers {}
