import { describe, expect, it } from 'vitest';
import type { Meeting, School, Triad } from '../core/model';
import type { ActionFields } from '../core/plan-rules';
import type { TriadDatabase } from './database';
import { freshDb } from './test-database';
import { agreePlan, copyUnfinishedActions, deletePlanItem, ensurePlan, loadSnapshot, moveItem, ReasonRequiredError, saveAction, saveObjective, savePriority, undoPlanDelete } from './plans';
import { stampNew } from './records';


const triad = stampNew<Triad>({
  name: 'Black Country Triad', localAuthority: 'Sandwell', cohort: 'Cohort 1', firstYear: 2003, programmeYears: 3,
  annualAllocationPence: 5_000_000, focus: '', baselineYear: 2003, headlineMeasureId: null, improvementThreshold: 15, thresholdKind: 'percentage-points',
});
const school = stampNew<School>({
  triadId: triad.id, role: 'coordinating', name: 'Hargate Primary School', urn: '103905', dfeNumber: '333/2041', phase: 'Primary',
  address: '', postcode: '', headTeacher: '', linkTeacher: '', chairOfGovernors: '', email: '', phone: '', interventionCategory: 'none',
});

function actionFields(objectiveId: string, overrides: Partial<ActionFields> = {}): ActionFields {
  return {
    objectiveId, title: 'Writing moderation', leadSchoolId: school.id, schoolIds: [school.id], owner: 'Ann Patel', focusGroupId: null,
    startDate: '2003-09-15', endDate: '2004-03-31', estimatedCostPence: 600_000, status: 'not-started', milestones: [], ...overrides,
  };
}

async function planWithAction(db: TriadDatabase) {
  await db.triads.add(triad);
  await db.schools.add(school);
  const plan = await ensurePlan(db, triad, 2003);
  const priority = await savePriority(db, { planId: plan.id, existingId: null, fields: { title: 'Raise attainment in writing', description: '' }, reason: '' });
  const objective = await saveObjective(db, {
    planId: plan.id, existingId: null, reason: '',
    fields: { priorityId: priority.id, title: 'More level 4s', successCriteria: [{ kind: 'qualitative', description: 'Pupils write at length' }] },
  });
  const action = await saveAction(db, { planId: plan.id, existingId: null, fields: actionFields(objective.id), reason: '' });
  return { plan, priority, objective, action };
}

