import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router-dom';
import { currentProgrammeYear, programmeYearList } from '../../core/dates';
import type { Action, ChangeLogEntry, FocusGroup, Measure, Objective, Plan, PlanVersion, Priority, Result, Triad } from '../../core/model';
import { db } from '../../db';
import { findPlan } from '../../db/plans';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** The programme year in the address (`?year=2003`), or the one today falls in. */
export function useSelectedYear(triad: Triad): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = programmeYearList(triad).includes(asked) ? asked : currentProgrammeYear(triad);
  return [year, (next) => setParams({ year: String(next) })];
}

/** `undefined` while loading, `null` when the year has no plan yet. */
export function usePlan(triadId: string, year: number): Plan | null | undefined {
  return useLiveQuery(async () => (await findPlan(db, triadId, year)) ?? null, [triadId, year]);
}

export function usePlanById(planId: string | undefined): Plan | null | undefined {
  return useLiveQuery(async () => (planId ? ((await db.plans.get(planId)) ?? null) : null), [planId]);
}

export interface PlanItems {
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
}

export function usePlanItems(planId: string | undefined): PlanItems | undefined {
  return useLiveQuery(async () => {
    if (!planId) return { priorities: [], objectives: [], actions: [] };
    const [priorities, objectives, actions] = await Promise.all([
      db.priorities.where('planId').equals(planId).toArray(),
      db.objectives.where('planId').equals(planId).toArray(),
      db.actions.where('planId').equals(planId).toArray(),
    ]);
    return { priorities: priorities.sort(byOrder), objectives: objectives.sort(byOrder), actions: actions.sort(byOrder) };
  }, [planId]);
}

export function useMeasures(triadId: string): Measure[] | undefined {
  return useLiveQuery(async () => (await db.measures.where('triadId').equals(triadId).toArray()).sort(byOrder), [triadId]);
}

/** The triad's results, to mark each target on a measure met, not met or not yet known. */
export function useResults(triadId: string): Result[] | undefined {
  return useLiveQuery(() => db.results.where('triadId').equals(triadId).toArray(), [triadId]);
}

export function useFocusGroups(triadId: string): FocusGroup[] | undefined {
  return useLiveQuery(async () => (await db.focusGroups.where('triadId').equals(triadId).toArray()).sort((a, b) => a.name.localeCompare(b.name)), [triadId]);
}

export function useVersions(planId: string | undefined): PlanVersion[] | undefined {
  return useLiveQuery(async () => (planId ? (await db.planVersions.where('planId').equals(planId).toArray()).sort((a, b) => a.version - b.version) : []), [planId]);
}

export function useChanges(planId: string | undefined): ChangeLogEntry[] | undefined {
  return useLiveQuery(async () => (planId ? (await db.changeLog.where('planId').equals(planId).toArray()).sort((a, b) => a.at.localeCompare(b.at)) : []), [planId]);
}
