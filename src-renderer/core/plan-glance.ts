/** The home view's reading of a plan: status counts, what is due soon and what is overdue. */
import { addDays } from './dates';
import { ACTION_STATUSES, type Action, type ActionStatus, type Objective, type Priority } from './model';

export interface PriorityStatusCounts {
  priorityId: string;
  title: string;
  counts: Record<ActionStatus, number>;
  total: number;
}

function zeroCounts(): Record<ActionStatus, number> {
  return Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
}

/** For each priority (in order), how many of its actions are in each status. */
export function statusCountsByPriority(priorities: Priority[], objectives: Objective[], actions: Action[]): PriorityStatusCounts[] {
  const priorityOfObjective = new Map(objectives.map((o) => [o.id, o.priorityId]));
  return [...priorities]
    .sort((a, b) => a.order - b.order)
    .map((priority) => {
      const counts = zeroCounts();
      let total = 0;
      for (const action of actions) {
        if (priorityOfObjective.get(action.objectiveId) !== priority.id) continue;
        counts[action.status] += 1;
        total += 1;
      }
      return { priorityId: priority.id, title: priority.title, counts, total };
    });
}

export interface DueItem {
  kind: 'action-end' | 'milestone';
  actionId: string;
  actionTitle: string;
  date: string;
  /** The milestone's description; empty for an action's end date. */
  description: string;
}

/** Action end dates and milestones not yet done that fall from today to `days` days ahead, soonest first. */
export function dueWithin(actions: Action[], today: string, days = 14): DueItem[] {
  const last = addDays(today, days);
  const inWindow = (date: string) => date >= today && date <= last;
  const items: DueItem[] = [];
  for (const action of actions) {
    if (action.status === 'complete') continue;
    if (inWindow(action.endDate)) items.push({ kind: 'action-end', actionId: action.id, actionTitle: action.title, date: action.endDate, description: '' });
    for (const milestone of action.milestones) {
      if (!milestone.done && inWindow(milestone.date)) {
        items.push({ kind: 'milestone', actionId: action.id, actionTitle: action.title, date: milestone.date, description: milestone.description });
      }
    }
  }
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.actionTitle.localeCompare(b.actionTitle));
}

/** Actions not complete whose end date has passed, most overdue first. */
export function overdueActions(actions: Action[], today: string): Action[] {
  return actions.filter((a) => a.status !== 'complete' && a.endDate < today).sort((a, b) => a.endDate.localeCompare(b.endDate));
}
