/**
 * Turns the stored records into the printed Triad Improvement Plan: ordered, numbered, labelled,
 * with every figure worked out here so the print view only lays it out.
 */
import { academicYearLabel, formatDate, programmeYearLabel, programmeYearList } from './dates';
import type {
  Action,
  ChangeLogEntry,
  ImpactLogEntry,
  Membership,
  MembershipCriterion,
  Objective,
  Person,
  Plan,
  PlanVersion,
  Priority,
  ProgressUpdate,
  School,
  Triad,
  Measure,
  Result,
} from './model';
import { latestProgressNote, milestoneText } from './action-progress';
import { criterionProgress, type CriterionProgress } from './criterion-progress';
import { planState, planStateLine, planStateShort, type PlanState } from './plan-state';
import type { PlanScope } from './plan-print';
import { describeCriterion } from './plan-rules';
import { STATUS_WORDS } from './plan-words';

export interface PlanDocumentData {
  triad: Triad;
  schools: School[];
  people: Person[];
  plans: Plan[];
  planVersions: PlanVersion[];
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
  changeLog: ChangeLogEntry[];
  measures: Measure[];
  impactLog: ImpactLogEntry[];
  membershipCriteria: MembershipCriterion[];
  memberships: Membership[];
  /** Results, for the latest figure against a success criterion; left out, criteria print without one. */
  results?: Result[];
  /** Progress updates, for each action's latest word; left out, the actions' own notes are read. */
  progressUpdates?: ProgressUpdate[];
}


export interface ActionRow {
  /** "1.2.3": priority, objective, action. */
  ref: string;
  title: string;
  lead: string;
  owner: string;
  start: string;
  end: string;
  costPence: number;
  status: string;
  /** The latest progress note with its date and status, or ''. */
  latestNote: string;
  /** The next milestone (or the last one met), or ''. */
  milestone: string;
}

export interface ObjectiveModel {
  ref: string;
  title: string;
  criteria: string[];
  /** Per criterion: the latest figure and whether its target is met (null for a qualitative one). */
  progress: (CriterionProgress | null)[];
  actions: ActionRow[];
}

export interface PriorityModel {
  ref: string;
  title: string;
  description: string;
  objectives: ObjectiveModel[];
}

export interface PlanYearModel {
  year: number;
  /** "Year 1 (2003/04)". */
  label: string;
  title: string;
  /** "Draft, not yet agreed" or "Version 2, agreed on 01/10/2003 by the triad heads". */
  version: string;
  state: PlanState;
  /** "DRAFT — not yet agreed" or "Agreed version 1, with 3 changes since (…)". */
  stateLine: string;
  priorities: PriorityModel[];
  actions: ActionRow[];
  totalCostPence: number;
}

export interface SignOffRow {
  name: string;
  role: string;
}

export interface PlanDocument {
  triadName: string;
  localAuthority: string;
  cohort: string;
  focus: string;
  /** "2003/04" for one year, "2003/04 to 2005/06" for the programme. */
  period: string;
  schools: { name: string; role: string; urn: string; dfeNumber: string; intervention: string }[];
  years: PlanYearModel[];
  signOff: SignOffRow[];
  /** The state of every plan in the document, for the running header and the cover. */
  stateLine: string;
  /** True when any plan in the document is a draft (or not started): it is not signed as agreed. */
  hasDraft: boolean;
  headlineMeasure: string | null;
  impactEntryCount: number;
}

const ROLE_LABELS: Record<School['role'], string> = { coordinating: 'Co-ordinating school', partner: 'Partner school' };
const INTERVENTION_LABELS: Record<School['interventionCategory'], string> = {
  none: '',
  'serious-weaknesses': 'Serious weaknesses (supported by intervention)',
  'special-measures': 'Special measures (supported by intervention)',
};

function byOrder<T extends { order: number }>(a: T, b: T): number {
  return a.order - b.order;
}

/** The years a document covers: one programme year or all of them. */
export function yearsInScope(triad: Triad, scope: PlanScope): number[] {
  const all = programmeYearList(triad);
  return scope === 'all' ? all : all.filter((year) => year === scope);
}


function versionText(plan: Plan, versions: PlanVersion[]): string {
  if (plan.status === 'draft' && plan.currentVersion === 0) return 'Draft, not yet agreed';
  const latest = versions.filter((v) => v.planId === plan.id).sort((a, b) => b.version - a.version)[0];
  const agreed = latest ? `Version ${latest.version}, agreed on ${formatDate(latest.agreedOn)}${latest.agreedBy ? ` by ${latest.agreedBy}` : ''}` : `Version ${plan.currentVersion}`;
  return plan.status === 'draft' ? `${agreed}; draft changes not yet agreed` : agreed;
}

