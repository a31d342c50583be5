/**
 * The plan's rules, as pure functions: what a priority, objective and action need before they can
 * be saved. Each validator takes the form as typed and returns either clean fields or messages
 * keyed by field, so a view can show each message next to its field and write nothing.
 */
import { academicYearLabel, academicYearRange, formatDate, isWithin, parseUkDate } from './dates';
import { parsePounds } from './money';
import { ACTION_STATUSES, type Action, type ActionStatus, type Measure, type Milestone, type Objective, type Priority, type SuccessCriterion } from './model';

export type Errors = Record<string, string>;
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: Errors };

function done<T>(errors: Errors, value: () => T): Validated<T> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value() };
}

/** After a plan is agreed every change needs a reason; before, none is asked for. */
export function checkReason(agreed: boolean, reason: string, errors: Errors): void {
  if (agreed && !reason.trim()) errors.reason = 'The plan has been agreed: say why you are making this change.';
}

// ---- Priorities ----

export interface PriorityForm {
  title: string;
  description: string;
  reason: string;
}
export type PriorityFields = Pick<Priority, 'title' | 'description'>;

export function validatePriority(form: PriorityForm, agreed: boolean): Validated<PriorityFields> {
  const errors: Errors = {};
  if (!form.title.trim()) errors.title = 'Enter the priority.';
  checkReason(agreed, form.reason, errors);
  return done(errors, () => ({ title: form.title.trim(), description: form.description.trim() }));
}

// ---- Objectives and success criteria ----

export interface CriterionForm {
  kind: 'measure' | 'qualitative';
  measureId: string;
  /** '' for the triad as a whole. */
  schoolId: string;
  from: string;
  to: string;
  byDate: string;
  description: string;
}

export interface ObjectiveForm {
  priorityId: string;
  title: string;
  criteria: CriterionForm[];
  reason: string;
}
export type ObjectiveFields = Pick<Objective, 'priorityId' | 'title' | 'successCriteria'>;

