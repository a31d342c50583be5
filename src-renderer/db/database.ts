import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Action,
  Allocation,
  BudgetLine,
  BudgetYear,
  ChangeLogEntry,
  Comparator,
  EvidenceFile,
  FocusGroup,
  ImpactLogEntry,
  LedgerEntry,
  Measure,
  Meeting,
  Membership,
  MembershipCriterion,
  Objective,
  Partnership,
  Person,
  Plan,
  PlanVersion,
  Priority,
  Result,
  School,
  Setting,
  SyncState,
  TrashEntry,
  Triad,
} from '../core/model';
import { SCHEMA_V1, type TableName } from './schema';

export const DATABASE_NAME = 'triad-planner';

export class TriadDatabase extends Dexie {
  triads!: EntityTable<Triad, 'id'>;
  schools!: EntityTable<School, 'id'>;
  people!: EntityTable<Person, 'id'>;
  partnerships!: EntityTable<Partnership, 'id'>;
  membershipCriteria!: EntityTable<MembershipCriterion, 'id'>;
  memberships!: EntityTable<Membership, 'id'>;
  plans!: EntityTable<Plan, 'id'>;
  planVersions!: EntityTable<PlanVersion, 'id'>;
  priorities!: EntityTable<Priority, 'id'>;
  objectives!: EntityTable<Objective, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  focusGroups!: EntityTable<FocusGroup, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  budgetYears!: EntityTable<BudgetYear, 'id'>;
  budgetLines!: EntityTable<BudgetLine, 'id'>;
  allocations!: EntityTable<Allocation, 'id'>;
  ledgerEntries!: EntityTable<LedgerEntry, 'id'>;
  measures!: EntityTable<Measure, 'id'>;
  results!: EntityTable<Result, 'id'>;
  comparators!: EntityTable<Comparator, 'id'>;
  impactLog!: EntityTable<ImpactLogEntry, 'id'>;
  evidenceFiles!: EntityTable<EvidenceFile, 'id'>;
  changeLog!: EntityTable<ChangeLogEntry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  trash!: EntityTable<TrashEntry, 'id'>;
  syncState!: EntityTable<SyncState, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }

  /** A table by name, for code that walks every table (backups, snapshots, undo). */
  tableNamed(name: TableName): Table<unknown, string> {
    return this.table(name);
  }
}
