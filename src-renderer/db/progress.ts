/**
 * Writing progress updates. Monitoring is not amendment: an update is its own record, needs no
 * reason and adds nothing to the plan's change log, so it never counts towards a new agreed
 * version. The action's `status` follows its latest update, so every view that shows a status
 * agrees with the monitoring.
 */
import type { ActionStatus, ProgressUpdate } from '../core/model';
import { byNewest, progressDateProblem } from '../core/progress';
import { todayIso } from '../core/dates';
import type { TriadDatabase } from './database';
import { stampNew, stampUpdate } from './records';
import { THIS_COPY_SCHOOL_SETTING } from './returns';

export interface ProgressEntry {
  actionId: string;
  date: string;
  status: ActionStatus;
  note: string;
  nextSteps: string;
}

export class ProgressDateError extends Error {}

/**
 * Records one or more progress updates (a single update, or a whole termly review) in one
 * transaction: all are kept or none. In a partner head's copy the updates are about their school.
 */
export async function recordProgress(db: TriadDatabase, entries: ProgressEntry[], today: string = todayIso()): Promise<ProgressUpdate[]> {
  return db.transaction('rw', [db.actions, db.plans, db.progressUpdates, db.settings], async () => {
    const thisCopy = (await db.settings.get(THIS_COPY_SCHOOL_SETTING))?.value;
    const schoolId = typeof thisCopy === 'string' && thisCopy ? thisCopy : null;
    const written: ProgressUpdate[] = [];
    for (const entry of entries) {
      const action = await db.actions.get(entry.actionId);
      if (!action) throw new Error('That action no longer exists.');
      const plan = await db.plans.get(action.planId);
      if (!plan) throw new Error('That plan no longer exists.');
      const problem = progressDateProblem(entry.date, plan.year, today);
      if (problem) throw new ProgressDateError(problem);
      const update = stampNew<ProgressUpdate>({
        triadId: plan.triadId,
        planId: plan.id,
        actionId: action.id,
        schoolId,
        date: entry.date,
        status: entry.status,
        note: entry.note.trim(),
        nextSteps: entry.nextSteps.trim(),
        evidenceFileIds: [],
      });
      await db.progressUpdates.add(update);
      written.push(update);
      const latest = (await db.progressUpdates.where('actionId').equals(action.id).toArray()).sort(byNewest)[0];
      if (latest && latest.status !== action.status) await db.actions.put(stampUpdate({ ...action, status: latest.status }));
    }
    return written;
  });
}

export async function deleteProgressUpdate(db: TriadDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.actions, db.progressUpdates], async () => {
    const update = await db.progressUpdates.get(id);
    if (!update) return;
    await db.progressUpdates.delete(id);
    const action = await db.actions.get(update.actionId);
    const latest = (await db.progressUpdates.where('actionId').equals(update.actionId).toArray()).sort(byNewest)[0];
    if (action && latest && latest.status !== action.status) await db.actions.put(stampUpdate({ ...action, status: latest.status }));
  });
}

/** What the termly monitoring record reads: the year's plan items and progress, in one read. */
export async function loadMonitoringData(db: TriadDatabase, year: number) {
  return db.transaction('r', [db.triads, db.plans, db.priorities, db.objectives, db.actions, db.progressUpdates], async () => {
    const triad = await db.triads.orderBy('id').first();
    if (!triad) return null;
    const plan = await db.plans.where('[triadId+year]').equals([triad.id, year]).first();
    if (!plan) return { triad, plan: null, priorities: [], objectives: [], actions: [], updates: [] };
    const [priorities, objectives, actions, updates] = await Promise.all([
      db.priorities.where('planId').equals(plan.id).toArray(),
      db.objectives.where('planId').equals(plan.id).toArray(),
      db.actions.where('planId').equals(plan.id).toArray(),
      db.progressUpdates.where('planId').equals(plan.id).toArray(),
    ]);
    return { triad, plan, priorities, objectives, actions, updates };
  });
}
