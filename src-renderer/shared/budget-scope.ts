/**
 * The budget's figures for a chosen period and calendar: shared by the Budget area and the printed
 * budget summary and plan, so the paper always says what the screen says.
 */
import { calendarName, calendarRange, ledgerInRange, summariseBudget, type BudgetCalendar, type BudgetSummary, type DateRange } from '../core/budget';
import { periodSlug } from '../core/budget-csv';
import { yearFigures } from '../core/budget-rules';
import { academicYearLabel, formatDate, programmeRange, programmeYearList } from '../core/dates';
import type { Allocation, LedgerEntry, Triad } from '../core/model';
import type { BudgetData } from '../db/budget';

/** What the budget views show: a programme year, or the whole programme. */
export type BudgetScope = { kind: 'year'; year: number } | { kind: 'programme' };

export interface ScopeFigures {
  summary: BudgetSummary;
  ledger: LedgerEntry[];
  allocations: Allocation[];
  range: DateRange;
  /** Says which calendar and dates the figures use. */
  periodName: string;
  /** False for a financial-year view: allocations belong to programme (academic) years. */
  showAllocated: boolean;
}

const figuresCache = new WeakMap<BudgetData, Map<string, { triad: Triad; figures: ScopeFigures }>>();

/**
 * `scopeFigures`, worked out once per data change and view: the overview, the ledger and the
 * ledger's warm-up all ask for the same figures, and the ledger's list is indexed by their array.
 */
export function cachedScopeFigures(triad: Triad, data: BudgetData, scope: BudgetScope, calendar: BudgetCalendar, financialYear: number): ScopeFigures {
  let byView = figuresCache.get(data);
  if (!byView) figuresCache.set(data, (byView = new Map()));
  const key = `${calendar}:${calendar === 'financial' ? financialYear : scope.kind === 'year' ? scope.year : 'programme'}`;
  const cached = byView.get(key);
  if (cached && cached.triad === triad) return cached.figures;
  const figures = scopeFigures(triad, data, scope, calendar, financialYear);
  byView.set(key, { triad, figures });
  return figures;
}

/**
 * Figures for the chosen scope and calendar. A financial year shows the payments and commitments
 * dated in it, across programme years; allocations are made per academic year so are not shown.
 */
export function scopeFigures(triad: Triad, data: BudgetData, scope: BudgetScope, calendar: BudgetCalendar, financialYear: number): ScopeFigures {
  if (calendar === 'financial') {
    const range = calendarRange('financial', financialYear);
    const ledger = ledgerInRange(data.ledger, range);
    return {
      summary: summariseBudget({ allocationPence: 0, carriedInPence: 0, allocations: [], ledger }),
      ledger,
      allocations: [],
      range,
      periodName: calendarName('financial', financialYear),
      showAllocated: false,
    };
  }
  if (scope.kind === 'year') {
    const record = data.years.find((y) => y.year === scope.year);
    const ledger = data.ledger.filter((e) => e.year === scope.year);
    const allocations = data.allocations.filter((a) => a.year === scope.year);
    return {
      summary: summariseBudget({ ...yearFigures(triad, record), allocations, ledger }),
      ledger,
      allocations,
      range: calendarRange('academic', scope.year),
      periodName: calendarName('academic', scope.year),
      showAllocated: true,
    };
  }
  // Across the programme, money carried between years stays inside it: only allocations count.
  const years = programmeYearList(triad);
  const allocationPence = years.reduce((total, y) => total + yearFigures(triad, data.years.find((r) => r.year === y)).allocationPence, 0);
  const range = programmeRange(triad);
  return {
    summary: summariseBudget({ allocationPence, carriedInPence: 0, allocations: data.allocations, ledger: data.ledger }),
    ledger: data.ledger,
    allocations: data.allocations,
    range,
    periodName: `the whole programme, academic years ${academicYearLabel(triad.firstYear)} to ${academicYearLabel(triad.firstYear + triad.programmeYears - 1)} (${formatDate(range.start)} to ${formatDate(range.end)})`,
    showAllocated: true,
  };
}

/** The period a budget view shows, as file names carry it: "2004-05-academic", "2003-06-programme". */
export function viewPeriodSlug(triad: Triad, scope: BudgetScope, calendar: BudgetCalendar, financialYear: number): string {
  if (calendar === 'financial') return periodSlug('financial', financialYear);
  if (scope.kind === 'year') return periodSlug('academic', scope.year);
  return periodSlug('programme', triad.firstYear, triad.firstYear + triad.programmeYears - 1);
}
