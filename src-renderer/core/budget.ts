/**
 * Budget maths for the £50,000-a-year allocation. Pure: no React, DOM, Dexie or Node.
 * Every amount is integer pence; every total is an exact integer sum (`sumPence`).
 *
 * Exports other areas reuse (impact's evidence chain, the PDF print view, the LEA roll-up):
 *
 * - `summariseBudget(input: SummariseInput): BudgetSummary`
 *     available = allocation + carried in − carried out; allocated = Σ allocations;
 *     committed = open commitments not yet paid (a commitment's amount less the payments made
 *     against it); spent = payments; remaining = available − spent − committed;
 *     overAllocatedPence = max(0, allocated − available); overspentPence = max(0, −remaining);
 *     `byLine`, `bySchool`, `byAction`: one row per key (id, or null for "unassigned"), each with
 *     allocated/committed/spent/remaining. Every column of every breakdown adds up exactly to the
 *     totals: a row's remaining is its allocated − spent − committed, and the unassigned (null)
 *     row also holds the money not yet allocated (available − allocated), so Σ remaining = remaining.
 * - `outstandingPence(commitment, ledger)`: what is still to be paid on one commitment.
 * - `monthlyProfile(ledger, range, plannedTotalPence?): MonthlyProfileRow[]` — payments and open
 *     commitments per calendar month of `range`, with cumulative figures and an even planned
 *     profile (the planned total spread over the months, exactly, remainder pence to the earliest).
 * - Calendars: `BudgetCalendar` ('academic' Sept–Aug | 'financial' April–March),
 *     `calendarRange(calendar, startYear)`, `calendarName(calendar, startYear)` (e.g. "academic
 *     year 2003/04 (01/09/2003 to 31/08/2004)") — reports must print which calendar they use —,
 *     `ledgerInRange(ledger, range)`, `financialYearsOfProgramme(firstYear, programmeYears)`.
 * - `forecastFromPlan({ ledger, allocations, actions, availablePence, today }): PlanForecast` — spent +
 *     open commitments + allocations to actions still to run not yet spent; with a one-sentence
 *     explanation naming the method. The budget overview and home use this one.
 * - `checkSpendWarnings(summary, entry, lineName, names)` (year, line, action and school) and `checkAllocationWarning(...)`: the warnings the head
 *     must give a reason to proceed past.
 */
import { formatPounds, sumPence } from './money';
import {
  academicYearLabel,
  academicYearRange,
  financialYearLabel,
  financialYearRange,
  formatDate,
  isWithin,
} from './dates';
import type { Action, Allocation, IsoDate, LedgerEntry } from './model';

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

export interface SummariseInput {
  allocationPence: number;
  carriedInPence: number;
  /** Unspent money this year passed on to the next by a recorded decision (default 0). */
  carriedOutPence?: number;
  allocations: readonly Allocation[];
  ledger: readonly LedgerEntry[];
}

export interface BudgetFigures {
  allocatedPence: number;
  committedPence: number;
  spentPence: number;
  remainingPence: number;
}

export interface BudgetBreakdownRow extends BudgetFigures {
  /** Budget line, school or action id; null for money not assigned to one. */
  key: string | null;
}

export interface BudgetSummary extends BudgetFigures {
  availablePence: number;
  allocationPence: number;
  carriedInPence: number;
  carriedOutPence: number;
  /** Money not yet allocated (never negative). */
  unallocatedPence: number;
  /** How far allocations exceed the money available (0 when they do not). */
  overAllocatedPence: number;
  /** How far spending and open commitments exceed the money available (0 when they do not). */
  overspentPence: number;
  byLine: BudgetBreakdownRow[];
  bySchool: BudgetBreakdownRow[];
  byAction: BudgetBreakdownRow[];
}

/** Payments that count as spent: not cancelled. */
export function isCountedPayment(entry: LedgerEntry): boolean {
  return entry.kind === 'payment' && entry.status !== 'cancelled';
}

/** What is still to be paid on a commitment: 0 unless it is open; never negative. */
export function outstandingPence(commitment: LedgerEntry, ledger: readonly LedgerEntry[]): number {
  if (commitment.kind !== 'commitment' || commitment.status !== 'open') return 0;
  const paid = sumPence(
    ledger.filter((e) => isCountedPayment(e) && e.commitmentId === commitment.id).map((e) => e.amountPence),
  );
  return Math.max(0, commitment.amountPence - paid);
}

