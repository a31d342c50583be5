import { checkPlanCostWarning, forecastFromPlan, monthlyProfile } from '../../core/budget';
import { sumPence } from '../../core/money';
import { csvBytes, summaryToCsv, type NameLookups } from '../../core/budget-csv';
import { todayIso } from '../../core/dates';
import { formatPounds } from '../../core/money';
import type { School, Triad } from '../../core/model';
import { api } from '../../api';
import type { BudgetData } from '../../db/budget';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import { BudgetFiguresList } from './BudgetFiguresList';
import { BudgetSummaryTable } from './BudgetSummaryTable';
import type { ViewState } from './index';
import { ScopePicker } from './ScopePicker';
import { SpendProfileChart } from './SpendProfileChart';
import { cachedScopeFigures, viewPeriodSlug } from '../../shared/budget-scope';

interface Props {
  triad: Triad;
  data: BudgetData;
  schools: School[];
  names: NameLookups;
  view: ViewState;
}

export function BudgetOverview({ triad, data, names, view }: Props) {
  const { notify } = useToast();
  const figures = cachedScopeFigures(triad, data, view.scope, view.calendar, view.financialYear);
  const { summary, showAllocated, periodName } = figures;
  const profile = monthlyProfile(figures.ledger, figures.range, showAllocated ? summary.availablePence : 0);
  const actions = view.scope.kind === 'year' ? data.actions.filter((a) => a.planYear === (view.scope as { year: number }).year) : data.actions;
  const forecast = forecastFromPlan({ ledger: figures.ledger, allocations: figures.allocations, actions, availablePence: summary.availablePence, today: todayIso() });
  const planCost = checkPlanCostWarning(summary.availablePence, sumPence(actions.map((a) => a.estimatedCostPence)));
  const lineNames = names.lines;

  const exportSummary = async () => {
    const text = summaryToCsv(summary, names, periodName);
    const result = await api().saveFile({ purpose: 'csv-export', suggestedName: `budget-summary-${viewPeriodSlug(triad, view.scope, view.calendar, view.financialYear)}.csv`, bytes: csvBytes(text) });
    if (result.saved) notify(`Budget summary saved as ${result.fileName}.`);
  };

  return (
    <Page title="Budget" lede="What is allocated, committed, spent and left of the triad's additional money.">
      <ScopePicker triad={triad} view={view} />
      <p className="period-note" aria-live="polite">
        Showing {periodName}.
      </p>
      {!showAllocated ? (
        <p>Allocations are made for each programme (academic) year, so this view shows only the payments and commitments dated in the financial year.</p>
      ) : null}
      <BudgetFiguresList summary={summary} showAllocated={showAllocated} />
      {showAllocated && summary.overAllocatedPence > 0 ? (
        <div className="warning" role="alert">
          <strong>Over-allocated:</strong> allocations exceed the money available by {formatPounds(summary.overAllocatedPence)}.
        </div>
      ) : null}
      {showAllocated && planCost ? (
        <div className="warning" role="alert">
          <strong>Plan costs more than the money:</strong> {planCost.message}
        </div>
      ) : null}
      {showAllocated && summary.overspentPence > 0 ? (
        <div className="warning" role="alert">
          <strong>Overspent:</strong> spending and open commitments exceed the money available by {formatPounds(summary.overspentPence)}.
        </div>
      ) : null}

      {showAllocated ? (
        <section aria-labelledby="forecast-heading">
          <h2 id="forecast-heading">Forecast year-end position</h2>
          <p className={forecast.forecastRemainingPence < 0 ? 'warning' : undefined}>{forecast.explanation}</p>
        </section>
      ) : null}

      <h2>Where the money goes</h2>
      <BudgetSummaryTable caption={`By budget line – ${periodName}`} keyHeading="Budget line" rows={summary.byLine} totals={summary} names={lineNames} showAllocated={showAllocated} />
      <BudgetSummaryTable caption={`By school – ${periodName}`} keyHeading="School" rows={summary.bySchool} totals={summary} names={names.schools} showAllocated={showAllocated} />
      <BudgetSummaryTable caption={`By plan action – ${periodName}`} keyHeading="Plan action" rows={summary.byAction} totals={summary} names={names.actions} showAllocated={showAllocated} />
      <div className="actions-row">
        <button type="button" className="secondary" onClick={exportSummary}>
          Export summary as CSV
        </button>
      </div>

      <h2>Monthly spend profile</h2>
      <SpendProfileChart
        title={`Monthly spend ${showAllocated ? 'against an even planned profile ' : ''}– ${periodName}`}
        rows={profile}
      />
    </Page>
  );
}
