import { describe, expect, it } from 'vitest';
import type { Plan, PlanVersion, School, Triad } from './model';
import { buildPlanDocument, yearsInScope, type PlanDocumentData } from './plan-document';
import { action, objective, priority } from './plan-test-data';

const at = '2003-09-01T09:00:00.000Z';
const triad: Triad = {
  id: 't', createdAt: at, updatedAt: at, name: 'Black Country Triad', localAuthority: 'Sandwell', cohort: 'Cohort 1', firstYear: 2003, programmeYears: 3,
  annualAllocationPence: 5_000_000, focus: 'Writing', baselineYear: 2003, headlineMeasureId: null, improvementThreshold: 15, thresholdKind: 'percentage-points',
};
const school = (id: string, name: string, role: School['role'], chairOfGovernors = ''): School => ({
  id, createdAt: at, updatedAt: at, triadId: 't', role, name, urn: '1', dfeNumber: '333/1', phase: 'Primary', address: '', postcode: '', headTeacher: '',
  linkTeacher: '', chairOfGovernors, email: '', phone: '', interventionCategory: 'none',
});
const plan: Plan = { id: 'plan-1', createdAt: at, updatedAt: at, triadId: 't', year: 2003, title: 'Triad Improvement Plan 2003/04', status: 'agreed', currentVersion: 2 };
const version = (n: number, agreedOn: string): PlanVersion => ({
  id: `v${n}`, createdAt: at, updatedAt: at, planId: 'plan-1', version: n, name: `Version ${n}`, agreedOn, agreedBy: 'the three heads',
  snapshot: { plan, priorities: [], objectives: [], actions: [] },
});

function data(): PlanDocumentData {
  return {
    triad,
    schools: [school('s2', 'Hamstead Junior School', 'partner'), school('s1', 'Hargate Primary School', 'coordinating', 'Eve Green')],
    people: [{ id: 'p1', createdAt: at, updatedAt: at, triadId: 't', schoolId: 's1', organisation: 'school', name: 'Ann Patel', role: 'Headteacher', leaRole: null, email: '', phone: '' }],
    plans: [plan],
    planVersions: [version(1, '2003-09-20'), version(2, '2004-01-10')],
    priorities: [priority('p-b', 'Leadership', 2), priority('p-a', 'Writing', 1)],
    objectives: [objective('o-a2', 'p-a', 'Second objective', 2), objective('o-a1', 'p-a', 'First objective', 1), objective('o-b1', 'p-b', 'Leaders lead CPD', 1)],
    actions: [
      action('a2', 'o-a1', 'Second action', { order: 2, estimatedCostPence: 1_200_000, leadSchoolId: 's2' }),
      action('a1', 'o-a1', 'First action', { order: 1, status: 'at-risk' }),
      action('a3', 'o-b1', 'Coaching', { order: 1, leadSchoolId: null }),
    ],
    changeLog: [],
    measures: [],
    impactLog: [],
    membershipCriteria: [],
    memberships: [],
  };
}

