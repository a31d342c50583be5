/**
 * The benchmark's data set, built with the app's own types and helpers: an LEA with 100 triads
 * (300 schools), each over 3 programme years with 40 actions a year, results for every school,
 * measure and year; the first ("home") triad also has 10,000 ledger entries in its last year and
 * 5,000 impact-log entries. The home triad is what a co-ordinating head's database holds (and
 * what the backup import restores); all 100 are the LEA's files for the roll-up.
 *
 * Deterministic text (a seeded generator) so runs compare; fresh ids each run (as the app makes them).
 */
import type {
  Action,
  Allocation,
  BaseRecord,
  BudgetLine,
  BudgetYear,
  ChangeLogEntry,
  FocusGroup,
  ImpactLogEntry,
  LedgerEntry,
  Measure,
  Meeting,
  Objective,
  Person,
  Plan,
  PlanVersion,
  Priority,
  Result,
  School,
  Triad,
} from '../src-renderer/core/model';
import { ACTION_STATUSES, IMPACT_KINDS } from '../src-renderer/core/model';
import { newId } from '../src-renderer/core/ids';
import { academicYearLabel, academicYearRange, addDays, daysBetween, programmeYearList } from '../src-renderer/core/dates';
import { DEFAULT_ANNUAL_ALLOCATION_PENCE, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD_KIND } from '../src-renderer/core/triad';
import type { TableName } from '../src-renderer/db/schema';

export const SIZES = {
  triads: 100,
  programmeYears: 3,
  actionsPerTriadYear: 40,
  homeLedgerEntries: 10_000,
  homeImpactEntries: 5_000,
  /** Spending recorded by each of the other 99 triads, so the roll-up has something to add up. */
  otherLedgerEntriesPerTriad: 60,
} as const;

export type TriadTables = Partial<Record<TableName, BaseRecord[]>>;

export interface LeaDataSet {
  /** The triad whose database the head has: the big one. */
  home: TriadTables;
  homeTriad: Triad;
  /** All 100 triads, home first, one record set each (one file each for the roll-up). */
  triads: TriadTables[];
  counts: Record<string, number>;
}