describe('writing the plan', () => {
  it('keeps one plan per year and records nothing in the change log before agreement', async () => {
    const db = freshDb();
    const { plan, action } = await planWithAction(db);
    expect((await ensurePlan(db, triad, 2003)).id).toBe(plan.id);
    expect(await db.plans.count()).toBe(1);
    expect(plan.title).toBe('Triad Improvement Plan 2003/04');
    expect((await db.actions.get(action.id))?.estimatedCostPence).toBe(600_000);
    expect(await db.changeLog.count()).toBe(0);
  });

  it('agrees a plan as a numbered version with a full snapshot', async () => {
    const db = freshDb();
    const { plan } = await planWithAction(db);
    const version = await agreePlan(db, plan.id, { name: 'Agreed by the heads', agreedBy: 'Ann Patel', agreedOn: '2003-09-20' });
    expect(version.version).toBe(1);
    expect(version.snapshot.actions.map((a) => a.title)).toEqual(['Writing moderation']);
    expect(version.snapshot.plan.status).toBe('agreed');
    const stored = await db.plans.get(plan.id);
    expect([stored?.status, stored?.currentVersion]).toEqual(['agreed', 1]);
    const again = await agreePlan(db, plan.id, { name: 'Renegotiated', agreedBy: 'Ann Patel', agreedOn: '2004-01-10' });
    expect(again.version).toBe(2);
    expect(await db.planVersions.count()).toBe(2);
  });

  it('after agreement refuses a change without a reason and writes nothing', async () => {
    const db = freshDb();
    const { plan, action } = await planWithAction(db);
    await agreePlan(db, plan.id, { name: 'v1', agreedBy: 'Ann Patel', agreedOn: '2003-09-20' });
    await expect(saveAction(db, { planId: plan.id, existingId: action.id, fields: actionFields(action.objectiveId, { endDate: '2004-04-30' }), reason: ' ' })).rejects.toBeInstanceOf(ReasonRequiredError);
    expect((await db.actions.get(action.id))?.endDate).toBe('2004-03-31');
    expect(await db.changeLog.count()).toBe(0);
  });

  it('after agreement records each change with its reason, before and after', async () => {
    const db = freshDb();
    const { plan, action, objective } = await planWithAction(db);
    await agreePlan(db, plan.id, { name: 'v1', agreedBy: 'Ann Patel', agreedOn: '2003-09-20' });
    await saveAction(db, {
      planId: plan.id, existingId: action.id, reason: 'Supply cover delayed the start',
      fields: actionFields(objective.id, { endDate: '2004-04-30', status: 'at-risk' }),
    });
    // Status belongs to monitoring: the amendment form cannot change it.
    expect((await db.actions.get(action.id))?.status).toBe('not-started');
    const [entry] = await db.changeLog.toArray();
    expect(entry).toMatchObject({
      triadId: triad.id, planId: plan.id, entity: 'actions', entityId: action.id, change: 'update', reason: 'Supply cover delayed the start',
      summary: 'Changed action “Writing moderation”: End date: 31/03/2004 → 30/04/2004',
    });
    expect((entry!.before as { endDate: string }).endDate).toBe('2004-03-31');
    expect((entry!.after as { endDate: string }).endDate).toBe('2004-04-30');

    await savePriority(db, { planId: plan.id, existingId: null, fields: { title: 'Leadership', description: '' }, reason: 'New LEA priority' });
    const entries = await db.changeLog.orderBy('at').toArray();
    expect(entries.map((e) => [e.change, e.summary, e.reason])).toContainEqual(['create', 'Added priority “Leadership”', 'New LEA priority']);
  });

  it('deletes a priority with its objectives and actions, and undo brings them all back', async () => {
    const db = freshDb();
    const { plan, priority, objective, action } = await planWithAction(db);
    const trashId = await deletePlanItem(db, { planId: plan.id, kind: 'priority', id: priority.id, reason: '' });
    expect([await db.priorities.count(), await db.objectives.count(), await db.actions.count()]).toEqual([0, 0, 0]);
    expect((await db.trash.get(trashId))?.label).toBe('Deleted priority “Raise attainment in writing” with 1 objective and 1 action');
    await undoPlanDelete(db, trashId);
    expect((await db.priorities.get(priority.id))?.title).toBe('Raise attainment in writing');
    expect((await db.objectives.get(objective.id))?.title).toBe('More level 4s');
    expect((await db.actions.get(action.id))?.title).toBe('Writing moderation');
    expect(await db.trash.count()).toBe(0);
  });

  it('records a deletion in an agreed plan, and its undoing', async () => {
    const db = freshDb();
    const { plan, action } = await planWithAction(db);
    await agreePlan(db, plan.id, { name: 'v1', agreedBy: 'Ann Patel', agreedOn: '2003-09-20' });
    await expect(deletePlanItem(db, { planId: plan.id, kind: 'action', id: action.id, reason: '' })).rejects.toBeInstanceOf(ReasonRequiredError);
    expect(await db.actions.count()).toBe(1);
    const trashId = await deletePlanItem(db, { planId: plan.id, kind: 'action', id: action.id, reason: 'No longer affordable' });
    await undoPlanDelete(db, trashId);
    const entries = await db.changeLog.toArray();
    expect(entries.map((e) => [e.change, e.summary, e.reason]).sort()).toEqual([
      ['create', 'Restored: action “Writing moderation”', 'Deletion undone'],
      ['delete', 'Deleted action “Writing moderation”', 'No longer affordable'],
    ]);
  });

  it('turns a meeting decision into an action and links the two in one go', async () => {
    const db = freshDb();
    const { plan, objective } = await planWithAction(db);
    const meeting = stampNew<Meeting>({ focusGroupId: 'g1', date: '2003-10-01', notes: '', decisions: [{ id: 'd1', text: 'Run a book-talk club', actionId: null }] });
    await db.meetings.add(meeting);
    const created = await saveAction(db, { planId: plan.id, existingId: null, fields: actionFields(objective.id, { title: 'Run a book-talk club' }), reason: '', fromDecision: { meetingId: meeting.id, decisionId: 'd1' } });
    expect((await db.meetings.get(meeting.id))?.decisions[0]?.actionId).toBe(created.id);
    await expect(
      saveAction(db, { planId: plan.id, existingId: null, fields: actionFields(objective.id, { title: 'Ghost' }), reason: '', fromDecision: { meetingId: meeting.id, decisionId: 'nope' } }),
    ).rejects.toThrow('That meeting decision no longer exists.');
    expect((await db.actions.toArray()).map((a) => a.title)).not.toContain('Ghost');
  });

  it('copies unfinished actions into next year’s plan once', async () => {
    const db = freshDb();
    const { plan, objective } = await planWithAction(db);
    await saveAction(db, { planId: plan.id, existingId: null, fields: actionFields(objective.id, { title: 'Finished', status: 'complete' }), reason: '' });
    const first = await copyUnfinishedActions(db, triad, 2003, '2004-07-20');
    expect(first).toMatchObject({ copiedActions: 1, copiedPriorities: 1, copiedObjectives: 1, alreadyCopied: 0 });
    const next = await loadSnapshot(db, first.plan.id);
    expect(next.plan).toMatchObject({ year: 2004, status: 'draft', title: 'Triad Improvement Plan 2004/05' });
    expect(next.actions.map((a) => [a.title, a.startDate, a.endDate, a.copiedFromActionId !== null])).toEqual([['Writing moderation', '2004-09-15', '2005-03-31', true]]);
    expect(next.priorities.map((p) => p.title)).toEqual(['Raise attainment in writing']);
    const second = await copyUnfinishedActions(db, triad, 2003, '2004-07-21');
    expect(second).toMatchObject({ copiedActions: 0, alreadyCopied: 1 });
    expect(await db.actions.where('planId').equals(first.plan.id).count()).toBe(1);
    expect(await db.plans.count()).toBe(2);
  });

  it('moves a priority down', async () => {
    const db = freshDb();
    const { plan, priority } = await planWithAction(db);
    const second = await savePriority(db, { planId: plan.id, existingId: null, fields: { title: 'Leadership', description: '' }, reason: '' });
    await moveItem(db, { planId: plan.id, kind: 'priority', id: priority.id, direction: 1, reason: '' });
    const snapshot = await loadSnapshot(db, plan.id);
    expect(snapshot.priorities.map((p) => p.id)).toEqual([second.id, priority.id]);
  });
});
