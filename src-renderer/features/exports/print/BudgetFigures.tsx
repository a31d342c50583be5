import { summariseBudgetPeriod, type BudgetData, type BudgetPeriodSummary } from '../../../core/budget-period';
import { formatPounds } from '../../../core/money';

const money = (pence: number | null) => (pence === null ? '–' : formatPounds(pence));

/** One period's budget: the totals, then each budget line. Says which calendar it uses. */
export function BudgetPeriodTables({ summary, headingLevel = 3 }: { summary: BudgetPeriodSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="budget-period">
      <Heading>{summary.periodLabel}</Heading>
      <table className="print-table budget-totals">
        <tbody>
          {summary.calendar === 'academic' ? (
            <>
              <tr>
                <th scope="row">Allocation</th>
                <td className="num">{money(summary.allocationPence)}</td>
              </tr>
              <tr>
                <th scope="row">Carried in from the previous year</th>
                <td className="num">{money(summary.carriedInPence)}</td>
              </tr>
              <tr>
                <th scope="row">Available</th>
                <td className="num">{money(summary.availablePence)}</td>
              </tr>
            </>
          ) : null}
          <tr>
            <th scope="row">Committed (ordered, not yet paid)</th>
            <td className="num">{money(summary.committedPence)}</td>
          </tr>
          <tr>
            <th scope="row">Spent</th>
            <td className="num">{money(summary.spentPence)}</td>
          </tr>
          {summary.calendar === 'academic' ? (
            <tr>
              <th scope="row">Remaining</th>
              <td className="num">{money(summary.remainingPence)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {summary.calendar === 'financial' ? (
        <p className="note">Allocations are made for each academic year, so this financial-year report shows what was committed and spent between those dates.</p>
      ) : null}
      {summary.lines.length > 0 ? (
        <table className="print-table">
          <thead>
            <tr>
              <th scope="col">Budget line</th>
              {summary.calendar === 'academic' ? (
                <th scope="col" className="num">
                  Allocated
                </th>
              ) : null}
              <th scope="col" className="num">
                Committed
              </th>
              <th scope="col" className="num">
                Spent
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.lines.map((line) => (
              <tr key={line.name}>
                <td>{line.name}</td>
                {summary.calendar === 'academic' ? <td className="num">{money(line.allocatedPence)}</td> : null}
                <td className="num">{money(line.committedPence)}</td>
                <td className="num">{money(line.spentPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Nothing has been allocated to budget lines, committed or spent in this period.</p>
      )}
    </div>
  );
}

/** The plan's budget section: each programme year, by academic year. */
export function PlanBudgetSection({ data, years }: { data: BudgetData; years: number[] }) {
  return (
    <section aria-labelledby="budget-title">
      <h2 id="budget-title">Budget summary</h2>
      <p>Figures are for academic years (1 September to 31 August).</p>
      {years.map((year) => (
        <BudgetPeriodTables key={year} summary={summariseBudgetPeriod(data, 'academic', year)} />
      ))}
    </section>
  );
}

