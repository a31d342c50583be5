/** Small plan records for the core's tests. */
import type { Action, Objective, Priority } from './model';

const at = '2003-09-01T09:00:00.000Z';

export function priority(id: string, title: string, order = 1, planId = 'plan-1'): Priority {
  return { id, createdAt: at, updatedAt: at, planId, title, description: '', order };
}

export function objective(id: string, priorityId: string, title: string, order = 1, planId = 'plan-1'): Objective {
  return { id, createdAt: at, updatedAt: at, planId, priorityId, title, order, successCriteria: [{ kind: 'qualitative', description: 'Staff say it helped' }] };
}

export function action(id: string, objectiveId: string, title: string, overrides: Partial<Action> = {}): Action {
  return {
    id, createdAt: at, updatedAt: at, planId: 'plan-1', objectiveId, title, leadSchoolId: 's1', schoolIds: ['s1', 's2'],
    owner: 'Ann Patel', focusGroupId: null, startDate: '2003-09-15', endDate: '2004-03-31', estimatedCostPence: 600_000,
    status: 'not-started', progressNotes: [], milestones: [], order: 1, copiedFromActionId: null, ...overrides,
  };
}
