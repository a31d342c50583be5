/**
 * Writing the Triad Improvement Plan. Every write validates first (in core/plan-rules, called by
 * the view) and then happens in one transaction; once a plan is agreed, every change to a
 * priority, objective or action needs a reason and is recorded in the change log in that same
 * transaction, so the plan and its history can never disagree.
 */
import { academicYearLabel, todayIso } from '../core/dates';
import { newId, nowIso } from '../core/ids';
import type { Action, ChangeLogEntry, Objective, Plan, PlanSnapshot, PlanVersion, Priority, Triad } from '../core/model';
import { planCopyForward } from '../core/plan-copy';
import { describeRecordChange, type DiffNames } from '../core/plan-diff';
import type { ActionFields, ObjectiveFields, PriorityFields } from '../core/plan-rules';
import type { TriadDatabase } from './database';
import { deleteWithUndo, stampNew, stampUpdate, undoDelete } from './records';

export type PlanItemKind = 'priority' | 'objective' | 'action';

const TABLE_OF = { priority: 'priorities', objective: 'objectives', action: 'actions' } as const;
const WORD_OF: Record<PlanItemKind, string> = { priority: 'priority', objective: 'objective', action: 'action' };

export class ReasonRequiredError extends Error {
  constructor() {
    super('The plan has been agreed: every change needs a reason.');
  }
}

export function planTitle(year: number): string {
  return `Triad Improvement Plan ${academicYearLabel(year)}`;
}

/** The triad's plan for a programme year, if it has one. */
export async function findPlan(db: TriadDatabase, triadId: string, year: number): Promise<Plan | undefined> {
  return db.plans.where('[triadId+year]').equals([triadId, year]).first();
}

/** The plan for a year, created as a draft if there is none yet. */
export async function ensurePlan(db: TriadDatabase, triad: Pick<Triad, 'id'>, year: number): Promise<Plan> {
  return db.transaction('rw', db.plans, async () => {
    const existing = await findPlan(db, triad.id, year);
    if (existing) return existing;
    const plan = stampNew<Plan>({ triadId: triad.id, year, title: planTitle(year), status: 'draft', currentVersion: 0 });
    await db.plans.add(plan);
    return plan;
  });
}

/** The plan as it stands now: everything an agreed version keeps. */
export async function loadSnapshot(db: TriadDatabase, planId: string): Promise<PlanSnapshot> {
  return db.transaction('r', [db.plans, db.priorities, db.objectives, db.actions], async () => {
    const plan = await db.plans.get(planId);
    if (!plan) throw new Error('That plan no longer exists.');
    const [priorities, objectives, actions] = await Promise.all([
      db.priorities.where('planId').equals(planId).toArray(),
      db.objectives.where('planId').equals(planId).toArray(),
      db.actions.where('planId').equals(planId).toArray(),
    ]);
    const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
    return { plan, priorities: priorities.sort(byOrder), objectives: objectives.sort(byOrder), actions: actions.sort(byOrder) };
  });
}

/** Names of schools, measures and focus groups, to put a change into words. */
export async function loadDiffNames(db: TriadDatabase, triadId: string): Promise<DiffNames> {
  const [schools, measures, focusGroups] = await Promise.all([
    db.schools.where('triadId').equals(triadId).toArray(),
    db.measures.where('triadId').equals(triadId).toArray(),
    db.focusGroups.where('triadId').equals(triadId).toArray(),
  ]);
  return { schools, measures, focusGroups };
}

async function currentPlan(db: TriadDatabase, planId: string, reason: string): Promise<Plan> {
  const plan = await db.plans.get(planId);
  if (!plan) throw new Error('That plan no longer exists.');
  if (plan.status === 'agreed' && !reason.trim()) throw new ReasonRequiredError();
  return plan;
}

/** Adds a change-log entry when the plan is agreed; call inside the write's transaction. */
async function recordChange(
  db: TriadDatabase,
  plan: Plan,
  entry: Pick<ChangeLogEntry, 'entity' | 'entityId' | 'change' | 'summary' | 'before' | 'after'> & { reason: string },
): Promise<void> {
  if (plan.status !== 'agreed') return;
  const at = nowIso();
  await db.changeLog.add(stampNew<ChangeLogEntry>({ triadId: plan.triadId, planId: plan.id, at, ...entry, reason: entry.reason.trim() }));
}

function nextOrder(list: { order: number }[]): number {
  return list.reduce((max, item) => Math.max(max, item.order), 0) + 1;
}

