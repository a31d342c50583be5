/**
 * Carrying a year's unfinished actions into the next year's plan, worked out as pure data: which
 * priorities, objectives and actions to create so the actions hang from the same shape of plan.
 * Running it twice adds nothing the second time: an action already carried over (by
 * `copiedFromActionId`) is skipped, and a priority or objective already carried over (by
 * `copiedFromId`, or failing that the same title) is reused.
 */
import { academicYearLabel } from './dates';
import type { Action, Objective, Priority } from './model';
import { addYears } from './plan-words';

export interface PlanItems {
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
}

export interface CopyPlan {
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
  /** Unfinished actions that were already in the next year's plan. */
  alreadyCopied: number;
}

export interface CopyOptions {
  fromYear: number;
  targetPlanId: string;
  newId: () => string;
  now: string;
  today?: string;
}

/** Where a copied action came from, for the year-close preview. */
export function describeCopiedFrom(fromYear: number): string {
  return `Carried over, unfinished, from ${academicYearLabel(fromYear)}.`;
}

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function planCopyForward(source: PlanItems, target: PlanItems, options: CopyOptions): CopyPlan {
  const stamp = { createdAt: options.now, updatedAt: options.now };
  const priorities = [...target.priorities];
  const objectives = [...target.objectives];
  const created: CopyPlan = { priorities: [], objectives: [], actions: [], alreadyCopied: 0 };
  const nextOrder = (list: { order: number }[]) => list.reduce((max, item) => Math.max(max, item.order), 0) + 1;

  const priorityFor = (sourceId: string): Priority => {
    const original = source.priorities.find((p) => p.id === sourceId)!;
    const existing =
      priorities.find((p) => p.copiedFromId === original.id) ?? priorities.find((p) => sameTitle(p.title, original.title));
    if (existing) return existing;
    const copy: Priority = { ...original, ...stamp, id: options.newId(), planId: options.targetPlanId, order: nextOrder(priorities), copiedFromId: original.id };
    priorities.push(copy);
    created.priorities.push(copy);
    return copy;
  };

  const objectiveFor = (sourceId: string): Objective => {
    const original = source.objectives.find((o) => o.id === sourceId)!;
    const priority = priorityFor(original.priorityId);
    const siblings = objectives.filter((o) => o.priorityId === priority.id);
    const existing = siblings.find((o) => o.copiedFromId === original.id) ?? siblings.find((o) => sameTitle(o.title, original.title));
    if (existing) return existing;
    const copy: Objective = {
      ...original,
      ...stamp,
      id: options.newId(),
      planId: options.targetPlanId,
      priorityId: priority.id,
      order: nextOrder(siblings),
      copiedFromId: original.id,
      successCriteria: original.successCriteria.map((c) => ({ ...c })),
    };
    objectives.push(copy);
    created.objectives.push(copy);
    return copy;
  };

  // In the plan's own order — priority, then objective, then action — so the copy keeps it.
  const priorityOrder = new Map(source.priorities.map((p) => [p.id, p.order]));
  const objectiveRank = new Map(source.objectives.map((o) => [o.id, (priorityOrder.get(o.priorityId) ?? 0) * 100_000 + o.order]));
  const rank = (a: Action) => (objectiveRank.get(a.objectiveId) ?? 0) * 100_000 + a.order;
  const unfinished = source.actions.filter((a) => a.status !== 'complete').sort((a, b) => rank(a) - rank(b));
  const actions = [...target.actions];
  for (const action of unfinished) {
    if (target.actions.some((a) => a.copiedFromActionId === action.id)) {
      created.alreadyCopied += 1;
      continue;
    }
    const objective = objectiveFor(action.objectiveId);
    const copy: Action = {
      ...action,
      ...stamp,
      id: options.newId(),
      planId: options.targetPlanId,
      objectiveId: objective.id,
      startDate: addYears(action.startDate, 1),
      endDate: addYears(action.endDate, 1),
      milestones: action.milestones.map((m) => ({ ...m, id: options.newId(), date: addYears(m.date, 1), done: false })),
      // Progress belongs to the year it happened in (progress updates); the copy starts afresh.
      status: action.status === 'not-started' ? 'not-started' : 'on-track',
      progressNotes: [],
      schoolIds: [...action.schoolIds],
      order: nextOrder(actions.filter((a) => a.objectiveId === objective.id)),
      copiedFromActionId: action.id,
    };
    actions.push(copy);
    created.actions.push(copy);
  }
  return created;
}
