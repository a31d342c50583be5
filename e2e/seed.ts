import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { Action, BaseRecord, BudgetLine, ChangeLogEntry, LedgerEntry, Measure, Objective, Person, Plan, PlanVersion, Priority, ProgressUpdate, Result, School, Triad } from '../src-renderer/core/model';
import type { TableName } from '../src-renderer/db/schema';

/**
 * Seeds records straight into the app's IndexedDB, for tests whose subject is not data entry
 * itself (a budget test needs a triad and a plan, not to type one in). Open the app first so the
 * database exists, seed, then reload.
 */
export async function seedRecords(page: Page, records: Partial<Record<TableName, object[]>>): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('triad-planner');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tables = Object.keys(data);
          const tx = database.transaction(tables, 'readwrite');
          for (const table of tables) for (const record of data[table]!) tx.objectStore(table).put(record);
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records as Record<string, object[]>,
  );
}

const at = '2003-09-01T09:00:00.000Z';
function base(): BaseRecord {
  return { id: randomUUID(), createdAt: at, updatedAt: at };
}

export interface StandardTriad {
  triad: Triad;
  schools: { coordinating: School; partnerA: School; partnerB: School };
  people: Person[];
  plan: Plan;
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
}

function school(triadId: string, role: School['role'], name: string, urn: string, dfeNumber: string): School {
  return {
    ...base(), triadId, role, name, urn, dfeNumber, phase: 'Primary', address: '', postcode: '',
    headTeacher: '', linkTeacher: '', chairOfGovernors: '', email: '', phone: '', interventionCategory: 'none',
  };
}

/** A triad of three real Sandwell schools with a year-1 (2003/04) draft plan of two priorities and four actions. */
export function standardTriad(): StandardTriad {
  const triad: Triad = {
    ...base(),
    name: 'Black Country Triad',
    localAuthority: 'Sandwell',
    cohort: 'Cohort 1, started 2003/04',
    firstYear: 2003,
    programmeYears: 3,
    annualAllocationPence: 5_000_000,
    focus: 'Assessment for learning in writing',
    baselineYear: 2003,
    headlineMeasureId: null,
    improvementThreshold: 15,
    thresholdKind: 'percentage-points',
  };
  const coordinating = school(triad.id, 'coordinating', 'Hargate Primary School', '103905', '333/2041');
  const partnerA = school(triad.id, 'partner', 'Hamstead Junior School', '103895', '333/2015');
  const partnerB = school(triad.id, 'partner', 'Hamstead Infant School', '103896', '333/2016');
  const person = (schoolId: string | null, name: string, role: string): Person => ({
    ...base(), triadId: triad.id, schoolId, organisation: schoolId ? 'school' : 'lea', name, role,
    leaRole: schoolId ? null : 'link-adviser', email: '', phone: '',
  });
  const people = [
    person(coordinating.id, 'Ann Patel', 'Headteacher'),
    person(partnerA.id, 'Ben Okafor', 'Headteacher'),
    person(partnerB.id, 'Cara Lewis', 'Headteacher'),
    person(null, 'Dan Hughes', 'Link adviser'),
  ];
  const plan: Plan = { ...base(), triadId: triad.id, year: 2003, title: 'Triad Improvement Plan 2003/04', status: 'draft', currentVersion: 0 };
  const priorities: Priority[] = [
    { ...base(), planId: plan.id, title: 'Raise attainment in writing', description: 'Boys’ writing at KS2.', order: 1 },
    { ...base(), planId: plan.id, title: 'Develop leadership capacity', description: 'Middle leaders across the triad.', order: 2 },
  ];
  const objectives: Objective[] = [
    {
      ...base(), planId: plan.id, priorityId: priorities[0]!.id, title: 'More pupils reach level 4 in English', order: 1,
      successCriteria: [{ kind: 'qualitative', description: 'KS2 English level 4+ from 63% to 70% by July 2005' }],
    },
    {
      ...base(), planId: plan.id, priorityId: priorities[1]!.id, title: 'Middle leaders lead triad CPD', order: 1,
      successCriteria: [{ kind: 'qualitative', description: 'Every middle leader leads one triad CPD session' }],
    },
  ];
  const action = (objective: Objective, order: number, title: string, lead: School, start: string, end: string, costPence: number): Action => ({
    ...base(), planId: plan.id, objectiveId: objective.id, title, leadSchoolId: lead.id,
    schoolIds: [coordinating.id, partnerA.id, partnerB.id], owner: 'Ann Patel', focusGroupId: null,
    startDate: start, endDate: end, estimatedCostPence: costPence, status: 'not-started', progressNotes: [],
    milestones: [], order, copiedFromActionId: null,
  });
  const actions = [
    action(objectives[0]!, 1, 'Writing moderation across the three schools', coordinating, '2003-09-15', '2004-03-31', 600_000),
    action(objectives[0]!, 2, 'Boys’ writing action research with the university', partnerA, '2003-10-01', '2004-07-16', 1_200_000),
    action(objectives[1]!, 1, 'Middle leaders’ coaching programme', partnerB, '2003-11-01', '2004-06-30', 800_000),
    action(objectives[1]!, 2, 'Joint CPD days for all staff', coordinating, '2004-01-05', '2004-07-20', 1_500_000),
  ];
  return { triad, schools: { coordinating, partnerA, partnerB }, people, plan, priorities, objectives, actions };
}