async function changeSummary(db: TriadDatabase, kind: PlanItemKind, plan: Plan, before: Priority | Objective | Action, after: Priority | Objective | Action, names: DiffNames) {
  const [priorities, objectives] = await Promise.all([
    db.priorities.where('planId').equals(plan.id).toArray(),
    db.objectives.where('planId').equals(plan.id).toArray(),
  ]);
  const fields = describeRecordChange(kind, before, after, { ...names, priorities, objectives });
  const text = fields.map((f) => `${f.field}: ${f.before} → ${f.after}`).join('; ');
  return { fields, summary: `Changed ${WORD_OF[kind]} “${after.title}”: ${text}` };
}

const LOG_TABLES = (db: TriadDatabase) => [db.plans, db.priorities, db.objectives, db.actions, db.changeLog];

export interface SaveRequest<F> {
  planId: string;
  /** The record being edited, or null to create one. */
  existingId: string | null;
  fields: F;
  reason: string;
}

export async function savePriority(db: TriadDatabase, request: SaveRequest<PriorityFields>): Promise<Priority> {
  const plan0 = await db.plans.get(request.planId);
  const names = plan0 ? await loadDiffNames(db, plan0.triadId) : { schools: [], measures: [], focusGroups: [] };
  return db.transaction('rw', LOG_TABLES(db), async () => {
    const plan = await currentPlan(db, request.planId, request.reason);
    if (request.existingId) {
      const before = await db.priorities.get(request.existingId);
      if (!before) throw new Error('That priority no longer exists.');
      const after = stampUpdate({ ...before, ...request.fields });
      const { fields, summary } = await changeSummary(db, 'priority', plan, before, after, names);
      if (fields.length === 0) return before;
      await db.priorities.put(after);
      await recordChange(db, plan, { entity: 'priorities', entityId: after.id, change: 'update', summary, reason: request.reason, before, after });
      return after;
    }
    const siblings = await db.priorities.where('planId').equals(plan.id).toArray();
    const created = stampNew<Priority>({ planId: plan.id, ...request.fields, order: nextOrder(siblings), copiedFromId: null });
    await db.priorities.add(created);
    await recordChange(db, plan, { entity: 'priorities', entityId: created.id, change: 'create', summary: `Added priority “${created.title}”`, reason: request.reason, before: null, after: created });
    return created;
  });
}

export async function saveObjective(db: TriadDatabase, request: SaveRequest<ObjectiveFields>): Promise<Objective> {
  const plan0 = await db.plans.get(request.planId);
  const names = plan0 ? await loadDiffNames(db, plan0.triadId) : { schools: [], measures: [], focusGroups: [] };
  return db.transaction('rw', LOG_TABLES(db), async () => {
    const plan = await currentPlan(db, request.planId, request.reason);
    const priority = await db.priorities.get(request.fields.priorityId);
    if (!priority || priority.planId !== plan.id) throw new Error('That priority is not in this plan.');
    const siblings = (await db.objectives.where('priorityId').equals(priority.id).toArray()).filter((o) => o.id !== request.existingId);
    if (request.existingId) {
      const before = await db.objectives.get(request.existingId);
      if (!before) throw new Error('That objective no longer exists.');
      const moved = before.priorityId !== request.fields.priorityId;
      const after = stampUpdate({ ...before, ...request.fields, order: moved ? nextOrder(siblings) : before.order });
      const { fields, summary } = await changeSummary(db, 'objective', plan, before, after, names);
      if (fields.length === 0) return before;
      await db.objectives.put(after);
      await recordChange(db, plan, { entity: 'objectives', entityId: after.id, change: 'update', summary, reason: request.reason, before, after });
      return after;
    }
    const created = stampNew<Objective>({ planId: plan.id, ...request.fields, order: nextOrder(siblings), copiedFromId: null });
    await db.objectives.add(created);
    await recordChange(db, plan, { entity: 'objectives', entityId: created.id, change: 'create', summary: `Added objective “${created.title}” to priority “${priority.title}”`, reason: request.reason, before: null, after: created });
    return created;
  });
}

export interface ActionSaveRequest extends SaveRequest<ActionFields> {
  /** The focus-group meeting decision this new action comes from. */
  fromDecision?: { meetingId: string; decisionId: string } | null;
}

