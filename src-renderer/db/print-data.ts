import type { HeadlineData } from '../core/headline';
import type { Comparator } from '../core/model';
import type { PlanDocumentData } from '../core/plan-document';
import type { Rollup } from '../core/rollup';
import type { TriadDatabase } from './database';
import { getSetting, putSetting } from './records';
import { currentTriad } from './triads';
import { loadBudgetData, type BudgetData } from './budget';

/** Everything a printed plan or budget report reads, for the triad this copy holds. */
export type TriadPrintData = PlanDocumentData & HeadlineData & { comparators: Comparator[]; budget: BudgetData };

/** Reads the triad's records for printing in one read transaction; null when no triad is set up. */
export async function loadTriadPrintData(db: TriadDatabase): Promise<TriadPrintData | null> {
  const data = await loadPlanAndImpact(db);
  return data ? { ...data, budget: await loadBudgetData(db, data.triad.id) } : null;
}

async function loadPlanAndImpact(db: TriadDatabase): Promise<Omit<TriadPrintData, 'budget'> | null> {
  return db.transaction('r', db.tables, async () => {
    const triad = await currentTriad(db);
    if (!triad) return null;
    const byTriad = { triadId: triad.id };
    const plans = await db.plans.where(byTriad).toArray();
    const planIds = plans.map((p) => p.id);
    const [schools, people, planVersions, priorities, objectives, actions, changeLog, measures, results, comparators, impactLog, membershipCriteria, memberships] =
      await Promise.all([
        db.schools.where(byTriad).toArray(),
        db.people.where(byTriad).toArray(),
        db.planVersions.where('planId').anyOf(planIds).toArray(),
        db.priorities.where('planId').anyOf(planIds).toArray(),
        db.objectives.where('planId').anyOf(planIds).toArray(),
        db.actions.where('planId').anyOf(planIds).toArray(),
        db.changeLog.where(byTriad).toArray(),
        db.measures.where(byTriad).toArray(),
        db.results.where(byTriad).toArray(),
        db.comparators.where(byTriad).toArray(),
        db.impactLog.where(byTriad).toArray(),
        db.membershipCriteria.where(byTriad).toArray(),
        db.memberships.where(byTriad).toArray(),
      ]);
    return {
      triad, schools, people, plans, planVersions, priorities, objectives, actions, changeLog,
      measures, results, comparators, impactLog, membershipCriteria, memberships,
    };
  });
}

/**
 * The print window cannot see the roll-up the adviser has open (it lives in another window's
 * memory, and the files were never stored), so the computed figures are left here for it to read.
 */
export const ROLLUP_PRINT_KEY = 'rollup:print';

export interface StashedRollup {
  rollup: Rollup;
  fileNames: string[];
  preparedAt: string;
}

export async function stashRollupForPrint(db: TriadDatabase, stash: StashedRollup): Promise<void> {
  await putSetting(db, ROLLUP_PRINT_KEY, stash);
}

export async function readStashedRollup(db: TriadDatabase): Promise<StashedRollup | null> {
  return getSetting<StashedRollup | null>(db, ROLLUP_PRINT_KEY, null);
}
