/**
 * Makes the schema-v1 fixture files in e2e/data/fixtures/v1/ with the FIRST RELEASE's own database
 * code, on fake-indexeddb. Those files must never change afterwards: later versions of the app are
 * tested against them to prove a released copy's data survives every upgrade.
 *
 * This only ever ran at the first-release code (schema v1). Running it on later code would make
 * files in a newer schema, so it refuses unless the schema is v1, and writes nothing unless
 * WRITE_FIXTURES=1, and never overwrites a file:
 *
 *   WRITE_FIXTURES=1 npx vitest run --config scripts/v1-fixtures/vitest.config.ts
 *
 * Everything is deterministic: ids come from a seeded generator and the clock is fixed (moved
 * forward step by step along the triad's three years), so running it twice gives the same bytes.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseBackupFile } from '../../src-renderer/core/backup-format';
import { parseReturnFile } from '../../src-renderer/core/exchange-format';
import { bytesToBase64 } from '../../src-renderer/core/file-envelope';
import type { Action, LedgerEntry, Measure, School } from '../../src-renderer/core/model';
import type { ActionFields } from '../../src-renderer/core/plan-rules';
import type { SchoolFields } from '../../src-renderer/core/schools';
import { backupBytes, restoreSnapshot, restoreWithSafetyCopy } from '../../src-renderer/db/backup';
import {
  attachEvidence,
  deleteAllocation,
  ensureBudgetLines,
  markCommitmentPaid,
  saveAllocation,
  saveCarryForward,
  saveLedgerEntry,
  saveYearAllocation,
} from '../../src-renderer/db/budget';
import { DATABASE_NAME, TriadDatabase } from '../../src-renderer/db/database';
import { ensureDefaultMeasures, saveComparator, saveImpactSettings, saveLogEntry, saveResults } from '../../src-renderer/db/impact';
import { addCriterion, saveMembership } from '../../src-renderer/db/membership';
import { addMeeting, saveFocusGroup, savePartnership, savePerson } from '../../src-renderer/db/network';
import { agreePlan, copyUnfinishedActions, ensurePlan, saveAction, saveObjective, savePriority } from '../../src-renderer/db/plans';
import { applyReturnImport, buildReturn, planReturnImport, setThisCopysSchool } from '../../src-renderer/db/returns';
import { CURRENT_SCHEMA_VERSION, TABLE_NAMES } from '../../src-renderer/db/schema';
import { saveSchool } from '../../src-renderer/db/schools';
import { saveTriadDetails } from '../../src-renderer/db/triads';

const APP_VERSION = '0.1.0';
/** FIXTURES_OUT_DIR (ending in /) writes elsewhere, e.g. to check the output is reproducible. */
const OUT_DIR = process.env.FIXTURES_OUT_DIR ?? fileURLToPath(new URL('../../e2e/data/fixtures/v1/', import.meta.url));
const WRITE = process.env.WRITE_FIXTURES === '1';

// ---- Determinism: seeded ids and a fixed clock ----

/** mulberry32: a tiny seeded generator, so the "random" UUIDs are the same on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seededUuids(seed: number): () => `${string}-${string}-${string}-${string}-${string}` {
  const random = seededRandom(seed);
  return () => {
    const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
    bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4, like crypto.randomUUID
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

/** Sets the fixed clock (noon-ish UTC, so the local calendar date is the same in any UK-like zone). */
function clock(iso: string): void {
  vi.setSystemTime(new Date(iso));
}

// ---- Evidence file contents: small, fixed bytes ----

const TEXT_NOTE = new TextEncoder().encode('Year 6 writing observation, Hamstead Junior School.\nBoys planning stories with talk partners.\n');
/** A valid 1×1 PNG (67 bytes). */
const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const INVOICE_TEXT = new TextEncoder().encode('INVOICE UW-2004-117\nUniversity of Wolverhampton\nAction research accreditation, 2003/04: £2,400.00\n');

const file = (name: string, bytes: Uint8Array) => ({ name, size: bytes.byteLength, bytes });

// ---- The triad ----

function schoolFields(role: School['role'], name: string, urn: string, dfeNumber: string, head: string, link: string, chair: string, n: number, category: School['interventionCategory'] = 'none'): SchoolFields {
  return {
    role, name, urn, dfeNumber, phase: 'Primary', address: 'West Bromwich, Sandwell', postcode: '',
    headTeacher: head, linkTeacher: link, chairOfGovernors: chair,
    email: `head@school-${urn}.example.org.uk`, phone: `0121 496 0${String(n).padStart(3, '0')}`, interventionCategory: category,
  };
}

