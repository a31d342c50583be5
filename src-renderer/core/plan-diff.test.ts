import { describe, expect, it } from 'vitest';
import { diffPlans, summariseDifference, type DiffNames, type PlanContent } from './plan-diff';
import { action, objective, priority } from './plan-test-data';

const names: DiffNames = {
  schools: [
    { id: 's1', name: 'Hargate Primary School' },
    { id: 's2', name: 'Hamstead Junior School' },
    { id: 's3', name: 'Hamstead Infant School' },
  ],
  measures: [{ id: 'm1', name: 'KS2 English level 4+', unit: 'percent' }],
  focusGroups: [{ id: 'g1', name: 'CPD group' }],
};

function base(): PlanContent {
  return {
    plan: { title: 'Triad Improvement Plan 2003/04' },
    priorities: [priority('p1', 'Raise attainment in writing'), priority('p2', 'Develop leadership', 2)],
    objectives: [objective('o1', 'p1', 'More pupils reach level 4'), objective('o2', 'p2', 'Middle leaders lead CPD')],
    actions: [action('a1', 'o1', 'Writing moderation'), action('a2', 'o2', 'Coaching programme', { order: 1 })],
  };
}

describe('comparing two versions of a plan', () => {
  it('finds nothing between identical plans', () => {
    expect(diffPlans(base(), base(), names)).toEqual([]);
  });

  it('lists an added item with its fields in words', () => {
    const after = base();
    after.actions.push(action('a3', 'o1', 'Joint CPD days', { estimatedCostPence: 1_500_000, startDate: '2004-01-05', endDate: '2004-07-20', focusGroupId: 'g1', order: 2 }));
    const [added] = diffPlans(base(), after, names);
    expect(added).toMatchObject({ kind: 'action', change: 'added', id: 'a3', title: 'Joint CPD days' });
    expect(added!.fields).toEqual(
      expect.arrayContaining([
        { field: 'Estimated cost', before: '', after: '£15,000.00' },
        { field: 'Start date', before: '', after: '05/01/2004' },
        { field: 'Focus group', before: '', after: 'CPD group' },
        { field: 'Objective', before: '', after: 'More pupils reach level 4' },
      ]),
    );
    expect(summariseDifference(added!)).toBe('Action “Joint CPD days” added');
  });

  it('lists removed priorities, objectives and actions', () => {
    const after = base();
    after.priorities = after.priorities.filter((p) => p.id !== 'p2');
    after.objectives = after.objectives.filter((o) => o.id !== 'o2');
    after.actions = after.actions.filter((a) => a.id !== 'a2');
    const differences = diffPlans(base(), after, names);
    expect(differences.map((d) => [d.kind, d.change, d.title])).toEqual([
      ['priority', 'removed', 'Develop leadership'],
      ['objective', 'removed', 'Middle leaders lead CPD'],
      ['action', 'removed', 'Coaching programme'],
    ]);
    expect(differences[2]!.fields).toContainEqual({ field: 'Lead school', before: 'Hargate Primary School', after: '' });
  });

  it('gives every changed action field as before → after in words', () => {
    const after = base();
    after.actions[0] = action('a1', 'o2', 'Writing moderation with the LEA', {
      leadSchoolId: 's2',
      schoolIds: ['s1', 's2', 's3'],
      owner: 'Ben Okafor',
      focusGroupId: 'g1',
      startDate: '2003-10-01',
      endDate: '2004-04-30',
      estimatedCostPence: 750_050,
      status: 'at-risk',
      progressNotes: [{ date: '2004-02-10', status: 'at-risk', note: 'Supply cover short' }],
      milestones: [{ id: 'm', date: '2003-12-01', description: 'First moderation', done: true }],
    });
    const [changed] = diffPlans(base(), after, names);
    expect(changed).toMatchObject({ kind: 'action', change: 'changed', title: 'Writing moderation with the LEA' });
    expect(changed!.fields).toEqual([
      { field: 'What will be done', before: 'Writing moderation', after: 'Writing moderation with the LEA' },
      { field: 'Objective', before: 'More pupils reach level 4', after: 'Middle leaders lead CPD' },
      { field: 'Lead school', before: 'Hargate Primary School', after: 'Hamstead Junior School' },
      { field: 'Schools involved', before: 'Hamstead Junior School, Hargate Primary School', after: 'Hamstead Infant School, Hamstead Junior School, Hargate Primary School' },
      { field: 'Owner', before: 'Ann Patel', after: 'Ben Okafor' },
      { field: 'Focus group', before: '(none)', after: 'CPD group' },
      { field: 'Start date', before: '15/09/2003', after: '01/10/2003' },
      { field: 'End date', before: '31/03/2004', after: '30/04/2004' },
      { field: 'Estimated cost', before: '£6,000.00', after: '£7,500.50' },
      { field: 'Milestones', before: '(none)', after: '01/12/2003 First moderation (done)' },
    ]);
  });

  it('gives changed priority and objective fields, including success criteria and moves', () => {
    const after = base();
    after.priorities[0] = { ...priority('p1', 'Raise attainment in writing', 3), description: 'Boys’ writing' };
    after.objectives[0] = {
      ...objective('o1', 'p2', 'More pupils reach level 4'),
      successCriteria: [{ kind: 'measure', measureId: 'm1', schoolId: 's2', from: 63, to: 70, byDate: '2005-07-31', description: '' }],
    };
    const differences = diffPlans(base(), after, names);
    expect(differences).toEqual([
      {
        kind: 'priority', change: 'changed', id: 'p1', title: 'Raise attainment in writing',
        fields: [
          { field: 'Description', before: '(none)', after: 'Boys’ writing' },
          { field: 'Position', before: '1', after: '3' },
        ],
      },
      {
        kind: 'objective', change: 'changed', id: 'o1', title: 'More pupils reach level 4',
        fields: [
          { field: 'Priority', before: 'Raise attainment in writing', after: 'Develop leadership' },
          { field: 'Success criteria', before: 'Staff say it helped', after: 'KS2 English level 4+ from 63% to 70% by 31/07/2005 (Hamstead Junior School)' },
        ],
      },
    ]);
    expect(summariseDifference(differences[0]!)).toBe('Priority “Raise attainment in writing” changed: Description (none) → Boys’ writing; Position 1 → 3');
  });

  it('notices a renamed plan', () => {
    const after = base();
    after.plan = { title: 'Revised plan 2003/04' };
    expect(diffPlans(base(), after, names)).toEqual([
      { kind: 'plan', change: 'changed', id: 'plan', title: 'Revised plan 2003/04', fields: [{ field: 'Title', before: 'Triad Improvement Plan 2003/04', after: 'Revised plan 2003/04' }] },
    ]);
  });
});