describe('buildPlanDocument', () => {
  it('numbers priorities, objectives and actions in order and totals the costs', () => {
    const doc = buildPlanDocument(data(), 2003);
    const [year] = doc.years;
    expect(year!.priorities.map((p) => `${p.ref} ${p.title}`)).toEqual(['1 Writing', '2 Leadership']);
    expect(year!.priorities[0]!.objectives.map((o) => `${o.ref} ${o.title}`)).toEqual(['1.1 First objective', '1.2 Second objective']);
    expect(year!.actions.map((a) => [a.ref, a.title, a.lead, a.start, a.status])).toEqual([
      ['1.1.1', 'First action', 'Hargate Primary School', '15/09/2003', 'At risk'],
      ['1.1.2', 'Second action', 'Hamstead Junior School', '15/09/2003', 'Not started'],
      ['2.1.1', 'Coaching', 'Whole triad', '15/09/2003', 'Not started'],
    ]);
    expect(year!.totalCostPence).toBe(2_400_000);
    expect(year!.priorities[0]!.objectives[0]!.criteria).toEqual(['Staff say it helped']);
  });

  it('gives the plan’s latest agreed version on the cover and the co-ordinating school first', () => {
    const doc = buildPlanDocument(data(), 2003);
    expect(doc.period).toBe('2003/04');
    expect(doc.years[0]!.version).toBe('Version 2, agreed on 10/01/2004 by the three heads');
    expect(doc.schools.map((s) => s.name)).toEqual(['Hargate Primary School', 'Hamstead Junior School']);
  });

  it('covers every programme year for the whole programme, saying where no plan exists yet', () => {
    const doc = buildPlanDocument(data(), 'all');
    expect(doc.period).toBe('2003/04 to 2005/06');
    expect(doc.years.map((y) => [y.label, y.version])).toEqual([
      ['Year 1 (2003/04)', 'Version 2, agreed on 10/01/2004 by the three heads'],
      ['Year 2 (2004/05)', 'Not started'],
      ['Year 3 (2005/06)', 'Not started'],
    ]);
    expect(yearsInScope(triad, 2005)).toEqual([2005]);
    expect(yearsInScope(triad, 2010)).toEqual([]);
  });

  it('lists who signs: each head, every school’s chair of governors, and the LEA link adviser only where one is recorded', () => {
    const doc = buildPlanDocument(data(), 2003);
    expect(doc.signOff).toEqual([
      { name: 'Ann Patel', role: 'Headteacher, Hargate Primary School (co-ordinating school)' },
      { name: '', role: 'Headteacher, Hamstead Junior School' },
      { name: 'Eve Green', role: 'Chair of governors, Hargate Primary School' },
      { name: '', role: 'Chair of governors, Hamstead Junior School' },
    ]);
    const withAdviser = data();
    withAdviser.people.push({ ...withAdviser.people[0]!, id: 'p2', schoolId: null, organisation: 'lea', name: 'Dan Hughes', role: 'Link adviser', leaRole: 'link-adviser' });
    expect(buildPlanDocument(withAdviser, 2003).signOff.at(-1)).toEqual({ name: 'Dan Hughes', role: 'LEA link adviser, Sandwell' });
  });

  it('says where each plan stands: agreed with changes since, or a draft, which is not signed as agreed', () => {
    const amended = data();
    amended.changeLog.push({
      id: 'c1', createdAt: at, updatedAt: at, triadId: 't', planId: 'plan-1', at: '2004-02-01T10:00:00.000Z', entity: 'actions', entityId: 'a1',
      change: 'update', summary: 'Changed a date', reason: 'Cover', before: null, after: null,
    });
    const doc = buildPlanDocument(amended, 2003);
    expect(doc.stateLine).toBe('Agreed version 2, with 1 change since (listed in the amendment history)');
    expect(doc.hasDraft).toBe(false);
    const draft = { ...data(), plans: [{ ...plan, status: 'draft' as const, currentVersion: 0 }], planVersions: [] };
    expect(buildPlanDocument(draft, 2003).stateLine).toBe('DRAFT — not yet agreed');
    expect(buildPlanDocument(draft, 2003).hasDraft).toBe(true);
    expect(buildPlanDocument(draft, 'all').stateLine).toBe('2003/04: DRAFT; 2004/05: no plan yet; 2005/06: no plan yet');
  });

  it('gives an action’s latest progress note and next milestone, and a target’s latest figure up to the plan’s own year', () => {
    const withProgress = data();
    withProgress.actions[1] = {
      ...withProgress.actions[1]!,
      progressNotes: [
        { date: '2003-10-01', status: 'on-track', note: 'Started' },
        { date: '2003-12-01', status: 'at-risk', note: 'Cover short' },
      ],
      milestones: [{ id: 'm1', date: '2004-03-31', description: 'Findings shared', done: false }],
    };
    withProgress.measures = [{ id: 'm', createdAt: at, updatedAt: at, triadId: 't', name: 'KS2 English level 4+', unit: 'percent', higherIsBetter: true, sourceColumn: '', derivedFrom: null, order: 1 }];
    withProgress.objectives[1] = { ...withProgress.objectives[1]!, successCriteria: [{ kind: 'measure', measureId: 'm', schoolId: 's1', from: 60, to: 70, byDate: '2004-07-31', description: '' }] };
    const result = (year: number, value: number) => ({ id: `r${year}`, createdAt: at, updatedAt: at, triadId: 't', schoolId: 's1', measureId: 'm', year, value, source: 'manual' as const, note: '' });
    withProgress.results = [result(2003, 60), result(2004, 72), result(2005, 50)];
    const [year] = buildPlanDocument(withProgress, 2003).years;
    const first = year!.priorities[0]!.objectives[0]!;
    expect(first.actions[0]).toMatchObject({ latestNote: '01/12/2003 (At risk): Cover short', milestone: 'Findings shared, by 31/03/2004' });
    // The 2003/04 plan is judged on 2004's results, never 2005's.
    expect(first.progress[0]).toEqual({ latest: 'Latest: 72% (2004 results)', met: true });
  });
});