function planYear(data: PlanDocumentData, year: number): PlanYearModel {
  const label = programmeYearLabel(data.triad, year);
  const plan = data.plans.find((p) => p.triadId === data.triad.id && p.year === year);
  if (!plan) {
    return { year, label, title: `No plan for ${academicYearLabel(year)} yet`, version: 'Not started', state: { kind: 'none' }, stateLine: 'No plan yet', priorities: [], actions: [], totalCostPence: 0 };
  }
  const state = planState(plan, data.planVersions, data.changeLog);
  const schoolIds = data.schools.filter((s) => s.triadId === data.triad.id).map((s) => s.id);
  const schoolName = (id: string | null) => (id ? (data.schools.find((s) => s.id === id)?.name ?? 'Unknown school') : 'Whole triad');
  const priorities = data.priorities.filter((p) => p.planId === plan.id).sort(byOrder);
  const actions: ActionRow[] = [];
  const priorityModels = priorities.map((priority, pi) => {
    const objectives = data.objectives.filter((o) => o.planId === plan.id && o.priorityId === priority.id).sort(byOrder);
    return {
      ref: `${pi + 1}`,
      title: priority.title,
      description: priority.description,
      objectives: objectives.map((objective, oi) => {
        const rows = data.actions
          .filter((a) => a.planId === plan.id && a.objectiveId === objective.id)
          .sort(byOrder)
          .map(
            (action, ai): ActionRow => ({
              ref: `${pi + 1}.${oi + 1}.${ai + 1}`,
              title: action.title,
              lead: schoolName(action.leadSchoolId),
              owner: action.owner,
              start: formatDate(action.startDate),
              end: formatDate(action.endDate),
              costPence: action.estimatedCostPence,
              status: STATUS_WORDS[action.status],
              latestNote: latestProgressNote(action, data.progressUpdates),
              milestone: milestoneText(action),
            }),
          );
        actions.push(...rows);
        return {
          ref: `${pi + 1}.${oi + 1}`,
          title: objective.title,
          criteria: objective.successCriteria.map((c) => describeCriterion(c, data.measures, data.schools)),
          // A year's plan is judged on results up to that year's summer, never later ones.
          progress: objective.successCriteria.map((c) => (data.results ? criterionProgress(c, data.measures, data.results, schoolIds, year + 1) : null)),
          actions: rows,
        };
      }),
    };
  });
  return {
    year,
    label,
    title: plan.title,
    version: versionText(plan, data.planVersions),
    state,
    stateLine: planStateLine(state),
    priorities: priorityModels,
    actions,
    totalCostPence: actions.reduce((sum, row) => sum + row.costPence, 0),
  };
}

function headOf(school: School, people: Person[]): string {
  const head = people.find((p) => p.schoolId === school.id && /head/i.test(p.role));
  return head?.name ?? school.headTeacher;
}

/**
 * Who signs an agreed plan: each school's headteacher (the co-ordinating head first), each school's
 * chair of governors, and the LEA link adviser where one is recorded.
 */
function signOff(data: PlanDocumentData, schools: School[]): SignOffRow[] {
  const heads: SignOffRow[] = schools.map((school) => ({
    name: headOf(school, data.people),
    role: `Headteacher, ${school.name}${school.role === 'coordinating' ? ' (co-ordinating school)' : ''}`,
  }));
  const chairs: SignOffRow[] = schools.map((school) => ({ name: school.chairOfGovernors, role: `Chair of governors, ${school.name}` }));
  const adviser = data.people.find((p) => p.leaRole === 'link-adviser');
  return [...heads, ...chairs, ...(adviser ? [{ name: adviser.name, role: `LEA link adviser, ${data.triad.localAuthority}` }] : [])];
}

export function buildPlanDocument(data: PlanDocumentData, scope: PlanScope): PlanDocument {
  const { triad } = data;
  const years = yearsInScope(triad, scope);
  const schools = data.schools
    .filter((s) => s.triadId === triad.id)
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'coordinating' ? -1 : 1));
  const yearModels = years.map((year) => planYear(data, year));
  const first = years[0] ?? triad.firstYear;
  const last = years[years.length - 1] ?? first;
  const range = { start: `${first}-09-01`, end: `${last + 1}-08-31` };
  return {
    triadName: triad.name,
    localAuthority: triad.localAuthority,
    cohort: triad.cohort,
    focus: triad.focus,
    period: first === last ? academicYearLabel(first) : `${academicYearLabel(first)} to ${academicYearLabel(last)}`,
    schools: schools.map((s) => ({ name: s.name, role: ROLE_LABELS[s.role], urn: s.urn, dfeNumber: s.dfeNumber, intervention: INTERVENTION_LABELS[s.interventionCategory] })),
    years: yearModels,
    signOff: signOff(data, schools),
    stateLine:
      yearModels.length === 1
        ? yearModels[0]!.stateLine
        : yearModels.map((y) => `${academicYearLabel(y.year)}: ${planStateShort(y.state)}`).join('; '),
    hasDraft: yearModels.some((y) => y.state.kind !== 'agreed'),
    headlineMeasure: data.measures.find((m) => m.id === triad.headlineMeasureId)?.name ?? null,
    impactEntryCount: data.impactLog.filter((e) => e.triadId === triad.id && e.date >= range.start && e.date <= range.end).length,
  };
}
