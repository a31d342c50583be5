import { calendarName } from '../../../../core/budget';
import type { School, Triad } from '../../../../core/model';
import type { BudgetData } from '../../../../db/budget';
import { scopeFigures } from '../../../budget/use-budget';
import { BreakdownTable, FiguresTable } from './BreakdownTable';
import { budgetNames } from './budget-names';

/** The plan's budget section: each programme year in the document by budget line, in academic years. */
export function PlanBudget({ triad, data, schools, years }: { triad: Triad; data: BudgetData; schools: School[]; years: number[] }) {
  const names = budgetNames(data, schools);
  return (
    <section aria-labelledby="budget-title">
      <h2 id="budget-title">Budget summary</h2>
      <p>Figures are for academic years (1 September to 31 August). The budget summary document gives the figures by school and by action, and the monthly profile.</p>
      {years.map((year) => {
        const figures = scopeFigures(triad, data, { kind: 'year', year }, 'academic', year);
        const { summary } = figures;
        return (
          <div key={year} className="budget-period">
            <p className="label">{calendarName('academic', year).replace(/^a/, 'A')}</p>
            <FiguresTable
              items={[
                ['Available', summary.availablePence],
                ['Allocated', summary.allocatedPence],
                ['Committed', summary.committedPence],
                ['Spent', summary.spentPence],
                ['Remaining', summary.remainingPence],
              ]}
            />
            <BreakdownTable caption={`By budget line, ${figures.periodName}`} keyHeading="Budget line" rows={summary.byLine} totals={summary} names={names.lines} showAllocated />
          </div>
        );
      })}
    </section>
  );
}
