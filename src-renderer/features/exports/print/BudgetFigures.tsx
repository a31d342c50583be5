import type { BudgetCalendar } from '../../../core/budget';
import type { Triad } from '../../../core/model';
import type { BudgetData } from '../../../db/budget';
import { BudgetFiguresList } from '../../budget/BudgetFiguresList';
import { BudgetSummaryTable } from '../../budget/BudgetSummaryTable';
import { scopeFigures, type BudgetScope } from '../../budget/use-budget';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One period's budget, worked out and laid out as the Budget area does, saying which calendar it uses. */
export function BudgetPeriod({ triad, data, scope, calendar, financialYear, heading: H = 'h3' }: {
  triad: Triad;
  data: BudgetData;
  scope: BudgetScope;
  calendar: BudgetCalendar;
  financialYear: number;
  heading?: 'h2' | 'h3';
}) {
  const figures = scopeFigures(triad, data, scope, calendar, financialYear);
  const names = Object.fromEntries(data.lines.map((line) => [line.id, line.name]));
  return (
    <div className="budget-period">
      <H>{capitalise(figures.periodName)}</H>
      <BudgetFiguresList summary={figures.summary} showAllocated={figures.showAllocated} />
      {calendar === 'financial' ? (
        <p className="note">Allocations are made for each academic year, so this financial-year report shows what was committed and spent between those dates.</p>
      ) : null}
      <BudgetSummaryTable caption={`By budget line – ${figures.periodName}`} keyHeading="Budget line" rows={figures.summary.byLine} totals={figures.summary} names={names} showAllocated={figures.showAllocated} />
    </div>
  );
}

/** The plan's budget section: each programme year in the document, by academic year. */
export function PlanBudgetSection({ triad, data, years }: { triad: Triad; data: BudgetData; years: number[] }) {
  return (
    <section aria-labelledby="budget-title">
      <h2 id="budget-title">Budget summary</h2>
      <p>Figures are for academic years (1 September to 31 August).</p>
      {years.map((year) => (
        <BudgetPeriod key={year} triad={triad} data={data} scope={{ kind: 'year', year }} calendar="academic" financialYear={year} />
      ))}
    </section>
  );
}
