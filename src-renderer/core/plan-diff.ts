/**
 * Compares two states of a plan (two agreed versions, or an agreed version and the current draft)
 * and says in words what was added, removed and changed, down to each field's before → after.
 * Items are matched by id, so a renamed action is "changed", not removed and added.
 */
import { formatDate } from './dates';
import type { Action, Milestone, Objective, Priority, SuccessCriterion } from './model';
import { formatPounds } from './money';
import { describeCriterion } from './plan-rules';

export interface PlanContent {
  plan: { title: string };
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
}

/** Names the diff needs to put ids into words. */
export interface DiffNames {
  schools: { id: string; name: string }[];
  measures: { id: string; name: string; unit: string }[];
  focusGroups: { id: string; name: string }[];
}

export type PlanItemKind = 'plan' | 'priority' | 'objective' | 'action';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface ItemDifference {
  kind: PlanItemKind;
  change: 'added' | 'removed' | 'changed';
  id: string;
  title: string;
  fields: FieldChange[];
}

const NONE = '(none)';
const or = (text: string) => (text.trim() ? text : NONE);

interface Lookup extends DiffNames {
  priorities: Priority[];
  objectives: Objective[];
}

function nameOf(list: { id: string; name?: string; title?: string }[], id: string | null, missing: string): string {
  if (!id) return NONE;
  const found = list.find((item) => item.id === id);
  return found ? (found.name ?? found.title ?? missing) : missing;
}

function schoolList(ids: string[], names: DiffNames): string {
  if (ids.length === 0) return NONE;
  return ids.map((id) => nameOf(names.schools, id, 'a former school')).sort().join(', ');
}

function milestoneList(milestones: Milestone[]): string {
  if (milestones.length === 0) return NONE;
  return milestones.map((m) => `${formatDate(m.date)} ${m.description}${m.done ? ' (done)' : ''}`).join('; ');
}

function criteriaList(criteria: SuccessCriterion[], names: DiffNames): string {
  if (criteria.length === 0) return NONE;
  return criteria.map((c) => describeCriterion(c, names.measures, names.schools)).join('; ');
}

type Describer<T> = { field: string; words: (item: T, lookup: Lookup) => string }[];

const PRIORITY_FIELDS: Describer<Priority> = [
  { field: 'Priority', words: (p) => or(p.title) },
  { field: 'Description', words: (p) => or(p.description) },
  { field: 'Position', words: (p) => String(p.order) },
];

const OBJECTIVE_FIELDS: Describer<Objective> = [
  { field: 'Objective', words: (o) => or(o.title) },
  { field: 'Priority', words: (o, l) => nameOf(l.priorities, o.priorityId, 'a removed priority') },
  { field: 'Success criteria', words: (o, l) => criteriaList(o.successCriteria, l) },
  { field: 'Position', words: (o) => String(o.order) },
];

const ACTION_FIELDS: Describer<Action> = [
  { field: 'What will be done', words: (a) => or(a.title) },
  { field: 'Objective', words: (a, l) => nameOf(l.objectives, a.objectiveId, 'a removed objective') },
  { field: 'Lead school', words: (a, l) => nameOf(l.schools, a.leadSchoolId, 'a former school') },
  { field: 'Schools involved', words: (a, l) => schoolList(a.schoolIds, l) },
  { field: 'Owner', words: (a) => or(a.owner) },
  { field: 'Focus group', words: (a, l) => nameOf(l.focusGroups, a.focusGroupId, 'a removed focus group') },
  { field: 'Start date', words: (a) => formatDate(a.startDate) },
  { field: 'End date', words: (a) => formatDate(a.endDate) },
  { field: 'Estimated cost', words: (a) => formatPounds(a.estimatedCostPence) },
  // Status and progress notes are monitoring, not what was agreed: they never count as a change.
  { field: 'Milestones', words: (a) => milestoneList(a.milestones) },
  { field: 'Position', words: (a) => String(a.order) },
];

function compareFields<T>(fields: Describer<T>, before: T, after: T, lookupBefore: Lookup, lookupAfter: Lookup): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const { field, words } of fields) {
    const was = words(before, lookupBefore);
    const now = words(after, lookupAfter);
    if (was !== now) changes.push({ field, before: was, after: now });
  }
  return changes;
}

