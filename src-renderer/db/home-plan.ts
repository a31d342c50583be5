/**
 * The home view's first read: the triad, and this programme year's plan with what the
 * "at a glance" summary needs. One read-only transaction, so the first screen waits for a single
 * trip to IndexedDB rather than a chain of queries, and the figures are consistent with each other.
 * Imports nothing heavier than the core's dates, so it can ship in the app's first script.
 */
import { currentProgrammeYear, todayIso } from '../core/dates';
import type { Action, ChangeLogEntry, Objective, Plan, PlanVersion, Priority, Triad } from '../core/model';
import type { TriadDatabase } from './database';

export interface HomeGlance {
  year: number;
  plan: Plan | null;
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
  /** The latest agreed version, or null for a draft. */
  latest: PlanVersion | null;
  /** Changes since the latest agreement, newest first. */
  since: ChangeLogEntry[];
}

export interface HomeData {
  /** Null when no triad has been set up yet. */
  triad: Triad | null;
  /** Null when there is no triad. */
  glance: HomeGlance | null;
}

export async function readHome(db: TriadDatabase, today: string = todayIso()): Promise<HomeData> {
  const tables = [db.triads, db.plans, db.priorities, db.objectives, db.actions, db.planVersions, db.changeLog];
  return db.transaction('r', tables, async () => {
    // The first by id, as `currentTriad` (db/triads.ts) reads it everywhere else.
    const triad = (await db.triads.orderBy('id').first()) ?? null;
    if (!triad) return { triad: null, glance: null };
    const year = currentProgrammeYear(triad, today);
    const plan = (await db.plans.where('[triadId+year]').equals([triad.id, year]).first()) ?? null;
    if (!plan) return { triad, glance: { year, plan: null, priorities: [], objectives: [], actions: [], latest: null, since: [] } };
    const [priorities, objectives, actions, versions, changes] = await Promise.all([
      db.priorities.where('planId').equals(plan.id).toArray(),
      db.objectives.where('planId').equals(plan.id).toArray(),
      db.actions.where('planId').equals(plan.id).toArray(),
      db.planVersions.where('planId').equals(plan.id).toArray(),
      db.changeLog.where('planId').equals(plan.id).toArray(),
    ]);
    const latest = versions.sort((a, b) => a.version - b.version).at(-1) ?? null;
    const since = latest ? changes.filter((c) => c.at >= latest.createdAt).sort((a, b) => b.at.localeCompare(a.at)) : [];
    return { triad, glance: { year, plan, priorities, objectives, actions, latest, since } };
  });
}
