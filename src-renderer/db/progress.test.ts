import { describe, expect, it } from 'vitest';
import { agreePlan, saveAction } from './plans';
import { recordProgress } from './progress';
import { freshDb } from './test-database';
import { stampNew } from './records';
import type { Action, Objective, Plan, Priority } from '../core/model';

async function agreedPlan() {
  const db = freshDb();
  const plan = stampNew<Plan>({ triadId: 't1', year: 2003, title: 'Plan', status: 'draft', currentVersion: 0 });
  const priority = stampNew<Priority>({ planId: plan.id, title: 'Writing', description: '', order: 1 });
  const objective = stampNew<Objective>({ planId: plan.id, priorityId: priority.id, title: 'Level 4', successCriteria: [], order: 1 });
  const action = stampNew<Action>({
    planId: plan.id, objectiveId: objective.id, title: 'Moderation', leadSchoolId: null, schoolIds: [], owner: '', focusGroupId: null,
    startDate: '2003-09-15', endDate: '2004-03-31', estimatedCostPence: 600_000, status: 'not-started', progressNotes: [], milestones: [], order: 1, copiedFromActionId: null,
  });
  await db.plans.add(plan);
  await db.priorities.add(priority);
  await db.objectives.add(objective);
  await db.actions.add(action);
  await agreePlan(db, plan.id, { name: 'v1', agreedBy: 'Ann Patel', agreedOn: '2003-09-20' });
  return { db, plan, action };
}

describe('progress updates', () => {
  it('are their own records: no reason, nothing in the change log, and the action’s status follows the latest', async () => {
    const { db, action } = await agreedPlan();
    await recordProgress(db, [{ actionId: action.id, date: '2003-10-20', status: 'at-risk', note: 'Cover short', nextSteps: 'Ask the LEA' }], '2003-11-01');
    await recordProgress(db, [{ actionId: action.id, date: '2003-10-01', status: 'on-track', note: 'Earlier, entered late', nextSteps: '' }], '2003-11-01');
    expect(await db.changeLog.count()).toBe(0);
    expect(await db.progressUpdates.count()).toBe(2);
    expect((await db.actions.get(action.id))?.status).toBe('at-risk');
  });

  it('refuses a future date and writes nothing from that review', async () => {
    const { db, action } = await agreedPlan();
    await expect(
      recordProgress(db, [
        { actionId: action.id, date: '2003-10-20', status: 'on-track', note: '', nextSteps: '' },
        { actionId: action.id, date: '2003-12-20', status: 'complete', note: '', nextSteps: '' },
      ], '2003-11-01'),
    ).rejects.toThrow(/cannot be after today/);
    expect(await db.progressUpdates.count()).toBe(0);
  });

  it('a changed date is an amendment; the status on the amendment form is ignored', async () => {
    const { db, plan, action } = await agreedPlan();
    const fields = { objectiveId: action.objectiveId, title: action.title, leadSchoolId: null, schoolIds: [], owner: '', focusGroupId: null, startDate: action.startDate, endDate: '2004-04-30', estimatedCostPence: 600_000, status: 'complete' as const, milestones: [] };
    await saveAction(db, { planId: plan.id, existingId: action.id, fields, reason: 'Cover delayed it' });
    const [entry] = await db.changeLog.toArray();
    expect(entry?.summary).toBe('Changed action “Moderation”: End date: 31/03/2004 → 30/04/2004');
    expect((await db.actions.get(action.id))?.status).toBe('not-started');
  });
});
