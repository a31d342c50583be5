import type { HeadlineData } from '../core/headline';
import type { Action, Comparator, ImpactLogEntry, Membership, MembershipCriterion, Objective, Priority, ProgressUpdate, Result } from '../core/model';
import type { PlanDocumentData } from '../core/plan-document';
import { planState, type PlanState } from '../core/plan-state';
import type { Rollup } from '../core/rollup';
import type { TriadDatabase } from './database';
import { getSetting, putSetting } from './records';
import { currentTriad } from './triads';
import { loadBudgetData, type BudgetData } from './budget';

/** Everything a printed plan or budget report reads, for the triad this copy holds. */
export type TriadPrintData = PlanDocumentData & HeadlineData & { comparators: Comparator[]; budget: BudgetData };

/** What a printed plan needs read: its years, and which of the heavier record sets its sections use. */
export interface PlanPrintNeeds {
  /** Academic years of the plans to print, or every year of the programme. */
  years: number[] | 'all';
  /** Priorities, objectives and actions (focus, objectives or actions sections). */
  planBody: boolean;
  /** Results, comparators and the impact log. */
  impact: boolean;
  budget: boolean;
  membership: boolean;
}

function none<T>(): Promise<T[]> {
  return Promise.resolve([]);
}

/**
 * Reads only what the chosen sections show, for the chosen years, through the tables' indexes:
 * a one-year plan without its impact section never reads a result or an impact-log entry.
 */
export async function loadPlanPrintData(db: TriadDatabase, needs: PlanPrintNeeds): Promise<TriadPrintData | null> {
  const data = await db.transaction('r', db.tables, async () => {
    const triad = await currentTriad(db);
    if (!triad) return null;
    const byTriad = { triadId: triad.id };
    const plans =
      needs.years === 'all'
        ? await db.plans.where(byTriad).toArray()
        : await db.plans.where('[triadId+year]').anyOf(needs.years.map((year) => [triad.id, year])).toArray();
    const planIds = plans.map((p) => p.id);
    const lastYear = needs.years === 'all' ? triad.firstYear + triad.programmeYears - 1 : Math.max(...needs.years);
    const firstYear = needs.years === 'all' ? triad.firstYear : Math.min(...needs.years);
    // Criteria print their latest figure, so the plan's body reads results too (up to its last summer).
    const wantResults = needs.impact || needs.planBody;
    const [schools, people, planVersions, changeLog, priorities, objectives, actions, progressUpdates, measures, results, comparators, impactLog, membershipCriteria, memberships] =
      await Promise.all([
        db.schools.where(byTriad).toArray(),
        db.people.where(byTriad).toArray(),
        db.planVersions.where('planId').anyOf(planIds).toArray(),
        db.changeLog.where('planId').anyOf(planIds).toArray(),
        needs.planBody ? db.priorities.where('planId').anyOf(planIds).toArray() : none<Priority>(),
        needs.planBody ? db.objectives.where('planId').anyOf(planIds).toArray() : none<Objective>(),
        needs.planBody ? db.actions.where('planId').anyOf(planIds).toArray() : none<Action>(),
        needs.planBody ? db.progressUpdates.where('planId').anyOf(planIds).toArray() : none<ProgressUpdate>(),
        db.measures.where(byTriad).toArray(),
        wantResults ? db.results.where(byTriad).filter((r) => r.year <= lastYear + 1).toArray() : none<Result>(),
        needs.impact ? db.comparators.where(byTriad).toArray() : none<Comparator>(),
        needs.impact
          ? db.impactLog.where('date').between(`${firstYear}-09-01`, `${lastYear + 1}-08-31`, true, true).filter((e) => e.triadId === triad.id).toArray()
          : none<ImpactLogEntry>(),
        needs.membership ? db.membershipCriteria.where(byTriad).toArray() : none<MembershipCriterion>(),
        needs.membership ? db.memberships.where(byTriad).toArray() : none<Membership>(),
      ]);
    return {
      triad, schools, people, plans, planVersions, priorities, objectives, actions, progressUpdates, changeLog,
      measures, results, comparators, impactLog, membershipCriteria, memberships,
    };
  });
  if (!data) return null;
  const budget = needs.budget ? await loadBudgetData(db, data.triad.id) : { years: [], lines: [], allocations: [], ledger: [], actions: [] };
  return { ...data, budget };
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

/** Each year's plan state, for the running header a PDF is printed with. */
export async function loadPlanStates(db: TriadDatabase, triadId: string): Promise<Map<number, PlanState>> {
  return db.transaction('r', [db.plans, db.planVersions, db.changeLog], async () => {
    const plans = await db.plans.where({ triadId }).toArray();
    const ids = plans.map((p) => p.id);
    const [versions, changes] = await Promise.all([db.planVersions.where('planId').anyOf(ids).toArray(), db.changeLog.where('planId').anyOf(ids).toArray()]);
    return new Map(plans.map((plan) => [plan.year, planState(plan, versions, changes)]));
  });
}
