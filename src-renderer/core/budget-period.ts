/**
 * The budget figures the printed reports and the LEA roll-up need: what was available, committed,
 * spent and left, for an academic or a financial year, or for the whole programme.
 *
 * The budget area owns the full budget maths; this is the small part the exports need, kept here
 * until that area's summary can be used in its place.
 */
import { academicYearLabel, academicYearRange, financialYearLabel, financialYearOf, financialYearRange, formatDate, programmeYearList } from './dates';
import type { Allocation, BudgetLine, BudgetYear, LedgerEntry, Triad } from './model';
import type { BudgetCalendar } from './plan-print';
import { sumPence } from './money';

export interface BudgetData {
  triad: Triad;
  budgetYears: BudgetYear[];
  budgetLines: BudgetLine[];
  allocations: Allocation[];
  ledgerEntries: LedgerEntry[];
}

export interface BudgetLineFigures {
  name: string;
  /** Allocated to the line; null when the calendar has no allocations (financial year). */
  allocatedPence: number | null;
  committedPence: number;
  spentPence: number;
}

export interface BudgetPeriodSummary {
  calendar: BudgetCalendar;
  /** "Academic year 2003/04 (01/09/2003 to 31/08/2004)". */
  periodLabel: string;
  /** Allocation plus money carried in; null for a financial year, since allocations are made per academic year. */
  availablePence: number | null;
  allocationPence: number | null;
  carriedInPence: number | null;
  committedPence: number;
  spentPence: number;
  remainingPence: number | null;
  lines: BudgetLineFigures[];
}

/** A year's allocation: the recorded budget year's, or the triad's default. */
export function allocationFor(data: Pick<BudgetData, 'triad' | 'budgetYears'>, year: number): { allocationPence: number; carriedInPence: number } {
  const recorded = data.budgetYears.find((b) => b.triadId === data.triad.id && b.year === year);
  return { allocationPence: recorded?.allocationPence ?? data.triad.annualAllocationPence, carriedInPence: recorded?.carriedInPence ?? 0 };
}

/** Paid out: payments that were not cancelled. */
export function spentOf(entries: LedgerEntry[]): number {
  return sumPence(entries.filter((e) => e.kind === 'payment' && e.status !== 'cancelled').map((e) => e.amountPence));
}

/** Still committed: open commitments, less what has already been paid against them. */
export function committedOf(entries: LedgerEntry[], allEntries: LedgerEntry[] = entries): number {
  const open = entries.filter((e) => e.kind === 'commitment' && e.status === 'open');
  return sumPence(
    open.map((commitment) => {
      const paid = sumPence(allEntries.filter((p) => p.kind === 'payment' && p.status !== 'cancelled' && p.commitmentId === commitment.id).map((p) => p.amountPence));
      return Math.max(0, commitment.amountPence - paid);
    }),
  );
}

export function summariseBudgetPeriod(data: BudgetData, calendar: BudgetCalendar, year: number): BudgetPeriodSummary {
  const own = data.ledgerEntries.filter((e) => e.triadId === data.triad.id);
  const entries = calendar === 'academic' ? own.filter((e) => e.year === year) : own.filter((e) => financialYearOf(e.date) === year);
  const range = calendar === 'academic' ? academicYearRange(year) : financialYearRange(year);
  const name = calendar === 'academic' ? `Academic year ${academicYearLabel(year)}` : `Financial year ${financialYearLabel(year)}`;
  const allocations = calendar === 'academic' ? data.allocations.filter((a) => a.triadId === data.triad.id && a.year === year) : [];
  const lines = data.budgetLines
    .filter((line) => line.triadId === data.triad.id)
    .sort((a, b) => a.order - b.order)
    .map((line) => {
      const lineEntries = entries.filter((e) => e.budgetLineId === line.id);
      return {
        name: line.name,
        allocatedPence: calendar === 'academic' ? sumPence(allocations.filter((a) => a.budgetLineId === line.id).map((a) => a.amountPence)) : null,
        committedPence: committedOf(lineEntries, own),
        spentPence: spentOf(lineEntries),
      };
    })
    .filter((line) => line.allocatedPence || line.committedPence || line.spentPence);
  const committedPence = committedOf(entries, own);
  const spentPence = spentOf(entries);
  const money = calendar === 'academic' ? allocationFor(data, year) : null;
  const availablePence = money ? money.allocationPence + money.carriedInPence : null;
  return {
    calendar,
    periodLabel: `${name} (${formatDate(range.start)} to ${formatDate(range.end)})`,
    availablePence,
    allocationPence: money?.allocationPence ?? null,
    carriedInPence: money?.carriedInPence ?? null,
    committedPence,
    spentPence,
    remainingPence: availablePence === null ? null : availablePence - committedPence - spentPence,
    lines,
  };
}

export interface ProgrammeMoney {
  allocationPence: number;
  committedPence: number;
  spentPence: number;
  remainingPence: number;
}

/** The whole programme: every year's allocation, and everything committed and spent. */
export function summariseProgrammeMoney(data: BudgetData): ProgrammeMoney {
  const allocationPence = sumPence(programmeYearList(data.triad).map((year) => allocationFor(data, year).allocationPence));
  const own = data.ledgerEntries.filter((e) => e.triadId === data.triad.id);
  const committedPence = committedOf(own);
  const spentPence = spentOf(own);
  return { allocationPence, committedPence, spentPence, remainingPence: allocationPence - committedPence - spentPence };
}
