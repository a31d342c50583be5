/**
 * Termly monitoring: progress updates are records of their own, never amendments of the agreed
 * plan. This module holds the pure rules — the three terms of a programme year, which dates a
 * progress update may carry, the latest word on an action, and the term's monitoring record in the
 * shape LEA networks use for termly logs (priority, intended outcomes, activity this term, planned
 * next term, status).
 */
import { academicYearLabel, academicYearRange, formatDate } from './dates';
import type { Action, ActionStatus, Objective, Priority, ProgressUpdate } from './model';
import { STATUS_WORDS } from './plan-words';

export const TERMS = ['autumn', 'spring', 'summer'] as const;
export type Term = (typeof TERMS)[number];

export const TERM_WORDS: Record<Term, string> = { autumn: 'Autumn term', spring: 'Spring term', summer: 'Summer term' };

/**
 * A term's dates within an academic year. Schools' own term dates vary (Easter moves), so the
 * terms are the calendar blocks every school's terms fall in: autumn September–December, spring
 * January–March, summer April–August (the summer holiday's spending belongs to the year it ends).
 */
export function termRange(year: number, term: Term): { start: string; end: string } {
  const next = String(year + 1).padStart(4, '0');
  if (term === 'autumn') return { start: `${String(year).padStart(4, '0')}-09-01`, end: `${String(year).padStart(4, '0')}-12-31` };
  if (term === 'spring') return { start: `${next}-01-01`, end: `${next}-03-31` };
  return { start: `${next}-04-01`, end: `${next}-08-31` };
}

/** The term an ISO date falls in (of the academic year it belongs to). */
export function termOf(iso: string): Term {
  const month = Number(iso.slice(5, 7));
  if (month >= 9) return 'autumn';
  if (month <= 3) return 'spring';
  return 'summer';
}

export function termLabel(year: number, term: Term): string {
  return `${TERM_WORDS[term]} ${academicYearLabel(year)}`;
}

export function nextTerm(term: Term): Term | null {
  const index = TERMS.indexOf(term);
  return TERMS[index + 1] ?? null;
}

/**
 * Why a progress update's date cannot be used, or null when it can: any day of the programme year
 * up to today (monitoring records what has happened, so never a future date).
 */
export function progressDateProblem(iso: string, year: number, today: string): string | null {
  const range = academicYearRange(year);
  if (iso < range.start || iso > range.end) {
    return `The date must fall within the programme year ${academicYearLabel(year)} (${formatDate(range.start)} to ${formatDate(range.end)}).`;
  }
  if (iso > today) return `The date cannot be after today (${formatDate(today)}): record progress once it has happened.`;
  return null;
}

/** Newest first: by date, then by when it was written (two updates on one day keep their order). */
export function byNewest(a: ProgressUpdate, b: ProgressUpdate): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

/** The latest progress update on an action, for the plan PDF and the termly review; null if none. */
export function latestProgress(updates: readonly ProgressUpdate[], actionId: string, upTo?: string): ProgressUpdate | null {
  const mine = updates.filter((u) => u.actionId === actionId && (upTo === undefined || u.date <= upTo));
  return [...mine].sort(byNewest)[0] ?? null;
}

/** "On track (12/11/2003): first joint CPD day held." — the latest progress in one line. */
export function describeProgress(update: ProgressUpdate | null): string {
  if (!update) return 'No progress recorded yet.';
  return `${STATUS_WORDS[update.status]} (${formatDate(update.date)})${update.note ? `: ${update.note}` : '.'}`;
}

export interface MonitoringAction {
  title: string;
  status: ActionStatus;
  statusWords: string;
  /** What happened this term (every update's note, oldest first). */
  activity: string[];
  /** What happens next, from the term's latest update. */
  next: string;
}

export interface MonitoringPriority {
  number: number;
  title: string;
  /** The objectives, as the outcomes the priority intends. */
  intendedOutcomes: string[];
  actions: MonitoringAction[];
}

export interface MonitoringRecord {
  year: number;
  term: Term;
  title: string;
  period: { start: string; end: string };
  priorities: MonitoringPriority[];
}

export interface MonitoringInput {
  year: number;
  term: Term;
  priorities: Priority[];
  objectives: Objective[];
  actions: Action[];
  updates: ProgressUpdate[];
}

/**
 * The term's monitoring record: for each priority, its intended outcomes, and for each of its
 * actions the activity this term, what is planned for next term and the status at the term's end.
 * An action with no update this term keeps the status of its latest earlier update.
 */
export function buildMonitoringRecord(input: MonitoringInput): MonitoringRecord {
  const period = termRange(input.year, input.term);
  const byOrder = <T extends { order: number }>(list: T[]) => [...list].sort((a, b) => a.order - b.order);
  const priorities = byOrder(input.priorities).map((priority, index): MonitoringPriority => {
    const objectives = byOrder(input.objectives.filter((o) => o.priorityId === priority.id));
    const actions = objectives.flatMap((o) => byOrder(input.actions.filter((a) => a.objectiveId === o.id)));
    return {
      number: index + 1,
      title: priority.title,
      intendedOutcomes: objectives.map((o) => o.title),
      actions: actions.map((action) => {
        const inTerm = input.updates
          .filter((u) => u.actionId === action.id && u.date >= period.start && u.date <= period.end)
          .sort((a, b) => -byNewest(a, b));
        const latest = latestProgress(input.updates, action.id, period.end);
        const status = latest?.status ?? action.status;
        return {
          title: action.title,
          status,
          statusWords: STATUS_WORDS[status],
          activity: inTerm.map((u) => u.note).filter((n) => n.trim() !== ''),
          next: inTerm.at(-1)?.nextSteps ?? '',
        };
      }),
    };
  });
  return { year: input.year, term: input.term, title: `Termly monitoring record: ${termLabel(input.year, input.term)}`, period, priorities };
}
