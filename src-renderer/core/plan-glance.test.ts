import { describe, expect, it } from 'vitest';
import { dueWithin, overdueActions, statusCountsByPriority } from './plan-glance';
import { action, objective, priority } from './plan-test-data';

describe('the plan at a glance', () => {
  const actions = [
    action('a1', 'o1', 'Moderation', { endDate: '2004-03-10', status: 'on-track' }),
    action('a2', 'o1', 'Research', { endDate: '2004-03-31', status: 'complete' }),
    action('a3', 'o2', 'Coaching', { endDate: '2004-06-30', milestones: [{ id: 'm', date: '2004-03-25', description: 'Review', done: false }, { id: 'n', date: '2004-03-26', description: 'Done one', done: true }] }),
    action('a4', 'o2', 'CPD days', { endDate: '2004-03-19', status: 'at-risk' }),
  ];

  it('counts statuses per priority', () => {
    const counts = statusCountsByPriority([priority('p2', 'Leadership', 2), priority('p1', 'Writing')], [objective('o1', 'p1', 'x'), objective('o2', 'p2', 'y')], actions);
    expect(counts.map((c) => [c.title, c.total, c.counts['on-track'], c.counts.complete, c.counts['not-started'], c.counts['at-risk']])).toEqual([
      ['Writing', 2, 1, 1, 0, 0],
      ['Leadership', 2, 0, 0, 1, 1],
    ]);
  });

  it('lists end dates and open milestones in the next 14 days, skipping complete actions', () => {
    expect(dueWithin(actions, '2004-03-15').map((d) => [d.kind, d.actionTitle, d.date])).toEqual([
      ['action-end', 'CPD days', '2004-03-19'],
      ['milestone', 'Coaching', '2004-03-25'],
    ]);
  });

  it('lists unfinished actions past their end date', () => {
    expect(overdueActions(actions, '2004-03-15').map((a) => a.title)).toEqual(['Moderation']);
    expect(overdueActions(actions, '2004-03-10')).toEqual([]);
  });
});
