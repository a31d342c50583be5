import { LIMITS } from './field-rules';
import { primaryKeyOf, recordWord, type RecordTable } from './record-schemas';
import { formatPounds } from './money';

/**
 * Checks across the records of one file, after each record has passed its own validator: what
 * no single record can show. A backup holds one triad at most; every id is used once in the whole
 * file; the references the screens follow to place a record (its triad, its plan, its objective,
 * the entry an evidence file belongs to) resolve inside the file; and no year's money adds up to
 * more than any triad could hold.
 *
 * Some references are left unchecked on purpose: the app itself leaves them pointing at a deleted
 * record (removing a school keeps its results; deleting an action keeps the spending recorded
 * against it), and the screens show such a link as "(deleted)". Refusing them would refuse the
 * head's own backups.
 */

type Tables = Partial<Record<RecordTable, Record<string, unknown>[]>>;

/** References that must resolve: table → field → the tables the id may be in. */
export const REQUIRED_REFERENCES: Partial<Record<RecordTable, Record<string, readonly RecordTable[]>>> = {
  schools: { triadId: ['triads'] },
  people: { triadId: ['triads'] },
  partnerships: { triadId: ['triads'] },
  membershipCriteria: { triadId: ['triads'] },
  memberships: { triadId: ['triads'], schoolId: ['schools'] },
  plans: { triadId: ['triads'] },
  planVersions: { planId: ['plans'] },
  priorities: { planId: ['plans'] },
  objectives: { planId: ['plans'], priorityId: ['priorities'] },
  actions: { planId: ['plans'], objectiveId: ['objectives'] },
  focusGroups: { triadId: ['triads'] },
  budgetYears: { triadId: ['triads'] },
  budgetLines: { triadId: ['triads'] },
  allocations: { triadId: ['triads'] },
  ledgerEntries: { triadId: ['triads'], budgetLineId: ['budgetLines'] },
  measures: { triadId: ['triads'] },
  results: { triadId: ['triads'] },
  comparators: { triadId: ['triads'] },
  impactLog: { triadId: ['triads'] },
  evidenceFiles: { triadId: ['triads'], ownerId: ['impactLog', 'ledgerEntries', 'progressUpdates'] },
  changeLog: { triadId: ['triads'] },
  progressUpdates: { triadId: ['triads'], planId: ['plans'] },
};

/** Tables whose keys are not record ids (settings by name; exchange records by "table:id"). */
const NOT_RECORD_IDS: readonly RecordTable[] = ['settings', 'syncState'];

/**
 * The first problem with a file's records together, in plain English, or null. A reference to a
 * table the file does not carry (a return carries no triads or budget lines) is checked against
 * the database when the file is imported, not here.
 */
export function checkRecordsTogether(tables: Tables, noun: string): string | null {
  const say = (what: string) => `In this ${noun} file, ${what}. Nothing was changed.`;
  if ((tables.triads?.length ?? 0) > 1) return say('there is more than one triad, but a copy of Triad Planner holds one');

  const owner = new Map<string, RecordTable>();
  for (const [table, rows] of Object.entries(tables) as [RecordTable, Record<string, unknown>[]][]) {
    if (NOT_RECORD_IDS.includes(table)) continue;
    for (const row of rows) {
      const key = primaryKeyOf(table, row);
      const first = owner.get(key);
      if (first) return say(`a ${recordWord(table)} has the same id as a ${recordWord(first)} (${key})`);
      owner.set(key, table);
    }
  }

  for (const [table, fields] of Object.entries(REQUIRED_REFERENCES) as [RecordTable, Record<string, readonly RecordTable[]>][]) {
    for (const row of tables[table] ?? []) {
      for (const [field, targets] of Object.entries(fields)) {
        const target = row[field];
        if (typeof target !== 'string') continue;
        if (!targets.some((t) => t in tables)) continue;
        const found = owner.get(target);
        if (found && targets.includes(found)) continue;
        return say(`a ${recordWord(table)} refers to a ${recordWord(targets[0]!)} that is not there (its "${field}" field)`);
      }
    }
  }

  for (const table of ['ledgerEntries', 'allocations'] as const) {
    const perYear = new Map<string, number>();
    for (const row of tables[table] ?? []) {
      const key = `${String(row.triadId)}:${String(row.year)}`;
      const total = (perYear.get(key) ?? 0) + Math.abs(row.amountPence as number);
      if (total > LIMITS.yearPence) {
        return say(`the ${recordWord(table)}s for ${String(row.year)} add up to more than ${formatPounds(LIMITS.yearPence)}, more than any triad could hold`);
      }
      perYear.set(key, total);
    }
  }
  return null;
}