/** mulberry32: small, fast, seeded. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AUTHORITY = 'Sandwell';
const FIRST_YEAR = 2003;
/** The home triad's busy ledger year: the programme's last, which the budget area opens on after the programme. */
export const BUSY_YEAR = FIRST_YEAR + SIZES.programmeYears - 1;
const STAMP = '2003-09-01T09:00:00.000Z';
const PLACES = ['Hamstead', 'Hargate', 'Oldbury', 'Tipton', 'Wednesbury', 'Rowley', 'Smethwick', 'Cradley', 'Tividale', 'Langley', 'Blackheath', 'Great Barr', 'Friar Park', 'Ocker Hill', 'Princes End', 'Hill Top', 'Charlemont', 'Lyng', 'Yew Tree', 'Causeway Green'];
const KINDS = ['Primary School', 'Junior School', 'Infant School', 'Community Primary', 'CofE Primary School', 'RC Primary School'];
const FIRST_NAMES = ['Ann', 'Ben', 'Cara', 'Dan', 'Eve', 'Faisal', 'Grace', 'Harpreet', 'Imran', 'Jo', 'Kiran', 'Lucy', 'Mark', 'Nadia', 'Owen', 'Priya'];
const SURNAMES = ['Patel', 'Okafor', 'Lewis', 'Hughes', 'Smith', 'Khan', 'Jones', 'Williams', 'Begum', 'Taylor', 'Brown', 'Singh', 'Evans', 'Walker'];
const THEMES = ['writing', 'reading', 'mathematics', 'science enquiry', 'speaking and listening', 'assessment for learning', 'behaviour for learning', 'leadership'];
const VERBS = ['Develop', 'Embed', 'Moderate', 'Coach', 'Review', 'Share', 'Observe', 'Plan', 'Evaluate', 'Train'];
const LINES = ['Supply cover', 'CPD and training', 'Consultancy', 'Resources', 'HEI partnership', 'Administration'];
const PAYEES = ['University of Wolverhampton', 'Sandwell LEA', 'Supply agency', 'Book supplier', 'Consultant', 'Coach hire', 'Venue hire', 'Stationery supplier'];
const MEASURES: { name: string; column: string }[] = [
  { name: 'KS2 English level 4+', column: 'PTENGL4' },
  { name: 'KS2 mathematics level 4+', column: 'PTMATL4' },
  { name: 'KS2 science level 4+', column: 'PTSCIL4' },
  { name: 'KS2 English and mathematics level 4+', column: 'PTENGMATL4' },
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** Every date of a range, worked out once per range: picking a date is then an array index. */
const datesOf = new Map<string, string[]>();
function dateIn(random: () => number, range: { start: string; end: string }): string {
  const key = `${range.start}/${range.end}`;
  let dates = datesOf.get(key);
  if (!dates) {
    dates = Array.from({ length: daysBetween(range.start, range.end) + 1 }, (_, i) => addDays(range.start, i));
    datesOf.set(key, dates);
  }
  return dates[Math.floor(random() * dates.length)]!;
}

function buildTriad(index: number, isHome: boolean): TriadTables {
  const random = seeded(index + 1);
  const triad: Triad = {
    id: newId(), createdAt: STAMP, updatedAt: STAMP,
    name: isHome ? 'Black Country Triad' : `${PLACES[index % PLACES.length]} Triad ${index + 1}`,
    localAuthority: AUTHORITY,
    cohort: `Cohort ${1 + (index % 3)}, started ${academicYearLabel(FIRST_YEAR)}`,
    firstYear: FIRST_YEAR,
    programmeYears: SIZES.programmeYears,
    annualAllocationPence: DEFAULT_ANNUAL_ALLOCATION_PENCE,
    focus: `Raising achievement in ${pick(random, THEMES)} through collaborative leadership`,
    baselineYear: FIRST_YEAR,
    headlineMeasureId: null,
    improvementThreshold: DEFAULT_THRESHOLD,
    thresholdKind: DEFAULT_THRESHOLD_KIND,
  };
  const schools: School[] = (['coordinating', 'partner', 'partner'] as const).map((role, i) => ({
    id: newId(), createdAt: STAMP, updatedAt: STAMP,
    triadId: triad.id,
    role,
    name: `${PLACES[(index * 3 + i) % PLACES.length]} ${KINDS[(index + i) % KINDS.length]} ${index * 3 + i + 1}`,
    urn: String(103_000 + index * 3 + i),
    dfeNumber: `333/${2000 + index * 3 + i}`,
    phase: 'Primary',
    address: `${1 + i} School Lane`,
    postcode: `B${60 + (index % 40)} ${1 + i}AA`,
    headTeacher: `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`,
    linkTeacher: `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`,
    chairOfGovernors: `${pick(random, FIRST_NAMES)} ${pick(random, SURNAMES)}`,
    email: `head${index * 3 + i}@school.example`,
    phone: '0121 000 0000',
    interventionCategory: 'none',
  }));
  const people: Person[] = schools.map((school) => ({
    id: newId(), createdAt: STAMP, updatedAt: STAMP,
    triadId: triad.id,
    schoolId: school.id,
    organisation: 'school',
    name: school.headTeacher,
    role: 'Headteacher',
    leaRole: null,
    email: school.email,
    phone: school.phone,
  }));
  people.push({ id: newId(), createdAt: STAMP, updatedAt: STAMP, triadId: triad.id, schoolId: null, organisation: 'lea', name: 'Dan Hughes', role: 'Link adviser', leaRole: 'link-adviser', email: '', phone: '' });
  const focusGroups: FocusGroup[] = ['CPD', 'Assessment', 'Leadership'].map((name, i) => ({
    id: newId(), createdAt: STAMP, updatedAt: STAMP,
    triadId: triad.id,
    name: `${name} focus group`,
    mandate: `To explore, manage and develop the triad's work on ${name.toLowerCase()}.`,
    memberIds: people.slice(0, 3).map((p) => p.id),
    ownsCpd: i === 0,
  }));
  const measures: Measure[] = MEASURES.map((m, i) => ({
    id: newId(), createdAt: STAMP, updatedAt: STAMP,
    triadId: triad.id,
    name: m.name,
    unit: 'percent',
    higherIsBetter: true,
    sourceColumn: m.column,
    derivedFrom: null,
    order: i + 1,
  }));
  triad.headlineMeasureId = measures[3]!.id;

  const plans: Plan[] = [];
  const priorities: Priority[] = [];
  const objectives: Objective[] = [];
  const actions: Action[] = [];
  const planVersions: PlanVersion[] = [];
  const budgetYears: BudgetYear[] = [];
  const allocations: Allocation[] = [];
  const budgetLines: BudgetLine[] = LINES.map((name, i) => ({ id: newId(), createdAt: STAMP, updatedAt: STAMP, triadId: triad.id, name, order: i + 1, archived: false }));
  const meetings: Meeting[] = [];
  const changeLog: ChangeLogEntry[] = [];
  for (const year of programmeYearList(triad)) {
    const range = academicYearRange(year);
    const plan: Plan = { id: newId(), createdAt: STAMP, updatedAt: STAMP, triadId: triad.id, year, title: `Triad Improvement Plan ${academicYearLabel(year)}`, status: 'agreed', currentVersion: 1 };
    plans.push(plan);
    budgetYears.push({ id: newId(), createdAt: STAMP, updatedAt: STAMP, triadId: triad.id, year, allocationPence: triad.annualAllocationPence, carriedInPence: 0, carryForward: null });
    const planPriorities: Priority[] = [];
    const planObjectives: Objective[] = [];
    const planActions: Action[] = [];
    for (let p = 0; p < 4; p++) {
      const theme = THEMES[(index + p + year) % THEMES.length]!;
      const priority: Priority = { id: newId(), createdAt: STAMP, updatedAt: STAMP, planId: plan.id, title: `Raise attainment in ${theme}`, description: `Improve pupils' ${theme} across the three schools.`, order: p + 1 };
      planPriorities.push(priority);
      for (let o = 0; o < 2; o++) {
        const objective: Objective = {
          id: newId(), createdAt: STAMP, updatedAt: STAMP,
          planId: plan.id,
          priorityId: priority.id,
          title: `${o === 0 ? 'More pupils reach level 4' : 'Teachers share practice'} in ${theme}`,
          successCriteria: [
            { kind: 'measure', measureId: measures[p % 4]!.id, schoolId: null, from: 60 + (p % 10), to: 70 + (p % 10), byDate: range.end, description: `Triad average for ${MEASURES[p % 4]!.name} up by 10 points` },
            { kind: 'qualitative', description: `Every teacher takes part in one ${theme} session` },
          ],
          order: o + 1,
        };
        planObjectives.push(objective);
        const perObjective = SIZES.actionsPerTriadYear / 8;
        for (let a = 0; a < perObjective; a++) {
          const start = dateIn(random, { start: range.start, end: addDays(range.start, 180) });
          planActions.push({
            id: newId(), createdAt: STAMP, updatedAt: STAMP,
            planId: plan.id,
            objectiveId: objective.id,
            title: `${pick(random, VERBS)} ${theme} practice, strand ${a + 1}`,
            leadSchoolId: schools[a % 3]!.id,
            schoolIds: schools.map((s) => s.id),
            owner: people[a % 3]!.name,
            focusGroupId: focusGroups[a % 3]!.id,
            startDate: start,
            endDate: addDays(start, 60 + Math.floor(random() * 120)),
            estimatedCostPence: 50_000 + Math.floor(random() * 20) * 10_000,
            status: pick(random, ACTION_STATUSES),
            progressNotes: [{ date: addDays(start, 30), status: 'on-track', note: 'Sessions held as planned.' }],
            milestones: [{ id: newId(), date: addDays(start, 45), description: 'Mid-point review', done: random() < 0.5 }],
            order: a + 1,
            copiedFromActionId: null,
          });
        }
      }
    }
    priorities.push(...planPriorities);
    objectives.push(...planObjectives);
    actions.push(...planActions);
    for (const action of planActions) {
      allocations.push({ id: newId(), createdAt: STAMP, updatedAt: STAMP, triadId: triad.id, year, amountPence: action.estimatedCostPence, budgetLineId: budgetLines[action.order % budgetLines.length]!.id, actionId: action.id, schoolId: action.leadSchoolId, note: '', overrideReason: '' });
    }
    if (isHome) {
      planVersions.push({ id: newId(), createdAt: STAMP, updatedAt: STAMP, planId: plan.id, version: 1, name: 'Agreed at the autumn meeting', agreedOn: addDays(range.start, 20), agreedBy: 'Triad heads', snapshot: { plan, priorities: planPriorities, objectives: planObjectives, actions: planActions } });
      for (let m = 0; m < 10; m++) {
        meetings.push({ id: newId(), createdAt: STAMP, updatedAt: STAMP, focusGroupId: focusGroups[m % 3]!.id, date: dateIn(random, range), notes: 'Reviewed progress against the plan.', decisions: [{ id: newId(), text: 'Extend the moderation sessions.', actionId: planActions[m]!.id }] });
      }
      for (let c = 0; c < 20; c++) {
        const action = planActions[c]!;
        changeLog.push({ id: newId(), createdAt: STAMP, updatedAt: STAMP, triadId: triad.id, planId: plan.id, at: `${dateIn(random, range)}T10:00:00.000Z`, entity: 'actions', entityId: action.id, change: 'update', summary: `Changed the end date of "${action.title}"`, reason: 'Staff illness delayed the sessions.', before: { endDate: action.endDate }, after: { endDate: addDays(action.endDate, 14) } });
      }
    }
  }

  // Results: every school × measure × year, from the baseline summer to the programme's last.
  const results: Result[] = [];
  for (const school of schools) {
    for (const measure of measures) {
      let value = 50 + Math.floor(random() * 30);
      for (let year = triad.baselineYear; year <= FIRST_YEAR + SIZES.programmeYears; year++) {
        results.push({ id: newId(), createdAt: STAMP, updatedAt: STAMP, triadId: triad.id, schoolId: school.id, measureId: measure.id, year, value, source: 'ks2-import', note: '' });
        value = Math.min(100, Math.max(0, value + Math.floor(random() * 15) - 4));
      }
    }
  }

  // Ledger: the home triad's last year is the busy one.
  const ledgerEntries: LedgerEntry[] = [];
  const ledgerCount = isHome ? SIZES.homeLedgerEntries : SIZES.otherLedgerEntriesPerTriad;
  const actionsOfYear = (year: number) => actions.slice((year - FIRST_YEAR) * SIZES.actionsPerTriadYear, (year - FIRST_YEAR + 1) * SIZES.actionsPerTriadYear);
  const actionsByYear = programmeYearList(triad).map(actionsOfYear);
  for (let l = 0; l < ledgerCount; l++) {
    const year = isHome ? BUSY_YEAR : FIRST_YEAR + (l % SIZES.programmeYears);
    const yearActions = actionsByYear[year - FIRST_YEAR]!;
    const action = yearActions[l % yearActions.length]!;
    const isPayment = l % 3 !== 0;
    ledgerEntries.push({
      id: newId(), createdAt: STAMP, updatedAt: STAMP,
      triadId: triad.id,
      year,
      kind: isPayment ? 'payment' : 'commitment',
      date: dateIn(random, academicYearRange(year)),
      payee: pick(random, PAYEES),
      description: `${pick(random, LINES)} for ${action.title.toLowerCase()}`,
      amountPence: (isHome ? 100 : 20_000) + Math.floor(random() * 400) * 25,
      budgetLineId: budgetLines[l % budgetLines.length]!.id,
      actionId: action.id,
      schoolId: schools[l % 3]!.id,
      reference: `INV-${year}-${String(l + 1).padStart(5, '0')}`,
      status: isPayment ? 'paid' : 'open',
      commitmentId: null,
      evidenceFileId: null,
      overrideReason: '',
    });
  }

  const impactLog: ImpactLogEntry[] = [];
  if (isHome) {
    for (let e = 0; e < SIZES.homeImpactEntries; e++) {
      const year = FIRST_YEAR + (e % SIZES.programmeYears);
      const action = actions[(e * 7) % actions.length]!;
      const kind = IMPACT_KINDS[e % IMPACT_KINDS.length]!;
      impactLog.push({
        id: newId(), createdAt: STAMP, updatedAt: STAMP,
        triadId: triad.id,
        date: dateIn(random, academicYearRange(year)),
        kind,
        author: people[e % 3]!.name,
        schoolIds: [schools[e % 3]!.id],
        summary: `${kind.replace('-', ' ')}: ${action.title}`,
        detail: 'Pupils talked confidently about their targets; books show more extended writing than last term, and teachers report using the shared success criteria in every lesson.',
        objectiveIds: [action.objectiveId],
        actionIds: [action.id],
        tags: [pick(random, THEMES)],
        evidenceFileIds: [],
      });
    }
  }

  return {
    triads: [triad],
    schools,
    people,
    focusGroups,
    meetings,
    measures,
    results,
    plans,
    planVersions,
    priorities,
    objectives,
    actions,
    budgetYears,
    budgetLines,
    allocations,
    ledgerEntries,
    impactLog,
    changeLog,
  };
}

export function buildLeaDataSet(): LeaDataSet {
  const triads = Array.from({ length: SIZES.triads }, (_, i) => buildTriad(i, i === 0));
  const counts: Record<string, number> = {};
  for (const tables of triads) {
    for (const [name, rows] of Object.entries(tables)) counts[name] = (counts[name] ?? 0) + rows!.length;
  }
  const home = triads[0]!;
  return { home, homeTriad: home.triads![0] as Triad, triads, counts };
}

export function rowCount(tables: TriadTables): number {
  return Object.values(tables).reduce((sum, rows) => sum + (rows?.length ?? 0), 0);
}