export function emptyCriterion(kind: CriterionForm['kind']): CriterionForm {
  return { kind, measureId: '', schoolId: '', from: '', to: '', byDate: '', description: '' };
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** Checks one success criterion; errors are keyed `criteria.<index>.<field>`. */
function validateCriterion(form: CriterionForm, index: number, measures: Measure[], errors: Errors): SuccessCriterion | null {
  const key = (field: string) => `criteria.${index}.${field}`;
  const description = form.description.trim();
  if (form.kind === 'qualitative') {
    if (!description) errors[key('description')] = 'Describe the outcome you expect to see.';
    return { kind: 'qualitative', description };
  }
  const measure = measures.find((m) => m.id === form.measureId);
  if (!measure) errors[key('measureId')] = 'Choose the measure.';
  const to = parseNumber(form.to);
  if (form.to.trim() === '') errors[key('to')] = 'Enter the target.';
  else if (to === null) errors[key('to')] = 'The target must be a number, for example 70.';
  let from: number | null = null;
  if (form.from.trim() !== '') {
    from = parseNumber(form.from);
    if (from === null) errors[key('from')] = 'The starting value must be a number, for example 63.';
  }
  if (measure?.unit === 'percent') {
    if (to !== null && (to < 0 || to > 100)) errors[key('to')] = 'A percentage must be between 0 and 100.';
    if (from !== null && (from < 0 || from > 100)) errors[key('from')] = 'A percentage must be between 0 and 100.';
  }
  const byDate = parseUkDate(form.byDate);
  if (!form.byDate.trim()) errors[key('byDate')] = 'Enter the date the target should be reached by.';
  else if (!byDate) errors[key('byDate')] = 'Enter a real date as dd/mm/yyyy.';
  return { kind: 'measure', measureId: form.measureId, schoolId: form.schoolId || null, from, to: to ?? 0, byDate: byDate ?? '', description };
}

export function validateObjective(form: ObjectiveForm, measures: Measure[], agreed: boolean): Validated<ObjectiveFields> {
  const errors: Errors = {};
  if (!form.priorityId) errors.priorityId = 'Choose the priority this objective serves.';
  if (!form.title.trim()) errors.title = 'Enter the objective.';
  if (form.criteria.length === 0) errors.criteria = 'Add at least one success criterion, so you can tell when it is met.';
  const successCriteria = form.criteria.map((c, i) => validateCriterion(c, i, measures, errors)).filter((c): c is SuccessCriterion => c !== null);
  checkReason(agreed, form.reason, errors);
  return done(errors, () => ({ priorityId: form.priorityId, title: form.title.trim(), successCriteria }));
}

/** "KS2 English level 4+ from 63% to 70% by 31/07/2005 (whole triad)". */
export function describeCriterion(criterion: SuccessCriterion, measures: { id: string; name: string; unit: string }[], schools: { id: string; name: string }[]): string {
  if (criterion.kind === 'qualitative') return criterion.description;
  const measure = measures.find((m) => m.id === criterion.measureId);
  const unit = measure?.unit === 'percent' ? '%' : '';
  const who = criterion.schoolId ? (schools.find((s) => s.id === criterion.schoolId)?.name ?? 'a school no longer in the triad') : 'whole triad';
  const from = criterion.from === null ? '' : ` from ${criterion.from}${unit}`;
  const extra = criterion.description ? ` – ${criterion.description}` : '';
  return `${measure?.name ?? 'A measure no longer set up'}${from} to ${criterion.to}${unit} by ${formatDate(criterion.byDate)} (${who})${extra}`;
}

// ---- Actions ----

export interface MilestoneForm {
  id: string;
  date: string;
  description: string;
  done: boolean;
}

export interface ActionForm {
  objectiveId: string;
  title: string;
  leadSchoolId: string;
  schoolIds: string[];
  owner: string;
  focusGroupId: string;
  startDate: string;
  endDate: string;
  estimatedCost: string;
  /** Only a new action takes its status from the form; afterwards progress updates set it. */
  status: ActionStatus;
  milestones: MilestoneForm[];
  reason: string;
}

export type ActionFields = Pick<
  Action,
  'objectiveId' | 'title' | 'leadSchoolId' | 'schoolIds' | 'owner' | 'focusGroupId' | 'startDate' | 'endDate' | 'estimatedCostPence' | 'status' | 'milestones'
>;

export interface ActionContext {
  /** Academic year of the plan the objective belongs to; null if no objective is chosen. */
  planYear: number | null;
  agreed: boolean;
  /** The triad has schools, so a lead school must be chosen. */
  hasSchools: boolean;
}

function checkDate(text: string, field: string, label: string, errors: Errors): string | null {
  if (!text.trim()) {
    errors[field] = `Enter the ${label} as dd/mm/yyyy.`;
    return null;
  }
  const iso = parseUkDate(text);
  if (!iso) errors[field] = `The ${label} must be a real date, written dd/mm/yyyy.`;
  return iso;
}

export function validateAction(form: ActionForm, context: ActionContext): Validated<ActionFields> {
  const errors: Errors = {};
  if (!form.objectiveId) errors.objectiveId = 'Choose the objective this action works towards.';
  if (!form.title.trim()) errors.title = 'Say what will be done.';
  if (context.hasSchools && !form.leadSchoolId) errors.leadSchoolId = 'Choose the lead school.';
  const start = checkDate(form.startDate, 'startDate', 'start date', errors);
  const end = checkDate(form.endDate, 'endDate', 'end date', errors);
  if (start && end && end < start) errors.endDate = 'The end date must be on or after the start date.';
  if (context.planYear !== null) {
    const year = academicYearRange(context.planYear);
    const outside = `must fall within the programme year ${academicYearLabel(context.planYear)} (${formatDate(year.start)} to ${formatDate(year.end)}).`;
    if (start && !isWithin(start, year)) errors.startDate = `The start date ${outside}`;
    if (end && !isWithin(end, year) && !errors.endDate) errors.endDate = `The end date ${outside}`;
  }
  const cost = form.estimatedCost.trim() === '' ? ({ ok: true, pence: 0 } as const) : parsePounds(form.estimatedCost);
  if (!cost.ok) errors.estimatedCost = cost.error;
  if (!ACTION_STATUSES.includes(form.status)) errors.status = 'Choose a status.';
  const milestones: Milestone[] = form.milestones.map((m, i) => {
    const key = (field: string) => `milestones.${i}.${field}`;
    if (!m.description.trim()) errors[key('description')] = 'Describe the milestone or monitoring point.';
    const date = checkDate(m.date, key('date'), 'milestone date', errors);
    if (date && start && end && start <= end && !isWithin(date, { start, end })) {
      errors[key('date')] = `The milestone must fall within the action’s dates (${formatDate(start)} to ${formatDate(end)}).`;
    }
    return { id: m.id, date: date ?? '', description: m.description.trim(), done: m.done };
  });
  checkReason(context.agreed, form.reason, errors);
  return done(errors, () => ({
    objectiveId: form.objectiveId,
    title: form.title.trim(),
    leadSchoolId: form.leadSchoolId || null,
    schoolIds: [...form.schoolIds],
    owner: form.owner.trim(),
    focusGroupId: form.focusGroupId || null,
    startDate: start!,
    endDate: end!,
    estimatedCostPence: cost.ok ? cost.pence : 0,
    status: form.status,
    milestones: [...milestones].sort((a, b) => a.date.localeCompare(b.date)),
  }));
}

/** The agreement form: a name for the version, who agreed it, and when. */
export interface AgreementForm {
  name: string;
  agreedBy: string;
  agreedOn: string;
}

export function validateAgreement(form: AgreementForm): Validated<{ name: string; agreedBy: string; agreedOn: string }> {
  const errors: Errors = {};
  if (!form.name.trim()) errors.name = 'Give this version a name, for example “Agreed at the triad heads’ meeting”.';
  if (!form.agreedBy.trim()) errors.agreedBy = 'Say who agreed the plan.';
  const agreedOn = checkDate(form.agreedOn, 'agreedOn', 'date it was agreed', errors);
  return done(errors, () => ({ name: form.name.trim(), agreedBy: form.agreedBy.trim(), agreedOn: agreedOn! }));
}
