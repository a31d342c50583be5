/**
 * Everything the home page shows beyond the plan at a glance — this year's money, the headline
 * result, progress for the termly prompt and the last year's loose ends — in one read transaction,
 * so the first screen costs one database read.
 */
import { forecastFromPlan, summariseBudget, type BudgetSummary, type PlanForecast } from '../core/budget';
import { yearFigures } from '../core/budget-rules';
import { headlineRows, headlineMeasure } from '../core/headline';
import { closedYearKey } from '../core/home-prompts';
import type { Action, ProgressUpdate, Triad } from '../core/model';
import type { TriadDatabase } from './database';

export interface HomeYear {
  summary: BudgetSummary;
  forecast: PlanForecast;
  headline: { measure: string; improved: number; aboveThreshold: number; schools: number; baselineYear: number } | null;
  actions: Action[];
  updates: ProgressUpdate[];
  previous: { year: number; unfinished: number; unspentPence: number } | null;
}

export async function loadHomeYear(db: TriadDatabase, triad: Triad, year: number, today: string): Promise<HomeYear> {
  return db.transaction('r', [db.plans, db.actions, db.progressUpdates, db.budgetYears, db.allocations, db.ledgerEntries, db.schools, db.measures, db.results, db.settings], async () => {
    const byTriad = { triadId: triad.id };
    const [plans, years, allocations, ledger, schools, measures, results] = await Promise.all([
      db.plans.where(byTriad).toArray(),
      db.budgetYears.where('[triadId+year]').between([triad.id, year - 1], [triad.id, year], true, true).toArray(),
      db.allocations.where('[triadId+year]').between([triad.id, year - 1], [triad.id, year], true, true).toArray(),
      db.ledgerEntries.where('[triadId+year]').between([triad.id, year - 1], [triad.id, year], true, true).toArray(),
      db.schools.where(byTriad).toArray(),
      db.measures.where(byTriad).toArray(),
      db.results.where(byTriad).toArray(),
    ]);
    const plan = plans.find((p) => p.year === year);
    const previousPlan = plans.find((p) => p.year === year - 1);
    const [actions, updates, previousActions, closed] = await Promise.all([
      plan ? db.actions.where('planId').equals(plan.id).toArray() : Promise.resolve([]),
      plan ? db.progressUpdates.where('planId').equals(plan.id).toArray() : Promise.resolve([]),
      previousPlan ? db.actions.where('planId').equals(previousPlan.id).toArray() : Promise.resolve([]),
      previousPlan ? db.settings.get(closedYearKey(triad.id, previousPlan.year)) : Promise.resolve(undefined),
    ]);
    const figuresFor = (y: number) => {
      const yearAllocations = allocations.filter((a) => a.year === y);
      const yearLedger = ledger.filter((e) => e.year === y);
      return { summary: summariseBudget({ ...yearFigures(triad, years.find((r) => r.year === y)), allocations: yearAllocations, ledger: yearLedger }), yearAllocations, yearLedger };
    };
    const current = figuresFor(year);
    const forecast = forecastFromPlan({ ledger: current.yearLedger, allocations: current.yearAllocations, actions, availablePence: current.summary.availablePence, today });
    const measure = headlineMeasure({ triad, measures });
    const rows = measure ? headlineRows({ triad, schools, measures, results }, triad.improvementThreshold, triad.thresholdKind) : [];
    const headline = measure
      ? { measure: measure.name, improved: rows.filter((r) => r.improved).length, aboveThreshold: rows.filter((r) => r.aboveThreshold).length, schools: rows.filter((r) => r.improved !== null).length, baselineYear: triad.baselineYear }
      : null;
    const previous =
      previousPlan && !closed
        ? { year: previousPlan.year, unfinished: previousActions.filter((a) => a.status !== 'complete').length, unspentPence: Math.max(0, figuresFor(previousPlan.year).summary.remainingPence) }
        : null;
    return { summary: current.summary, forecast, headline, actions, updates, previous };
  });
}