function describeAll<T>(fields: Describer<T>, item: T, lookup: Lookup, side: 'before' | 'after'): FieldChange[] {
  return fields
    .filter((f) => f.field !== 'Position')
    .map(({ field, words }) => {
      const text = words(item, lookup);
      return side === 'after' ? { field, before: '', after: text } : { field, before: text, after: '' };
    })
    .filter((f) => (side === 'after' ? f.after : f.before) !== NONE);
}

function diffList<T extends { id: string; title: string }>(
  kind: PlanItemKind,
  fields: Describer<T>,
  before: T[],
  after: T[],
  lookupBefore: Lookup,
  lookupAfter: Lookup,
): ItemDifference[] {
  const out: ItemDifference[] = [];
  const afterById = new Map(after.map((item) => [item.id, item]));
  const beforeById = new Map(before.map((item) => [item.id, item]));
  for (const was of before) {
    const now = afterById.get(was.id);
    if (!now) {
      out.push({ kind, change: 'removed', id: was.id, title: was.title, fields: describeAll(fields, was, lookupBefore, 'before') });
      continue;
    }
    const changed = compareFields(fields, was, now, lookupBefore, lookupAfter);
    if (changed.length > 0) out.push({ kind, change: 'changed', id: now.id, title: now.title, fields: changed });
  }
  for (const now of after) {
    if (!beforeById.has(now.id)) out.push({ kind, change: 'added', id: now.id, title: now.title, fields: describeAll(fields, now, lookupAfter, 'after') });
  }
  return out;
}

const byOrder = <T extends { order: number }>(list: T[]) => [...list].sort((a, b) => a.order - b.order);

/** Every difference between two states of a plan: the plan's title, then priorities, objectives and actions. */
export function diffPlans(before: PlanContent, after: PlanContent, names: DiffNames): ItemDifference[] {
  const lookupBefore: Lookup = { ...names, priorities: before.priorities, objectives: before.objectives };
  const lookupAfter: Lookup = { ...names, priorities: after.priorities, objectives: after.objectives };
  const out: ItemDifference[] = [];
  if (before.plan.title !== after.plan.title) {
    out.push({ kind: 'plan', change: 'changed', id: 'plan', title: after.plan.title, fields: [{ field: 'Title', before: before.plan.title, after: after.plan.title }] });
  }
  out.push(...diffList('priority', PRIORITY_FIELDS, byOrder(before.priorities), byOrder(after.priorities), lookupBefore, lookupAfter));
  out.push(...diffList('objective', OBJECTIVE_FIELDS, byOrder(before.objectives), byOrder(after.objectives), lookupBefore, lookupAfter));
  out.push(...diffList('action', ACTION_FIELDS, byOrder(before.actions), byOrder(after.actions), lookupBefore, lookupAfter));
  return out;
}

/** The field-level changes to one record, for the change log's summary. */
export function describeRecordChange(
  kind: 'priority' | 'objective' | 'action',
  before: Priority | Objective | Action,
  after: Priority | Objective | Action,
  names: DiffNames & { priorities: Priority[]; objectives: Objective[] },
): FieldChange[] {
  const fields = (kind === 'priority' ? PRIORITY_FIELDS : kind === 'objective' ? OBJECTIVE_FIELDS : ACTION_FIELDS) as Describer<Priority | Objective | Action>;
  return compareFields(fields, before, after, names, names);
}

const KIND_WORDS: Record<PlanItemKind, string> = { plan: 'Plan', priority: 'Priority', objective: 'Objective', action: 'Action' };

/** "Action “Joint CPD days” changed: End date 20/07/2004 → 16/07/2004". */
export function summariseDifference(difference: ItemDifference): string {
  const what = `${KIND_WORDS[difference.kind]} “${difference.title}”`;
  if (difference.change === 'added') return `${what} added`;
  if (difference.change === 'removed') return `${what} removed`;
  return `${what} changed: ${difference.fields.map((f) => `${f.field} ${f.before} → ${f.after}`).join('; ')}`;
}
