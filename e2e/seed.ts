import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type { Action, BaseRecord, Objective, Person, Plan, Priority, School, Triad } from '../src-renderer/core/model';
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