/** Seeds the standard triad and its draft plan; returns the records so tests can refer to them. */
export async function seedStandardTriad(page: Page): Promise<StandardTriad> {
  const data = standardTriad();
  await seedRecords(page, {
    triads: [data.triad],
    schools: Object.values(data.schools),
    people: data.people,
    plans: [data.plan],
    priorities: data.priorities,
    objectives: data.objectives,
    actions: data.actions,
  });
  return data;
}

/** Pads a name with real-looking words to exactly `length` characters (long voluntary-aided names). */
function nameOfLength(start: string, length: number): string {
  const words = ['and', 'St', 'Łukasz', 'with', 'Ynysŵen', 'Nursery', 'Unit', 'Church', 'of', 'England', 'Voluntary', 'Aided', 'Ștefan'];
  let name = start;
  for (let i = 0; name.length < length; i++) name += ` ${words[i % words.length]}`;
  return name.slice(0, length).trimEnd().padEnd(length, 'e');
}

export interface AdversarialTriad extends StandardTriad {
  /** Plans by academic year: 2003 agreed then amended, 2004 a draft, 2005 agreed with no changes. */
  plans: { amended: Plan; draft: Plan; agreed: Plan };
  longSchoolName: string;
  longLineName: string;
  /** Measures with results for 2003–2006, and one with no results at all. */
  measures: Measure[];
  emptyMeasure: Measure;
}

/**
 * The standard triad made as awkward as a real one gets: a 120-character school name, a long
 * budget-line name, 40 actions a year over three plans (one amended after agreement, one a draft),
 * results for 4 measures × 4 years, an empty measure, and commitments part paid, paid and cancelled.
 */