/** Per entry: the amount it adds to "committed" and to "spent". */
function ledgerContributions(ledger: readonly LedgerEntry[]): { entry: LedgerEntry; committed: number; spent: number }[] {
  const paidAgainst = new Map<string, number>();
  for (const e of ledger) {
    if (isCountedPayment(e) && e.commitmentId) {
      paidAgainst.set(e.commitmentId, (paidAgainst.get(e.commitmentId) ?? 0) + e.amountPence);
    }
  }
  return ledger.map((entry) => {
    if (entry.kind === 'payment') return { entry, committed: 0, spent: isCountedPayment(entry) ? entry.amountPence : 0 };
    const open = entry.status === 'open' ? Math.max(0, entry.amountPence - (paidAgainst.get(entry.id) ?? 0)) : 0;
    return { entry, committed: open, spent: 0 };
  });
}

type KeyOf = (item: { budgetLineId: string | null; schoolId: string | null; actionId: string | null }) => string | null;

function breakdown(
  allocations: readonly Allocation[],
  contributions: ReturnType<typeof ledgerContributions>,
  keyOf: KeyOf,
  unallocatedPence: number,
): BudgetBreakdownRow[] {
  const rows = new Map<string | null, { allocated: number[]; committed: number[]; spent: number[] }>();
  const rowFor = (key: string | null) => {
    let row = rows.get(key);
    if (!row) {
      row = { allocated: [], committed: [], spent: [] };
      rows.set(key, row);
    }
    return row;
  };
  for (const a of allocations) rowFor(keyOf(a)).allocated.push(a.amountPence);
  for (const c of contributions) {
    if (c.committed === 0 && c.spent === 0) continue;
    const row = rowFor(keyOf(c.entry));
    row.committed.push(c.committed);
    row.spent.push(c.spent);
  }
  if (unallocatedPence !== 0) rowFor(null);
  const result: BudgetBreakdownRow[] = [];
  for (const [key, row] of rows) {
    const allocatedPence = sumPence(row.allocated);
    const committedPence = sumPence(row.committed);
    const spentPence = sumPence(row.spent);
    const extra = key === null ? unallocatedPence : 0;
    result.push({ key, allocatedPence, committedPence, spentPence, remainingPence: allocatedPence + extra - spentPence - committedPence });
  }
  // Named rows first in a stable order, the unassigned row last.
  return result.sort((a, b) => (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1));
}

export function summariseBudget(input: SummariseInput): BudgetSummary {
  const carriedOutPence = input.carriedOutPence ?? 0;
  const availablePence = sumPence([input.allocationPence, input.carriedInPence, -carriedOutPence]);
  const allocatedPence = sumPence(input.allocations.map((a) => a.amountPence));
  const contributions = ledgerContributions(input.ledger);
  const committedPence = sumPence(contributions.map((c) => c.committed));
  const spentPence = sumPence(contributions.map((c) => c.spent));
  const remainingPence = availablePence - spentPence - committedPence;
  // The "unassigned" row carries available − allocated (which may be negative when over-allocated)
  // so that every breakdown's remaining column adds up to the year's remaining.
  const notAllocated = availablePence - allocatedPence;
  return {
    availablePence,
    allocationPence: input.allocationPence,
    carriedInPence: input.carriedInPence,
    carriedOutPence,
    allocatedPence,
    committedPence,
    spentPence,
    remainingPence,
    unallocatedPence: Math.max(0, notAllocated),
    overAllocatedPence: Math.max(0, -notAllocated),
    overspentPence: Math.max(0, -remainingPence),
    byLine: breakdown(input.allocations, contributions, (x) => x.budgetLineId, notAllocated),
    bySchool: breakdown(input.allocations, contributions, (x) => x.schoolId, notAllocated),
    byAction: breakdown(input.allocations, contributions, (x) => x.actionId, notAllocated),
  };
}

// ---- Calendars ----

export type BudgetCalendar = 'academic' | 'financial';

/** Academic year = 1 Sept – 31 Aug; financial year = 1 April – 31 March; by the year it starts in. */
export function calendarRange(calendar: BudgetCalendar, startYear: number): DateRange {
  return calendar === 'academic' ? academicYearRange(startYear) : financialYearRange(startYear);
}

/** "academic year 2003/04 (01/09/2003 to 31/08/2004)" or "financial year 2004-05 (01/04/2004 to 31/03/2005)". */
export function calendarName(calendar: BudgetCalendar, startYear: number): string {
  const range = calendarRange(calendar, startYear);
  const label = calendar === 'academic' ? `academic year ${academicYearLabel(startYear)}` : `financial year ${financialYearLabel(startYear)}`;
  return `${label} (${formatDate(range.start)} to ${formatDate(range.end)})`;
}

export function ledgerInRange<T extends { date: IsoDate }>(ledger: readonly T[], range: DateRange): T[] {
  return ledger.filter((e) => isWithin(e.date, range));
}

/** The financial years a programme of academic years touches: 2003/04 for 2 years → 2003, 2004, 2005. */
export function financialYearsOfProgramme(firstYear: number, programmeYears: number): number[] {
  return Array.from({ length: programmeYears + 1 }, (_, i) => firstYear + i);
}