export async function saveAction(db: TriadDatabase, request: ActionSaveRequest): Promise<Action> {
  const plan0 = await db.plans.get(request.planId);
  const names = plan0 ? await loadDiffNames(db, plan0.triadId) : { schools: [], measures: [], focusGroups: [] };
  const fields = request.fields;
  return db.transaction('rw', [...LOG_TABLES(db), db.meetings], async () => {
    const plan = await currentPlan(db, request.planId, request.reason);
    const objective = await db.objectives.get(fields.objectiveId);
    if (!objective || objective.planId !== plan.id) throw new Error('That objective is not in this plan.');
    const siblings = (await db.actions.where('objectiveId').equals(objective.id).toArray()).filter((a) => a.id !== request.existingId);
    if (request.existingId) {
      const before = await db.actions.get(request.existingId);
      if (!before) throw new Error('That action no longer exists.');
      const moved = before.objectiveId !== fields.objectiveId;
      // Status and progress are monitoring (db/progress), not amendment: editing what was agreed
      // never changes them, so they never need a reason or count towards a new version.
      const after = stampUpdate({ ...before, ...fields, status: before.status, progressNotes: before.progressNotes, order: moved ? nextOrder(siblings) : before.order });
      const { fields: changed, summary } = await changeSummary(db, 'action', plan, before, after, names);
      if (changed.length === 0) return before;
      await db.actions.put(after);
      await recordChange(db, plan, { entity: 'actions', entityId: after.id, change: 'update', summary, reason: request.reason, before, after });
      return after;
    }
    const created = stampNew<Action>({
      planId: plan.id,
      ...fields,
      progressNotes: [],
      order: nextOrder(siblings),
      copiedFromActionId: null,
    });
    await db.actions.add(created);
    if (request.fromDecision) {
      const meeting = await db.meetings.get(request.fromDecision.meetingId);
      const decision = meeting?.decisions.find((d) => d.id === request.fromDecision!.decisionId);
      if (!meeting || !decision) throw new Error('That meeting decision no longer exists.');
      await db.meetings.put(
        stampUpdate({ ...meeting, decisions: meeting.decisions.map((d) => (d.id === decision.id ? { ...d, actionId: created.id } : d)) }),
      );
    }
    await recordChange(db, plan, { entity: 'actions', entityId: created.id, change: 'create', summary: `Added action “${created.title}” to objective “${objective.title}”`, reason: request.reason, before: null, after: created });
    return created;
  });
}