export function adversarialTriad(): AdversarialTriad & { records: Partial<Record<TableName, object[]>> } {
  const std = standardTriad();
  const { triad } = std;
  const longSchoolName = nameOfLength('The Church of England Voluntary Aided Primary School of St Mary Magdalene', 120);
  const coordinating: School = { ...std.schools.coordinating, name: longSchoolName, chairOfGovernors: 'Łucja Wiśniewska' };
  const partnerA: School = { ...std.schools.partnerA, chairOfGovernors: 'Gwenllian ap Rhys' };
  const partnerB: School = { ...std.schools.partnerB, chairOfGovernors: 'Ștefan Popescu' };
  const schools = [coordinating, partnerA, partnerB];
  const people = std.people;
  const plan = (year: number, status: Plan['status'], currentVersion: number): Plan => ({
    ...base(), triadId: triad.id, year, title: `Triad Improvement Plan ${year}/${String((year + 1) % 100).padStart(2, '0')}`, status, currentVersion,
  });
  const amended = plan(2003, 'agreed', 1);
  const draft = plan(2004, 'draft', 0);
  const agreed = plan(2005, 'agreed', 2);
  const measure = (name: string, order: number): Measure => ({
    ...base(), triadId: triad.id, name, unit: 'percent', higherIsBetter: true, sourceColumn: '', derivedFrom: null, order,
  });
  const measures = [measure('KS2 English level 4+', 1), measure('KS2 mathematics level 4+', 2), measure('KS2 science level 4+', 3), measure('KS2 English and mathematics level 4+', 4)];
  const emptyMeasure = measure('KS2 writing level 5+', 5);
  const results: Result[] = [];
  schools.forEach((school, si) =>
    measures.forEach((m, mi) =>
      [2003, 2004, 2005, 2006].forEach((year, yi) =>
        results.push({
          ...base(), triadId: triad.id, schoolId: school.id, measureId: m.id, year, value: 55 + si * 6 + mi * 2 + yi * (3 - si) + (si === 2 && yi === 1 ? -4 : 0),
          source: 'manual', note: '',
        }),
      ),
    ),
  );
  const priorities: Priority[] = [];
  const objectives: Objective[] = [];
  const actions: Action[] = [];
  const progressUpdates: ProgressUpdate[] = [];
  const statuses: Action['status'][] = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete'];
  for (const p of [amended, draft, agreed]) {
    const pri = [
      { ...base(), planId: p.id, title: 'Raise attainment in writing, especially boys’ extended writing at the end of Key Stage 2', description: 'Boys’ writing at KS2.', order: 1 },
      { ...base(), planId: p.id, title: 'Develop leadership capacity', description: 'Middle leaders across the triad.', order: 2 },
    ];
    const obj: Objective[] = [
      {
        ...base(), planId: p.id, priorityId: pri[0]!.id, title: 'More pupils reach level 4 in English', order: 1,
        successCriteria: [
          { kind: 'measure', measureId: measures[0]!.id, schoolId: null, from: 63, to: 70, byDate: `${p.year + 1}-07-31`, description: '' },
          { kind: 'qualitative', description: 'Moderated writing samples show secure level 4 for two thirds of boys' },
        ],
      },
      { ...base(), planId: p.id, priorityId: pri[0]!.id, title: 'Teachers plan writing together', order: 2, successCriteria: [] },
      {
        ...base(), planId: p.id, priorityId: pri[1]!.id, title: 'Middle leaders lead triad CPD', order: 1,
        successCriteria: [{ kind: 'qualitative', description: 'Every middle leader leads one triad CPD session' }],
      },
    ];
    priorities.push(...pri);
    objectives.push(...obj);
    for (let i = 0; i < 40; i++) {
      const o = obj[i % 3]!;
      actions.push({
        ...base(), planId: p.id, objectiveId: o.id,
        title: i === 0 ? 'Writing moderation across the three schools, with the LEA’s literacy consultant and the university’s research fellow' : `Peer observation round ${String(i + 1).padStart(2, '0')} with written feedback for each teacher`,
        leadSchoolId: schools[i % 3]!.id, schoolIds: schools.map((s) => s.id), owner: 'Ann Patel', focusGroupId: null,
        startDate: `${p.year}-09-15`, endDate: `${p.year + 1}-07-16`, estimatedCostPence: 25_000 + i * 1_000, status: statuses[i % 5]!,
        progressNotes: [],
        milestones: i % 3 === 0 ? [{ id: randomUUID(), date: `${p.year + 1}-03-31`, description: 'Findings shared at the heads’ meeting', done: false }] : [],
        order: i + 1, copiedFromActionId: null,
      });
      // Progress is monitoring, kept as progress updates of its own (schema v2).
      if (i % 2 === 0) {
        progressUpdates.push({
          ...base(), triadId: triad.id, planId: p.id, actionId: actions.at(-1)!.id, schoolId: null, date: `${p.year}-12-01`, status: statuses[i % 5]!,
          note: `Term 1: ${i % 4 === 0 ? 'two of three schools have started; Ynysŵen unit joins in January.' : 'on schedule.'}`, nextSteps: '', evidenceFileIds: [],
        });
      }
    }
  }
  const version = (p: Plan, n: number, agreedOn: string): PlanVersion => ({
    ...base(), createdAt: `${agreedOn}T16:00:00.000Z`, planId: p.id, version: n, name: `Agreed at the heads’ meeting`, agreedOn, agreedBy: 'The triad heads',
    snapshot: { plan: p, priorities: [], objectives: [], actions: [] },
  });
  const planVersions = [version(amended, 1, '2003-10-01'), version(agreed, 1, '2005-09-20'), version(agreed, 2, '2005-10-04')];
  const change = (at: string, summary: string, reason: string): ChangeLogEntry => ({
    ...base(), triadId: triad.id, planId: amended.id, at, entity: 'actions', entityId: actions[1]!.id, change: 'update', summary, reason, before: null, after: null,
  });
  const changeLog = [
    change('2003-11-12T10:00:00.000Z', 'Changed the end date of “Peer observation round 02”', 'Supply cover not available in the spring term'),
    change('2004-01-20T10:00:00.000Z', 'Changed the cost of “Peer observation round 02”', 'University fees rose'),
    change('2004-02-03T10:00:00.000Z', 'Added an action', 'Agreed at the heads’ meeting'),
  ];
  const longLineName = 'Supply cover for teachers released to lead triad-wide continuing professional development and joint moderation of writing';
  const line: BudgetLine = { ...base(), triadId: triad.id, name: longLineName, order: 1, archived: false };
  const resources: BudgetLine = { ...base(), triadId: triad.id, name: 'Resources', order: 2, archived: false };
  const entry = (over: Partial<LedgerEntry>): LedgerEntry => ({
    ...base(), triadId: triad.id, year: 2004, kind: 'payment', date: '2004-10-20', payee: 'Sandwell supply agency', description: 'Cover', amountPence: 100_000,
    budgetLineId: line.id, actionId: null, schoolId: null, reference: '', status: 'paid', commitmentId: null, evidenceFileId: null, overrideReason: '', ...over,
  });
  const partPaid = entry({ kind: 'commitment', status: 'open', date: '2004-09-20', payee: 'University of Wolverhampton', description: 'Research fellow, 10 days', amountPence: 300_000, actionId: actions[40]!.id });
  const fullyPaid = entry({ kind: 'commitment', status: 'paid', date: '2004-09-25', payee: 'Łódź Books Ltd', description: 'Class readers', amountPence: 50_000, budgetLineId: resources.id, schoolId: partnerA.id });
  const ledgerEntries = [
    partPaid,
    entry({ date: '2004-11-15', payee: 'University of Wolverhampton', description: 'First five days', amountPence: 150_000, commitmentId: partPaid.id, actionId: actions[40]!.id }),
    fullyPaid,
    entry({ date: '2004-10-02', payee: 'Łódź Books Ltd', description: 'Class readers', amountPence: 50_000, budgetLineId: resources.id, schoolId: partnerA.id, commitmentId: fullyPaid.id }),
    entry({ date: '2004-12-01', amountPence: 123_450, schoolId: coordinating.id }),
    entry({ date: '2005-02-10', amountPence: 80_000, status: 'cancelled', description: 'Cover (invoice withdrawn)' }),
    entry({ kind: 'commitment', status: 'open', date: '2005-03-01', payee: 'Dudley Conference Centre', description: 'Summer conference', amountPence: 450_000 }),
    entry({ year: 2003, date: '2003-11-20', amountPence: 123_450 }),
  ];
  // A name beyond basic Latin, so the running header needs the bundled font's Latin Extended subset too.
  const updatedTriad: Triad = { ...triad, name: 'Black Country and Ynysŵen Triad', headlineMeasureId: measures[0]!.id };
  const records: Partial<Record<TableName, object[]>> = {
    triads: [updatedTriad], schools, people, plans: [amended, draft, agreed], planVersions, priorities, objectives, actions, progressUpdates, changeLog,
    measures: [...measures, emptyMeasure], results, budgetLines: [line, resources], ledgerEntries,
  };
  return {
    ...std, triad: updatedTriad, schools: { coordinating, partnerA, partnerB }, people, plan: amended, priorities, objectives, actions,
    plans: { amended, draft, agreed }, longSchoolName, longLineName, measures, emptyMeasure, records,
  };
}