// ---- Monthly profile ----

export interface MonthlyProfileRow {
  /** "2003-09" */
  month: string;
  /** "Sep 2003" */
  label: string;
  spentPence: number;
  /** Open commitments dated in the month, still to be paid. */
  committedPence: number;
  plannedPence: number;
  cumulativeSpentPence: number;
  cumulativePlannedPence: number;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar months a range touches, as "YYYY-MM". */
export function monthsOf(range: DateRange): string[] {
  const months: string[] = [];
  let [y, m] = range.start.split('-').map(Number) as [number, number];
  const [endY, endM] = range.end.split('-').map(Number) as [number, number];
  while (y < endY || (y === endY && m <= endM)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

/** Splits a total into `parts` whole-pence shares that add up exactly (earlier parts get the odd pence). */
export function evenSplit(totalPence: number, parts: number): number[] {
  if (parts <= 0) return [];
  const sign = totalPence < 0 ? -1 : 1;
  const abs = Math.abs(totalPence);
  const base = Math.floor(abs / parts);
  const extra = abs % parts;
  return Array.from({ length: parts }, (_, i) => sign * (base + (i < extra ? 1 : 0)) || 0);
}

export function monthlyProfile(ledger: readonly LedgerEntry[], range: DateRange, plannedTotalPence = 0): MonthlyProfileRow[] {
  const months = monthsOf(range);
  const planned = evenSplit(plannedTotalPence, months.length);
  const index = new Map(months.map((m, i) => [m, i]));
  const spent = months.map(() => 0);
  const committed = months.map(() => 0);
  for (const c of ledgerContributions(ledger)) {
    if (!isWithin(c.entry.date, range)) continue;
    const i = index.get(c.entry.date.slice(0, 7));
    if (i === undefined) continue;
    spent[i]! += c.spent;
    committed[i]! += c.committed;
  }
  let cumulativeSpent = 0;
  let cumulativePlanned = 0;
  return months.map((month, i) => {
    cumulativeSpent += spent[i]!;
    cumulativePlanned += planned[i]!;
    return {
      month,
      label: monthLabel(month),
      spentPence: spent[i]!,
      committedPence: committed[i]!,
      plannedPence: planned[i]!,
      cumulativeSpentPence: cumulativeSpent,
      cumulativePlannedPence: cumulativePlanned,
    };
  });
}

// ---- Forecast ----

/**
 * A forecast a head can trust: what is already spent, plus what is committed on open orders, plus
 * what is allocated to plan actions still to run and not yet spent or committed. Never a trend
 * projected from past months (one large fee in September would otherwise look like a monthly rate).
 */
export interface PlanForecast {
  method: 'committed-and-allocated';
  spentPence: number;
  committedPence: number;
  /** Allocated to actions still to run (not complete, ending today or later), not yet spent or committed. */
  plannedPence: number;
  plannedActions: number;
  /** The last end date among those actions, or null when there are none. */
  lastEndDate: IsoDate | null;
  forecastSpendPence: number;
  /** Available − forecast spend: negative means a forecast overspend. */
  forecastRemainingPence: number;
  /** The forecast in one sentence, with the method named. */
  explanation: string;
}

export function forecastFromPlan(input: {
  ledger: readonly LedgerEntry[];
  allocations: readonly Allocation[];
  actions: readonly Pick<Action, 'id' | 'endDate' | 'status'>[];
  availablePence: number;
  today: IsoDate;
}): PlanForecast {
  const contributions = ledgerContributions(input.ledger);
  const spentPence = sumPence(contributions.map((c) => c.spent));
  const committedPence = sumPence(contributions.map((c) => c.committed));
  const usedByAction = new Map<string, number>();
  for (const c of contributions) {
    if (c.entry.actionId) usedByAction.set(c.entry.actionId, (usedByAction.get(c.entry.actionId) ?? 0) + c.spent + c.committed);
  }
  const allocatedByAction = new Map<string, number>();
  for (const a of input.allocations) if (a.actionId) allocatedByAction.set(a.actionId, (allocatedByAction.get(a.actionId) ?? 0) + a.amountPence);
  const stillToRun = input.actions.filter((a) => a.status !== 'complete' && a.endDate >= input.today);
  const planned = stillToRun
    .map((a) => ({ action: a, pence: Math.max(0, (allocatedByAction.get(a.id) ?? 0) - (usedByAction.get(a.id) ?? 0)) }))
    .filter((p) => p.pence > 0);
  const plannedPence = sumPence(planned.map((p) => p.pence));
  const lastEndDate = planned.map((p) => p.action.endDate).sort().at(-1) ?? null;
  const forecastSpendPence = spentPence + committedPence + plannedPence;
  const forecastRemainingPence = input.availablePence - forecastSpendPence;
  const outcome =
    forecastRemainingPence < 0
      ? `which would overspend by ${formatPounds(-forecastRemainingPence)}`
      : `leaving ${formatPounds(forecastRemainingPence)} unspent`;
  const plannedWords =
    planned.length === 0
      ? 'nothing allocated to actions still to run'
      : `${formatPounds(plannedPence)} allocated to ${planned.length} ${planned.length === 1 ? 'action' : 'actions'} still to run (ending by ${formatDate(lastEndDate!)}) and not yet spent`;
  const explanation =
    `Forecast year-end spending ${formatPounds(forecastSpendPence)}, ${outcome}: ${formatPounds(spentPence)} spent, ` +
    `${formatPounds(committedPence)} committed on open orders and ${plannedWords} ` +
    '(method: spending plus commitments plus unspent allocations to actions, not a trend from past months).';
  return { method: 'committed-and-allocated', spentPence, committedPence, plannedPence, plannedActions: planned.length, lastEndDate, forecastSpendPence, forecastRemainingPence, explanation };
}

// ---- Warnings the head proceeds past only with a recorded reason ----

export interface BudgetWarning {
  code: 'overspend-year' | 'overspend-line' | 'overspend-action' | 'overspend-school' | 'over-allocation' | 'plan-exceeds-money';
  message: string;
}

/**
 * What recording `entry` (new, or an edited version of an entry already in the summary's ledger)
 * would overspend: the year's money, and its budget line's allocation where the line has one.
 * `before` is the summary without the entry.
 */
export function checkSpendWarnings(
  before: BudgetSummary,
  entry: Pick<LedgerEntry, 'amountPence' | 'budgetLineId' | 'status' | 'kind'> & Partial<Pick<LedgerEntry, 'actionId' | 'schoolId'>>,
  lineName: string,
  names: { action?: string; school?: string } = {},
): BudgetWarning[] {
  if (entry.status === 'cancelled') return [];
  const warnings: BudgetWarning[] = [];
  const yearAfter = before.remainingPence - entry.amountPence;
  if (yearAfter < 0) {
    warnings.push({
      code: 'overspend-year',
      message: `This would overspend the year's budget by ${formatPounds(-yearAfter)} (${formatPounds(before.remainingPence)} is left).`,
    });
  }
  // A line, a plan action or a school with money allocated to it warns when this entry takes it past that.
  const over = (rows: BudgetBreakdownRow[], key: string | null | undefined, code: BudgetWarning['code'], name: string) => {
    if (!key) return;
    const row = rows.find((r) => r.key === key);
    if (!row || row.allocatedPence <= 0) return;
    const after = row.remainingPence - entry.amountPence;
    if (after < 0) {
      warnings.push({ code, message: `This would take ${name} ${formatPounds(-after)} over its allocation of ${formatPounds(row.allocatedPence)}.` });
    }
  };
  over(before.byLine, entry.budgetLineId, 'overspend-line', lineName);
  over(before.byAction, entry.actionId, 'overspend-action', names.action ? `the action “${names.action}”` : 'this action');
  over(before.bySchool, entry.schoolId, 'overspend-school', names.school ?? 'this school');
  return warnings;
}

/** The warning where the plan's estimated costs for the year come to more than the year's money. */
export function checkPlanCostWarning(availablePence: number, planCostPence: number): BudgetWarning | null {
  if (planCostPence <= availablePence) return null;
  return {
    code: 'plan-exceeds-money',
    message: `The plan's estimated costs (${formatPounds(planCostPence)}) come to ${formatPounds(planCostPence - availablePence)} more than the ${formatPounds(availablePence)} available this year.`,
  };
}

/**
 * Allocations proposed from the plan in one go: each action of the year with an estimated cost
 * and no allocation yet gets one for that cost, in plan order.
 */
export function proposePlanAllocations(
  actions: readonly Pick<Action, 'id' | 'title' | 'estimatedCostPence' | 'leadSchoolId'>[],
  allocations: readonly Pick<Allocation, 'actionId'>[],
): { actionId: string; title: string; amountPence: number }[] {
  const allocated = new Set(allocations.map((a) => a.actionId).filter(Boolean));
  return actions.filter((a) => a.estimatedCostPence > 0 && !allocated.has(a.id)).map((a) => ({ actionId: a.id, title: a.title, amountPence: a.estimatedCostPence }));
}

/** The warning for allocating `amountPence` more when `allocatedPence` of `availablePence` is already allocated. */
export function checkAllocationWarning(availablePence: number, allocatedPence: number, amountPence: number): BudgetWarning | null {
  const after = allocatedPence + amountPence;
  if (after <= availablePence) return null;
  return {
    code: 'over-allocation',
    message: `This would allocate ${formatPounds(after - availablePence)} more than the ${formatPounds(availablePence)} available.`,
  };
}
