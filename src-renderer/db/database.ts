import Dexie, { type DBCore, type EntityTable, type Middleware, type Table } from 'dexie';
import type {
  Action,
  Allocation,
  AuditResponse,
  ForumMeeting,
  NetworkCameoRecord,
  NetworkEntry,
  NetworkSheetRecord,
  Newsletter,
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
  ProgressUpdate,
  Priority,
  Result,
  School,
  Setting,
  SyncState,
  TrashEntry,
  Triad,
} from '../core/model';
import { MIGRATIONS } from '../core/migrations';
import { applyMigration } from './migrate';
import { recordGuard } from './record-guard';
import { SCHEMA_VERSIONS, type TableName } from './schema';

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
  progressUpdates!: EntityTable<ProgressUpdate, 'id'>;
  networks!: EntityTable<NetworkEntry, 'id'>;
  networkSheets!: EntityTable<NetworkSheetRecord, 'id'>;
  networkCameos!: EntityTable<NetworkCameoRecord, 'id'>;
  forumMeetings!: EntityTable<ForumMeeting, 'id'>;
  newsletters!: EntityTable<Newsletter, 'id'>;
  auditResponses!: EntityTable<AuditResponse, 'id'>;

  private readonly changeListeners = new Set<() => void>();

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Every released version stays declared; each later one upgrades records with its core migration.
    SCHEMA_VERSIONS.forEach((stores, index) => {
      const version = this.version(index + 1).stores(stores);
      const migration = MIGRATIONS[index - 1];
      if (migration) version.upgrade((tx) => applyMigration(tx, migration));
    });
    // Registered before the database opens, as Dexie requires for middleware.
    this.use(recordGuard());
    this.use(notifyOnWrite(() => this.changeListeners.forEach((listener) => listener())));
  }

  /**
   * Calls `listener` after every write (create, update, delete, clear) through this database
   * object, inside the writing transaction: it must only note the change, never await.
   * Returns a function that stops listening.
   */
  onDataChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** A table by name, for code that walks every table (backups, snapshots, undo). */
  tableNamed(name: TableName): Table<unknown, string> {
    return this.table(name);
  }
}

/**
 * Notices writes at Dexie's lowest layer (DBCore). Unlike table hooks this costs nothing per row:
 * a `deleting` hook would turn every `clear()` into a record-by-record delete, and an `updating`
 * hook makes every `put` read the old record first — both slow down a restore of thousands of rows.
 */
function notifyOnWrite(notify: () => void): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'change-notifier',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return {
          ...table,
          mutate: (request) =>
            table.mutate(request).then((result) => {
              notify();
              return result;
            }),
        };
      },
    }),
  };
}
