import { describe, expect, it } from 'vitest';
import { planCopyForward } from './plan-copy';
import { addYears } from './plan-words';
import { action, objective, priority } from './plan-test-data';

let counter = 0;
const options = { fromYear: 2003, targetPlanId: 'plan-2', newId: () => `new-${++counter}`, now: '2004-07-20T10:00:00.000Z', today: '2004-07-20' };

const source = {
  priorities: [priority('p1', 'Writing'), priority('p2', 'Leadership', 2)],
  objectives: [objective('o1', 'p1', 'Level 4 English'), objective('o2', 'p2', 'Leaders lead CPD')],
  actions: [
    action('a1', 'o1', 'Moderation', { status: 'complete' }),
    action('a2', 'o1', 'Action research', { status: 'at-risk', startDate: '2003-10-01', endDate: '2004-07-16', milestones: [{ id: 'm1', date: '2004-02-29', description: 'Interim report', done: true }] }),
    action('a3', 'o2', 'Coaching', { status: 'on-track' }),
  ],
};

describe('copying unfinished actions into the next year', () => {
  it('copies only unfinished actions, with the priorities and objectives they hang from, a year later', () => {
    const copy = planCopyForward(source, { priorities: [], objectives: [], actions: [] }, options);
    expect(copy.actions.map((a) => [a.title, a.copiedFromActionId, a.startDate, a.endDate, a.planId])).toEqual([
      ['Action research', 'a2', '2004-10-01', '2005-07-16', 'plan-2'],
      ['Coaching', 'a3', '2004-09-15', '2005-03-31', 'plan-2'],
    ]);
    expect(copy.priorities.map((p) => [p.title, p.copiedFromId, p.planId])).toEqual([
      ['Writing', 'p1', 'plan-2'],
      ['Leadership', 'p2', 'plan-2'],
    ]);
    expect(copy.objectives.map((o) => o.priorityId)).toEqual(copy.priorities.map((p) => p.id));
    expect(copy.actions[0]!.objectiveId).toBe(copy.objectives[0]!.id);
    expect(copy.actions[0]!.milestones).toEqual([{ id: expect.stringMatching(/^new-/), date: '2005-02-28', description: 'Interim report', done: false }]);
    expect(copy.actions[0]!.progressNotes).toEqual([]);
  });

  it('keeps the plan’s order: priority, objective, action', () => {
    const copy = planCopyForward(
      {
        priorities: source.priorities,
        objectives: source.objectives,
        actions: [action('b1', 'o2', 'Coaching', { order: 1 }), action('b2', 'o1', 'Research', { order: 2 }), action('b3', 'o1', 'Moderation', { order: 1 })],
      },
      { priorities: [], objectives: [], actions: [] },
      options,
    );
    expect(copy.priorities.map((p) => [p.title, p.order])).toEqual([['Writing', 1], ['Leadership', 2]]);
    expect(copy.actions.map((a) => [a.title, a.order])).toEqual([['Moderation', 1], ['Research', 2], ['Coaching', 1]]);
  });

  it('copies nothing twice', () => {
    const first = planCopyForward(source, { priorities: [], objectives: [], actions: [] }, options);
    const second = planCopyForward(source, first, options);
    expect(second).toEqual({ priorities: [], objectives: [], actions: [], alreadyCopied: 2 });
  });

  it('reuses a priority of the same name already in next year’s plan', () => {
    const existing = priority('x1', 'writing ', 1, 'plan-2');
    const copy = planCopyForward(source, { priorities: [existing], objectives: [], actions: [] }, options);
    expect(copy.priorities.map((p) => p.title)).toEqual(['Leadership']);
    expect(copy.objectives[0]!.priorityId).toBe('x1');
  });

  it('moves dates on a year, keeping 29 February sensible', () => {
    expect(addYears('2003-09-01', 1)).toBe('2004-09-01');
    expect(addYears('2004-02-29', 1)).toBe('2005-02-28');
    expect(addYears('2003-02-28', 1)).toBe('2004-02-28');
  });
});