/** The fields of an existing action, for an edit (`saveAction` wants them all). */
function actionEdit(action: Action, changes: Partial<ActionFields>): ActionFields {
  return {
    objectiveId: action.objectiveId, title: action.title, leadSchoolId: action.leadSchoolId, schoolIds: action.schoolIds,
    owner: action.owner, focusGroupId: action.focusGroupId, startDate: action.startDate, endDate: action.endDate,
    estimatedCostPence: action.estimatedCostPence, status: action.status, milestones: action.milestones, progressNote: '',
    ...changes,
  };
}

interface Built {
  db: TriadDatabase;
  backup: Uint8Array;
  partnerReturn: Uint8Array;
  partnerSchool: School;
}

async function buildTriad(): Promise<Built> {
  const newId = seededUuids(20030901);
  vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(newId);
  vi.useFakeTimers({ toFake: ['Date'] });

  const db = new TriadDatabase(DATABASE_NAME);

  // Summer 2003: the triad is set up.
  clock('2003-07-14T10:00:00Z');
  const triad = await saveTriadDetails(db, null, {
    name: 'Black Country Triad', localAuthority: 'Sandwell', cohort: 'Cohort 1, started 2003/04', firstYear: 2003,
    programmeYears: 3, annualAllocationPence: 5_000_000, focus: 'Assessment for learning in writing',
  });
  const T = triad.id;
  const hargate = await saveSchool(db, T, null, schoolFields('coordinating', 'Hargate Primary School', '103905', '333/2041', 'Ann Patel', 'Priya Shah', 'Margaret Evans', 101));
  const hamJunior = await saveSchool(db, T, null, schoolFields('partner', 'Hamstead Junior School', '103895', '333/2015', 'Ben Okafor', 'Tom Reid', 'Sunil Gill', 102));
  const hamInfant = await saveSchool(db, T, null, schoolFields('partner', 'Hamstead Infant School', '103896', '333/2016', 'Cara Lewis', 'Jo Bennett', 'Hazel Price', 103, 'serious-weaknesses'));
  const allSchools = [hargate.id, hamJunior.id, hamInfant.id];

  const person = (schoolId: string | null, name: string, role: string, leaRole: 'link-adviser' | 'advanced-skills-teacher' | null = null) =>
    savePerson(db, T, null, {
      schoolId, organisation: schoolId ? 'school' : 'lea', name, role, leaRole,
      email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org.uk`, phone: '',
    });
  const ann = await person(hargate.id, 'Ann Patel', 'Headteacher');
  const ben = await person(hamJunior.id, 'Ben Okafor', 'Headteacher');
  const cara = await person(hamInfant.id, 'Cara Lewis', 'Headteacher');
  const priya = await person(hargate.id, 'Priya Shah', 'Literacy co-ordinator');
  const tom = await person(hamJunior.id, 'Tom Reid', 'Year 6 teacher');
  await person(null, 'Dan Hughes', 'Link adviser', 'link-adviser');
  await person(null, 'Fiona Walsh', 'Advanced skills teacher (English)', 'advanced-skills-teacher');
  await savePartnership(db, T, null, {
    name: 'University of Wolverhampton', kind: 'higher-education',
    provides: 'Accreditation of teachers’ action research (MA modules)', contact: 'Dr Ruth Kaur, School of Education',
  });

  const cCoord = await addCriterion(db, T, 'coordinating', 'Has led successful school-to-school support');
  const cCoord2 = await addCriterion(db, T, 'coordinating', 'Leadership judged good or better at the last inspection');
  const cPartner = await addCriterion(db, T, 'partner', 'Wants to raise attainment in writing at KS2');
  await saveMembership(db, T, hargate.id, {
    evidence: [
      { criterionId: cCoord.id, text: 'Supported two Sandwell schools out of special measures, 2000–2002.' },
      { criterionId: cCoord2.id, text: 'Ofsted 2002: leadership and management very good.' },
    ],
    agreedToJoinOn: '2003-06-30', agreedRole: 'coordinating', leaDecision: null, notes: '',
  });
  await saveMembership(db, T, hamJunior.id, {
    evidence: [{ criterionId: cPartner.id, text: 'KS2 English level 4+ 63% in 2003, below the LA average.' }],
    agreedToJoinOn: '2003-07-02', agreedRole: 'partner', leaDecision: null, notes: 'Keen to work on boys’ writing.',
  });
  await saveMembership(db, T, hamInfant.id, {
    evidence: [{ criterionId: cPartner.id, text: 'Writing the weakest area at KS1; feeds Hamstead Junior.' }],
    agreedToJoinOn: '2003-07-09', agreedRole: 'partner',
    leaDecision: { decidedOn: '2003-07-11', role: 'partner', reasons: 'The school asked to lead; the LEA judged it should first be a partner while in serious weaknesses.' },
    notes: '',
  });

  const writingGroup = await saveFocusGroup(db, T, null, {
    name: 'Writing focus group', mandate: 'Plan and evaluate the triad’s writing work and its CPD.', memberIds: [priya.id, tom.id, ann.id], ownsCpd: true,
  });
  const leadersGroup = await saveFocusGroup(db, T, null, {
    name: 'Heads’ steering group', mandate: 'Agree the plan and the budget; review progress each term.', memberIds: [ann.id, ben.id, cara.id], ownsCpd: false,
  });

  // Results and measures, before the plan (its success criteria name measures).
  const measures = await ensureDefaultMeasures(db, T);
  const [english, maths, science] = measures.filter((m) => !m.derivedFrom) as [Measure, Measure, Measure];
  await saveImpactSettings(db, T, { baselineYear: 2003, improvementThreshold: 10, thresholdKind: 'percentage-points' });
  const results: Record<string, Record<number, [number, number, number]>> = {
    // school → results year → [English, maths, science]
    [hargate.id]: { 2003: [84, 80, 90], 2004: [85, 82, 91], 2005: [88, 84, 92], 2006: [89, 86, 93] },
    [hamJunior.id]: { 2003: [63, 61, 78], 2004: [66, 64, 80], 2005: [72.5, 69, 83], 2006: [76, 71, 85] },
    [hamInfant.id]: { 2003: [58, 60, 74], 2004: [61, 62, 75], 2005: [67, 66, 79], 2006: [71, 70, 82] },
  };
  const resultEdits = (years: number[]) =>
    allSchools.flatMap((schoolId) =>
      years.flatMap((year) => [english, maths, science].map((m, i) => ({ schoolId, measureId: m.id, year, input: String(results[schoolId]![year]![i]) }))),
    );
  await saveResults(db, T, resultEdits([2003]));
  for (const scope of ['national', 'local-authority'] as const) {
    await saveComparator(db, T, { measureId: english.id, scope, year: 2003 }, scope === 'national' ? '75' : '70');
    await saveComparator(db, T, { measureId: maths.id, scope, year: 2003 }, scope === 'national' ? '73' : '68');
  }

  // ---- 2003/04 plan ----
  clock('2003-09-10T10:00:00Z');
  const plan03 = await ensurePlan(db, triad, 2003);
  const p1 = await savePriority(db, { planId: plan03.id, existingId: null, reason: '', fields: { title: 'Raise attainment in writing', description: 'Boys’ writing at KS2 across the three schools.' } });
  const p2 = await savePriority(db, { planId: plan03.id, existingId: null, reason: '', fields: { title: 'Develop leadership capacity', description: 'Middle leaders who lead learning across the triad.' } });
  const o1 = await saveObjective(db, {
    planId: plan03.id, existingId: null, reason: '',
    fields: {
      priorityId: p1.id, title: 'More pupils reach level 4 in English',
      successCriteria: [
        { kind: 'measure', measureId: english.id, schoolId: hamJunior.id, from: 63, to: 70, byDate: '2005-07-31', description: 'Hamstead Junior KS2 English level 4+ from 63% to 70%' },
        { kind: 'qualitative', description: 'Pupils talk confidently about how to improve their writing' },
      ],
    },
  });
  const o2 = await saveObjective(db, {
    planId: plan03.id, existingId: null, reason: '',
    fields: { priorityId: p2.id, title: 'Middle leaders lead triad CPD', successCriteria: [{ kind: 'qualitative', description: 'Every middle leader leads one triad CPD session' }] },
  });
  const action = (objectiveId: string, title: string, lead: School, startDate: string, endDate: string, estimatedCostPence: number, owner: string, focusGroupId: string | null = null) =>
    saveAction(db, {
      planId: plan03.id, existingId: null, reason: '',
      fields: {
        objectiveId, title, leadSchoolId: lead.id, schoolIds: allSchools, owner, focusGroupId, startDate, endDate, estimatedCostPence,
        status: 'not-started', progressNote: '',
        milestones: [{ id: crypto.randomUUID(), date: endDate, description: 'Evaluation written up for the steering group', done: false }],
      },
    });
  const a1 = await action(o1.id, 'Writing moderation across the three schools', hargate, '2003-09-15', '2004-03-31', 600_000, 'Priya Shah', writingGroup.id);
  const a2 = await action(o1.id, 'Boys’ writing action research with the university', hamJunior, '2003-10-01', '2004-07-16', 1_200_000, 'Tom Reid', writingGroup.id);
  const a3 = await action(o2.id, 'Middle leaders’ coaching programme', hamInfant, '2003-11-01', '2004-06-30', 800_000, 'Cara Lewis', leadersGroup.id);
  const a4 = await action(o2.id, 'Joint CPD days for all staff', hargate, '2004-01-05', '2004-07-20', 1_500_000, 'Ann Patel', writingGroup.id);

  clock('2003-10-01T16:00:00Z');
  await agreePlan(db, plan03.id, { name: 'Agreed by the steering group', agreedBy: 'Ann Patel, Ben Okafor, Cara Lewis', agreedOn: '2003-10-01' });

  // Budget for the three years.
  await ensureBudgetLines(db, T);
  const lines = await db.budgetLines.where('triadId').equals(T).sortBy('order');
  const line = (name: string) => lines.find((l) => l.name === name)!.id;
  await saveYearAllocation(db, triad, 2003, 5_000_000);
  await saveYearAllocation(db, triad, 2004, 5_000_000);
  await saveYearAllocation(db, triad, 2005, 4_500_000);
  await saveAllocation(db, T, 2003, { amountPence: 1_200_000, budgetLineId: line('Higher-education partnership and accreditation'), actionId: a2.id, schoolId: null, note: 'Accreditation fees' }, '');
  await saveAllocation(db, T, 2003, { amountPence: 1_500_000, budgetLineId: line('CPD and training'), actionId: a4.id, schoolId: null, note: '' }, '');
  await saveAllocation(db, T, 2003, { amountPence: 900_000, budgetLineId: line('Supply cover'), actionId: null, schoolId: hamInfant.id, note: 'Release for coaching' }, '');
  const mistaken = await saveAllocation(db, T, 2003, { amountPence: 250_000, budgetLineId: line('Administration'), actionId: null, schoolId: null, note: 'Entered twice by mistake' }, '');
  await deleteAllocation(db, mistaken); // leaves an entry in the trash, as the app does

  const ledger = (fields: Omit<Parameters<typeof saveLedgerEntry>[2], 'status'> & { status?: LedgerEntry['status'] }) =>
    saveLedgerEntry(db, T, { status: fields.kind === 'commitment' ? 'open' : 'paid', ...fields }, '');
  clock('2003-10-20T10:00:00Z');
  const uniCommitment = await ledger({
    kind: 'commitment', date: '2003-10-20', year: 2003, payee: 'University of Wolverhampton', description: 'Action research accreditation, 2003/04',
    amountPence: 240_000, budgetLineId: line('Higher-education partnership and accreditation'), actionId: a2.id, schoolId: hamJunior.id, reference: 'PO 4471',
  });
  await ledger({
    kind: 'payment', date: '2003-11-14', year: 2003, payee: 'Sandwell supply pool', description: 'Cover for moderation afternoon',
    amountPence: 45_000, budgetLineId: line('Supply cover'), actionId: a1.id, schoolId: hamJunior.id, reference: 'SSP-0311',
  });
  await ledger({
    kind: 'payment', date: '2003-12-05', year: 2003, payee: 'Fiona Walsh (AST)', description: 'Coaching sessions, autumn term',
    amountPence: 120_000, budgetLineId: line('Consultants and advisers'), actionId: a3.id, schoolId: hamInfant.id, reference: 'AST-AUT03',
  });

  // The first impact-log entries, with evidence files.
  clock('2003-11-05T15:30:00Z');
  await saveLogEntry(db, T, null, {
    date: '2003-11-05', kind: 'lesson-observation', author: 'Priya Shah', schoolIds: [hamJunior.id], summary: 'Year 6 writing lesson observed',
    detail: 'Boys planned stories with talk partners; more of them finished a draft.', objectiveIds: [o1.id], actionIds: [a2.id], tags: ['writing', 'boys'],
  }, [file('observation-notes.txt', TEXT_NOTE)]);
  await saveLogEntry(db, T, null, {
    date: '2003-12-10', kind: 'cpd-evaluation', author: 'Ann Patel', schoolIds: allSchools, summary: 'Moderation afternoon evaluated',
    detail: 'Staff from all three schools agree levels more closely.', objectiveIds: [o1.id], actionIds: [a1.id], tags: ['moderation'],
  }, [file('moderation-grid.png', TINY_PNG)]);

  // Spring 2004: amendments to the agreed plan, each with a reason (change log), then version 2.
  clock('2004-01-14T10:00:00Z');
  const a1b = await saveAction(db, { planId: plan03.id, existingId: a1.id, reason: 'Moderation needs a second round before the tests', fields: actionEdit(a1, { endDate: '2004-05-14', status: 'on-track', progressNote: 'First round done in November.' }) });
  await savePriority(db, { planId: plan03.id, existingId: p2.id, reason: 'Wording agreed with the link adviser', fields: { title: 'Develop leadership capacity across the triad', description: p2.description } });
  const meeting = await addMeeting(db, writingGroup.id, {
    date: '2004-01-21', notes: 'Reviewed moderation; agreed to add a parents’ workshop.',
    decisions: ['Run a writing workshop for parents at each school', 'Share the moderation grid with governors'],
  });
  clock('2004-01-22T10:00:00Z');
  const a5 = await saveAction(db, {
    planId: plan03.id, existingId: null, reason: 'Agreed at the writing focus group meeting on 21/01/2004',
    fromDecision: { meetingId: meeting.id, decisionId: meeting.decisions[0]!.id },
    fields: {
      objectiveId: o1.id, title: 'Writing workshops for parents', leadSchoolId: hamInfant.id, schoolIds: allSchools, owner: 'Jo Bennett',
      focusGroupId: writingGroup.id, startDate: '2004-02-01', endDate: '2004-03-26', estimatedCostPence: 30_000, status: 'not-started', progressNote: '', milestones: [],
    },
  });
  clock('2004-02-04T16:00:00Z');
  await agreePlan(db, plan03.id, { name: 'Spring revision', agreedBy: 'Steering group', agreedOn: '2004-02-04' });

  clock('2004-03-10T10:00:00Z');
  await markCommitmentPaid(db, uniCommitment.id, { date: '2004-03-10', year: 2003, reference: 'UW-2004-117', overrideReason: '' });
  const uniPayment = (await db.ledgerEntries.where('commitmentId').equals(uniCommitment.id).first())!;
  await attachEvidence(db, uniPayment, file('invoice-UW-2004-117.txt', INVOICE_TEXT));

  // Summer 2004: most actions finish; two carry over.
  clock('2004-07-16T10:00:00Z');
  await saveAction(db, { planId: plan03.id, existingId: a1.id, reason: 'Year-end review', fields: actionEdit(a1b, { status: 'complete', progressNote: 'Second round done; levels agreed.' }) });
  await saveAction(db, { planId: plan03.id, existingId: a5.id, reason: 'Year-end review', fields: actionEdit(a5, { status: 'complete', progressNote: '60 parents came across the three schools.' }) });
  await saveAction(db, { planId: plan03.id, existingId: a4.id, reason: 'Year-end review', fields: actionEdit(a4, { status: 'complete', progressNote: 'Two joint days held.' }) });
  await saveAction(db, { planId: plan03.id, existingId: a2.id, reason: 'Year-end review', fields: actionEdit(a2, { status: 'at-risk', progressNote: 'Write-ups late; accreditation moves to next year.' }) });
  await saveAction(db, { planId: plan03.id, existingId: a3.id, reason: 'Year-end review', fields: actionEdit(a3, { status: 'on-track', progressNote: 'Coaching continues into 2004/05.' }) });
  clock('2004-07-20T10:00:00Z');
  await saveResults(db, T, resultEdits([2004]));
  for (const scope of ['national', 'local-authority'] as const) {
    await saveComparator(db, T, { measureId: english.id, scope, year: 2004 }, scope === 'national' ? '77' : '72');
    await saveComparator(db, T, { measureId: maths.id, scope, year: 2004 }, scope === 'national' ? '74' : '69');
  }
  await saveCarryForward(db, triad, 2003, { decidedOn: '2004-07-20', amountPence: 300_000, reason: 'Accreditation fees now fall in 2004/05.' });

  // ---- 2004/05 plan: unfinished actions carried over, then new work ----
  clock('2004-07-21T10:00:00Z');
  await copyUnfinishedActions(db, triad, 2003, '2004-07-21');
  const plan04 = await ensurePlan(db, triad, 2004);
  const p3 = await savePriority(db, { planId: plan04.id, existingId: null, reason: '', fields: { title: 'Improve mathematics at KS2', description: 'Mental calculation and problem solving.' } });
  const o3 = await saveObjective(db, {
    planId: plan04.id, existingId: null, reason: '',
    fields: { priorityId: p3.id, title: 'More pupils reach level 4 in maths', successCriteria: [{ kind: 'measure', measureId: maths.id, schoolId: null, from: 62, to: 70, byDate: '2006-07-31', description: 'Triad KS2 maths level 4+ to 70%' }] },
  });
  const a6 = await saveAction(db, {
    planId: plan04.id, existingId: null, reason: '',
    fields: {
      objectiveId: o3.id, title: 'Mental maths lesson study', leadSchoolId: hargate.id, schoolIds: allSchools, owner: 'Ann Patel', focusGroupId: leadersGroup.id,
      startDate: '2004-09-20', endDate: '2005-06-30', estimatedCostPence: 900_000, status: 'not-started', progressNote: '', milestones: [],
    },
  });
  clock('2004-09-29T16:00:00Z');
  await agreePlan(db, plan04.id, { name: 'Agreed by the steering group', agreedBy: 'Ann Patel, Ben Okafor, Cara Lewis', agreedOn: '2004-09-29' });
  await saveAllocation(db, T, 2004, { amountPence: 900_000, budgetLineId: line('CPD and training'), actionId: a6.id, schoolId: null, note: '' }, '');
  await saveAllocation(db, T, 2004, { amountPence: 3_600_000, budgetLineId: line('Supply cover'), actionId: null, schoolId: null, note: 'Release across the year' }, '');
  await ledger({
    kind: 'payment', date: '2004-10-15', year: 2004, payee: 'Sandwell supply pool', description: 'Lesson study release',
    amountPence: 180_000, budgetLineId: line('Supply cover'), actionId: a6.id, schoolId: hargate.id, reference: 'SSP-0410',
  });
  await ledger({
    kind: 'commitment', date: '2005-01-10', year: 2004, payee: 'Maths consultant (LEA)', description: 'Lesson study support',
    amountPence: 150_000, budgetLineId: line('Consultants and advisers'), actionId: a6.id, schoolId: hamJunior.id, reference: 'PO 5102',
  });
  clock('2005-01-12T10:00:00Z');
  await saveAction(db, { planId: plan04.id, existingId: a6.id, reason: 'Lesson study extended to Year 5', fields: actionEdit(a6, { endDate: '2005-07-15', status: 'on-track', progressNote: 'First cycle done in all three schools.' }) });
  await saveLogEntry(db, T, null, {
    date: '2005-01-12', kind: 'staff-voice', author: 'Ann Patel', schoolIds: allSchools, summary: 'Teachers on lesson study',
    detail: 'Teachers value planning together; want more time.', objectiveIds: [o3.id], actionIds: [a6.id], tags: ['maths', 'lesson study'],
  });

  // A partner school's first return (2004/05), imported by the co-ordinator: fills syncState.
  clock('2005-07-19T10:00:00Z');
  await saveResults(db, T, resultEdits([2005]));
  for (const scope of ['national', 'local-authority'] as const) {
    await saveComparator(db, T, { measureId: english.id, scope, year: 2005 }, scope === 'national' ? '79' : '74');
    await saveComparator(db, T, { measureId: maths.id, scope, year: 2005 }, scope === 'national' ? '75' : '71');
  }
  await exchangeWithPartner(db, hamInfant, { from: '2004-09-01', to: '2005-08-31' }, async (copy) => {
    clock('2005-07-20T10:00:00Z');
    await saveLogEntry(copy, T, null, {
      date: '2005-07-08', kind: 'pupil-voice', author: 'Cara Lewis', schoolIds: [hamInfant.id], summary: 'Year 2 pupils on their writing targets',
      detail: 'Most pupils could say what their next step is.', objectiveIds: [o1.id], actionIds: [], tags: ['writing', 'pupil voice'],
    }, [file('pupil-comments.txt', new TextEncoder().encode('“I use my target card every time.”\n'))]);
  });

  // ---- 2005/06 plan ----
  clock('2005-07-21T10:00:00Z');
  await copyUnfinishedActions(db, triad, 2004, '2005-07-21');
  const plan05 = await ensurePlan(db, triad, 2005);
  const p4 = await savePriority(db, { planId: plan05.id, existingId: null, reason: '', fields: { title: 'Sustain the triad’s work beyond the programme', description: 'Embed joint practice development.' } });
  const o4 = await saveObjective(db, {
    planId: plan05.id, existingId: null, reason: '',
    fields: { priorityId: p4.id, title: 'Each school leads one strand', successCriteria: [{ kind: 'qualitative', description: 'A written exit plan agreed by all three governing bodies' }] },
  });
  const a7 = await saveAction(db, {
    planId: plan05.id, existingId: null, reason: '',
    fields: {
      objectiveId: o4.id, title: 'Write the triad’s exit plan', leadSchoolId: hamJunior.id, schoolIds: allSchools, owner: 'Ben Okafor', focusGroupId: leadersGroup.id,
      startDate: '2005-09-12', endDate: '2006-03-31', estimatedCostPence: 100_000, status: 'not-started', progressNote: '',
      milestones: [{ id: crypto.randomUUID(), date: '2005-12-16', description: 'Draft to governors', done: false }],
    },
  });
  clock('2005-09-28T16:00:00Z');
  await agreePlan(db, plan05.id, { name: 'Agreed by the steering group', agreedBy: 'Ann Patel, Ben Okafor, Cara Lewis', agreedOn: '2005-09-28' });
  await saveAllocation(db, T, 2005, { amountPence: 100_000, budgetLineId: line('Meetings and events'), actionId: a7.id, schoolId: null, note: '' }, '');
  clock('2005-12-16T10:00:00Z');
  const draftDone = { ...a7.milestones[0]!, done: true };
  await saveAction(db, { planId: plan05.id, existingId: a7.id, reason: 'Draft went to governors on time', fields: actionEdit(a7, { milestones: [draftDone], status: 'on-track', progressNote: 'Draft with governors.' }) });
  await saveLedgerEntry(db, T, {
    kind: 'payment', date: '2005-12-16', year: 2005, payee: 'Hargate Primary School', description: 'Refreshments, governors’ evening',
    amountPence: 8_550, budgetLineId: line('Meetings and events'), actionId: a7.id, schoolId: hargate.id, reference: 'HPS-1205', status: 'paid',
  }, 'Agreed by the steering group');

  clock('2006-02-10T10:00:00Z');
  await ledger({
    kind: 'payment', date: '2006-02-10', year: 2005, payee: 'Sandwell supply pool', description: 'Release to draft the exit plan',
    amountPence: 22_500, budgetLineId: line('Supply cover'), actionId: a7.id, schoolId: hamJunior.id, reference: 'SSP-0602',
  });

  // The head restores a backup once (an undo after a mistaken import): leaves the "last restore" setting.
  clock('2006-03-01T10:00:00Z');
  const before = await parseBackupFile(await backupBytes(db, APP_VERSION));
  if (!before.ok) throw new Error(before.error);
  clock('2006-03-01T10:05:00Z');
  await restoreWithSafetyCopy(db, before.backup, {
    appVersion: APP_VERSION, from: 'Triad backup 01-03-2006.triadbackup',
    saveSafetyCopy: async () => ({ id: 'auto-20060301T100500Z-before-restore.triadbackup' }),
  });

  // Summer 2006: final results.
  clock('2006-07-20T10:00:00Z');
  await saveResults(db, T, resultEdits([2006]));
  for (const scope of ['national', 'local-authority'] as const) {
    await saveComparator(db, T, { measureId: english.id, scope, year: 2006 }, scope === 'national' ? '79' : '75');
    await saveComparator(db, T, { measureId: maths.id, scope, year: 2006 }, scope === 'national' ? '76' : '72');
  }

  clock('2006-07-24T16:00:00Z');
  const backup = await backupBytes(db, APP_VERSION);

  // The partner return fixture: Hamstead Junior's copy, made from that backup, for 2005/06.
  const partnerReturn = await partnerCopyReturn(backup, hamJunior, { from: '2005-09-01', to: '2006-08-31' }, async (copy) => {
    clock('2006-07-25T10:00:00Z');
    // The validated figure came in a point higher than the one the co-ordinator typed.
    await saveResults(copy, T, [{ schoolId: hamJunior.id, measureId: english.id, year: 2006, input: '77' }]);
    await saveLogEntry(copy, T, null, {
      date: '2006-07-14', kind: 'leadership', author: 'Ben Okafor', schoolIds: [hamJunior.id], summary: 'Governors adopted the exit plan',
      detail: 'The writing strand will be led by Tom Reid from September.', objectiveIds: [o4.id], actionIds: [a7.id], tags: ['sustainability'],
    }, [file('governors-minute.png', TINY_PNG)]);
    clock('2006-07-26T09:00:00Z');
  });

  return { db, backup, partnerReturn, partnerSchool: hamJunior };
}

/** A partner's copy made from the co-ordinator's backup, changed by `work`, and its return's bytes. */
async function partnerCopyReturn(backupFile: Uint8Array, school: School, period: { from: string; to: string }, work: (copy: TriadDatabase) => Promise<void>): Promise<Uint8Array> {
  const parsed = await parseBackupFile(backupFile);
  if (!parsed.ok) throw new Error(parsed.error);
  const copy = new TriadDatabase(`${DATABASE_NAME}-partner-${school.urn}`);
  try {
    await restoreSnapshot(copy, parsed.backup);
    await setThisCopysSchool(copy, school.id);
    await work(copy);
    return (await buildReturn(copy, { schoolId: school.id, period, appVersion: APP_VERSION })).bytes;
  } finally {
    await copy.delete();
  }
}

/** A whole exchange: the partner's copy makes a return and the co-ordinator imports it. */
async function exchangeWithPartner(db: TriadDatabase, school: School, period: { from: string; to: string }, work: (copy: TriadDatabase) => Promise<void>): Promise<void> {
  const bytes = await partnerCopyReturn(await backupBytes(db, APP_VERSION), school, period, work);
  const parsed = await parseReturnFile(bytes);
  if (!parsed.ok) throw new Error(parsed.error);
  const planned = await planReturnImport(db, parsed.partnerReturn);
  if (!planned.ok) throw new Error(planned.error);
  await applyReturnImport(db, parsed.partnerReturn, planned.plan, {});
}

// ---- The raw IndexedDB dump ----

/** Uint8Array → { $bytes: base64 }; anything JSON cannot hold exactly is refused. */
function dumpValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) };
  if (value === undefined) throw new Error('A stored record holds undefined, which JSON cannot keep.');
  if (Array.isArray(value)) return value.map(dumpValue);
  if (value !== null && typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`A stored record holds a ${value.constructor.name}.`);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, dumpValue(inner)]));
  }
  return value;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Reads the database with the raw IndexedDB API (not Dexie), as the released app left it. */
async function rawDump(name: string) {
  const openRequest = indexedDB.open(name);
  const database = await request(openRequest);
  try {
    const names = [...database.objectStoreNames].sort();
    const tx = database.transaction(names, 'readonly');
    const stores = names.map((storeName) => {
      const store = tx.objectStore(storeName);
      return {
        name: storeName,
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].sort().map((indexName) => {
          const index = store.index(indexName);
          return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        }),
      };
    });
    const records: Record<string, unknown[]> = {};
    for (const storeName of names) records[storeName] = (await request(tx.objectStore(storeName).getAll())).map(dumpValue);
    return { databaseName: name, idbVersion: database.version, stores, records };
  } finally {
    database.close();
  }
}

// ---- The run ----

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe.skipIf(!WRITE)('v1 fixtures (WRITE_FIXTURES=1 only)', () => {
  afterAll(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('makes the backup, the partner return and the raw IndexedDB dump with the first release', async () => {
    expect(CURRENT_SCHEMA_VERSION, 'these fixtures are schema v1: make them only with the first release').toBe(1);
    const { db, backup, partnerReturn, partnerSchool } = await buildTriad();

    const parsedBackup = await parseBackupFile(backup);
    expect(parsedBackup.ok).toBe(true);
    const parsedReturn = await parseReturnFile(partnerReturn);
    expect(parsedReturn.ok).toBe(true);
    if (!parsedBackup.ok || !parsedReturn.ok) return;
    expect(parsedReturn.partnerReturn.schoolId).toBe(partnerSchool.id);

    const dump = await rawDump(DATABASE_NAME);
    expect(dump.idbVersion).toBe(10);
    // The dump holds exactly the backup's rows.
    for (const table of TABLE_NAMES) expect(dump.records[table]?.length, table).toBe(parsedBackup.backup.tables[table].length);
    db.close();

    const dumpBytes = new TextEncoder().encode(`${JSON.stringify(dump, null, 2)}\n`);
    const files: [string, Uint8Array][] = [
      ['full-triad.triadbackup', backup],
      ['partner-return.triadreturn', partnerReturn],
      ['full-triad.idb.json', dumpBytes],
    ];
    mkdirSync(OUT_DIR, { recursive: true });
    for (const [name, bytes] of files) {
      if (existsSync(OUT_DIR + name)) throw new Error(`${name} exists: these fixtures never change.`);
      writeFileSync(OUT_DIR + name, bytes);
    }
    const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, parsedBackup.backup.tables[t].length]));
    const returnCounts = Object.fromEntries(Object.entries(parsedReturn.partnerReturn.tables).map(([t, rows]) => [t, rows.length]));
    console.log(JSON.stringify({ files: files.map(([name, bytes]) => ({ name, size: bytes.byteLength, sha256: sha256(bytes) })), counts, returnCounts }, null, 2));
  });
});
