import { useLocation } from 'react-router-dom';
import { forecastFromPlan, monthlyProfile } from '../../../core/budget';
import { budgetFigureItems } from '../../../core/budget-words';
import { formatDate, todayIso } from '../../../core/dates';
import { parseBudgetPrintQuery, type BudgetPrintRequest } from '../../../core/plan-print';
import type { TriadPrintData } from '../../../db/print-data';
import { scopeFigures } from '../../../shared/budget-scope';
import { BreakdownTable, FiguresTable } from './budget/BreakdownTable';
import { budgetNames } from './budget/budget-names';
import { MonthlyProfile } from './budget/MonthlyProfile';
import { ProgrammeTotals } from './budget/ProgrammeTotals';
import { PrintMessage } from './PrintMessage';
import { usePrintReady } from './use-print-ready';
import { useTriadPrintData } from './use-triad-print-data';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `/print/budget?calendar=academic|financial&year=2003`: the budget summary for governors. */
export function BudgetPrint() {
  const request = parseBudgetPrintQuery(useLocation().search);
  const loaded = useTriadPrintData({ years: [], planBody: false, impact: false, budget: true, membership: false });
  if (!request) return <PrintMessage title="Nothing to print">The budget year was not given.</PrintMessage>;
  if (loaded.state === 'loading') return <p>Preparing the budget summary…</p>;
  if (loaded.state === 'no-triad') return <PrintMessage title="No triad set up yet">Set up the triad before printing its budget.</PrintMessage>;
  if (loaded.state === 'failed') return <PrintMessage title="The budget could not be read">{loaded.message}</PrintMessage>;
  return <BudgetDocument data={loaded.data} request={request} />;
}

function BudgetDocument({ data, request }: { data: TriadPrintData; request: BudgetPrintRequest }) {
  const { triad } = data;
  const figures = scopeFigures(triad, data.budget, { kind: 'year', year: request.year }, request.calendar, request.year);
  const { summary, showAllocated, periodName } = figures;
  const names = budgetNames(data.budget, data.schools.filter((s) => s.triadId === triad.id));
  const profile = monthlyProfile(figures.ledger, figures.range, showAllocated ? summary.availablePence : 0);
  // The same forecast as the Budget screen: what is spent and committed, plus money allocated to
  // actions still to run.
  const actions = data.budget.actions.filter((a) => a.planYear === request.year);
  const forecast = forecastFromPlan({ ledger: figures.ledger, allocations: figures.allocations, actions, availablePence: summary.availablePence, today: todayIso() });
  usePrintReady(true, {
    title: `${triad.name}: budget summary, ${periodName}`,
    author: triad.name,
    subject: `Budget summary of the triad’s additional money, ${periodName}`,
  });
  return (
    <main className="print-doc">
      <h1 className="doc-title">
        {`${triad.name}: budget summary, ${periodName}`}
      </h1>
      <p className="calendar-line">
        {request.calendar === 'academic'
          ? 'This report uses the academic year, 1 September to 31 August.'
          : 'This report uses the financial year, 1 April to 31 March. Allocations are made for each academic year, so it shows what was committed and spent between those dates.'}{' '}
        Printed {formatDate(todayIso())}.
      </p>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{capitalise(periodName)}</h2>
        <FiguresTable items={budgetFigureItems(summary, showAllocated)} />
        {showAllocated ? (
          <>
            <p className="label">Forecast year-end position</p>
            <p>
              {forecast.forecastRemainingPence < 0 ? <strong>{forecast.explanation}</strong> : forecast.explanation}
            </p>
          </>
        ) : null}
      </section>
      <section aria-labelledby="where-title">
        <h2 id="where-title">Where the money goes</h2>
        <BreakdownTable caption="By budget line" keyHeading="Budget line" rows={summary.byLine} totals={summary} names={names.lines} showAllocated={showAllocated} />
        <BreakdownTable caption="By school" keyHeading="School" rows={summary.bySchool} totals={summary} names={names.schools} showAllocated={showAllocated} />
        <BreakdownTable caption="By action" keyHeading="Action" rows={summary.byAction} totals={summary} names={names.actions} showAllocated={showAllocated} />
      </section>
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">Monthly profile</h2>
        <MonthlyProfile rows={profile} periodName={periodName} planned={showAllocated} />
      </section>
      <section aria-labelledby="programme-title">
        <h2 id="programme-title">Programme total</h2>
        <ProgrammeTotals triad={triad} data={data.budget} />
      </section>
    </main>
  );
}