/** Deletes a priority (with its objectives and actions), an objective (with its actions) or an action; can be undone. */
export async function deletePlanItem(db: TriadDatabase, request: { planId: string; kind: PlanItemKind; id: string; reason: string }): Promise<string> {
  return db.transaction('rw', [...LOG_TABLES(db), db.trash], async () => {
    const plan = await currentPlan(db, request.planId, request.reason);
    const item = (await db.table(TABLE_OF[request.kind]).get(request.id)) as Priority | Objective | Action | undefined;
    if (!item) throw new Error(`That ${WORD_OF[request.kind]} no longer exists.`);
    let objectiveIds: string[] = [];
    if (request.kind === 'priority') objectiveIds = (await db.objectives.where('priorityId').equals(request.id).toArray()).map((o) => o.id);
    if (request.kind === 'objective') objectiveIds = [request.id];
    const actions =
      request.kind === 'action' ? [item as Action] : await db.actions.where('objectiveId').anyOf(objectiveIds).toArray();
    const objectives = request.kind === 'action' ? [] : await db.objectives.bulkGet(objectiveIds);
    const extra = [
      request.kind === 'priority' ? plural(objectiveIds.length, 'objective') : '',
      request.kind !== 'action' ? plural(actions.length, 'action') : '',
    ].filter(Boolean);
    const label = `Deleted ${WORD_OF[request.kind]} “${item.title}”${extra.length ? ` with ${extra.join(' and ')}` : ''}`;
    const trashId = await deleteWithUndo(db, label, [
      ...(request.kind === 'priority' ? [{ table: 'priorities' as const, ids: [request.id] }] : []),
      ...(request.kind !== 'action' ? [{ table: 'objectives' as const, ids: objectiveIds }] : []),
      { table: 'actions' as const, ids: actions.map((a) => a.id) },
    ]);
    await recordChange(db, plan, {
      entity: TABLE_OF[request.kind],
      entityId: item.id,
      change: 'delete',
      summary: label,
      reason: request.reason,
      before: { item, objectives: objectives.filter(Boolean), actions: request.kind === 'action' ? [] : actions },
      after: null,
    });
    return trashId;
  });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Puts back a deleted plan item and everything deleted with it; recorded when the plan is agreed. */
export async function undoPlanDelete(db: TriadDatabase, trashId: string): Promise<void> {
  await db.transaction('rw', [...LOG_TABLES(db), db.trash], async () => {
    const entry = await db.trash.get(trashId);
    if (!entry) throw new Error('That deletion can no longer be undone.');
    const first = entry.records[0]?.record as { planId?: string; title?: string; id: string } | undefined;
    await undoDelete(db, trashId);
    const plan = first?.planId ? await db.plans.get(first.planId) : undefined;
    if (plan && first) {
      const entity = entry.records[0]!.table;
      await recordChange(db, plan, {
        entity,
        entityId: first.id,
        change: 'create',
        summary: `Restored: ${entry.label.replace(/^Deleted /, '')}`,
        reason: 'Deletion undone',
        before: null,
        after: entry.records.map((r) => r.record),
      });
    }
  });
}

/** Agrees the plan as it stands: a named, dated version with a full snapshot. */
export async function agreePlan(db: TriadDatabase, planId: string, details: { name: string; agreedBy: string; agreedOn: string }): Promise<PlanVersion> {
  return db.transaction('rw', [db.plans, db.priorities, db.objectives, db.actions, db.planVersions], async () => {
    const snapshot = await loadSnapshot(db, planId);
    if (snapshot.actions.length === 0) throw new Error('A plan with no actions cannot be agreed: add its priorities, objectives and actions first.');
    const plan = stampUpdate<Plan>({ ...snapshot.plan, status: 'agreed', currentVersion: snapshot.plan.currentVersion + 1 });
    await db.plans.put(plan);
    const version = stampNew<PlanVersion>({ planId, version: plan.currentVersion, ...details, snapshot: { ...snapshot, plan } });
    await db.planVersions.add(version);
    return version;
  });
}

export interface CopyResult {
  plan: Plan;
  copiedActions: number;
  copiedPriorities: number;
  copiedObjectives: number;
  alreadyCopied: number;
}

/** Copies a year's unfinished actions (and the priorities and objectives they hang from) into the next year's plan. */
export async function copyUnfinishedActions(db: TriadDatabase, triad: Pick<Triad, 'id'>, fromYear: number, today: string = todayIso()): Promise<CopyResult> {
  return db.transaction('rw', LOG_TABLES(db), async () => {
    const source = await findPlan(db, triad.id, fromYear);
    if (!source) throw new Error(`There is no plan for ${academicYearLabel(fromYear)} to copy from.`);
    let target = await findPlan(db, triad.id, fromYear + 1);
    if (!target) {
      target = stampNew<Plan>({ triadId: triad.id, year: fromYear + 1, title: planTitle(fromYear + 1), status: 'draft', currentVersion: 0 });
      await db.plans.add(target);
    }
    const [from, to] = await Promise.all([loadSnapshot(db, source.id), loadSnapshot(db, target.id)]);
    const copy = planCopyForward(from, to, { fromYear, targetPlanId: target.id, newId, now: nowIso(), today });
    await db.priorities.bulkAdd(copy.priorities);
    await db.objectives.bulkAdd(copy.objectives);
    await db.actions.bulkAdd(copy.actions);
    const reason = `Unfinished actions carried over from ${academicYearLabel(fromYear)}`;
    for (const action of copy.actions) {
      await recordChange(db, target, { entity: 'actions', entityId: action.id, change: 'create', summary: `Carried over action “${action.title}”`, reason, before: null, after: action });
    }
    return { plan: target, copiedActions: copy.actions.length, copiedPriorities: copy.priorities.length, copiedObjectives: copy.objectives.length, alreadyCopied: copy.alreadyCopied };
  });
}

/** Moves an item one place up or down among its siblings. */
export async function moveItem(db: TriadDatabase, request: { planId: string; kind: PlanItemKind; id: string; direction: -1 | 1; reason: string }): Promise<void> {
  await db.transaction('rw', LOG_TABLES(db), async () => {
    const plan = await currentPlan(db, request.planId, request.reason);
    const table = db.table(TABLE_OF[request.kind]);
    const item = (await table.get(request.id)) as (Priority | Objective | Action) | undefined;
    if (!item) return;
    const all = (await table.where('planId').equals(plan.id).toArray()) as (Priority | Objective | Action)[];
    const siblings = all
      .filter((s) => (request.kind === 'objective' ? (s as Objective).priorityId === (item as Objective).priorityId : request.kind === 'action' ? (s as Action).objectiveId === (item as Action).objectiveId : true))
      .sort((a, b) => a.order - b.order);
    const index = siblings.findIndex((s) => s.id === item.id);
    const other = siblings[index + request.direction];
    if (!other) return;
    await table.bulkPut([stampUpdate({ ...item, order: other.order }), stampUpdate({ ...other, order: item.order })]);
    await recordChange(db, plan, {
      entity: TABLE_OF[request.kind],
      entityId: item.id,
      change: 'update',
      summary: `Moved ${WORD_OF[request.kind]} “${item.title}” ${request.direction < 0 ? 'up' : 'down'}`,
      reason: request.reason,
      before: { order: item.order },
      after: { order: other.order },
    });
  });
}
