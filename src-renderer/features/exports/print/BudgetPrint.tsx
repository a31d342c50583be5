import { useLocation } from 'react-router-dom';
import { parseBudgetPrintQuery } from '../../../core/plan-print';
import { academicYearLabel, formatDate, todayIso } from '../../../core/dates';
import { BudgetPeriod } from './BudgetFigures';
import { PrintMessage } from './PrintMessage';
import { usePrintReady } from './use-print-ready';
import { useTriadPrintData } from './use-triad-print-data';

/** `/print/budget?calendar=academic|financial&year=2003`: the budget summary on its own. */
export function BudgetPrint() {
  const request = parseBudgetPrintQuery(useLocation().search);
  const loaded = useTriadPrintData();
  const ready = loaded.state === 'ready';
  usePrintReady(ready && request !== null, ready ? `${loaded.data.triad.name}: budget summary` : undefined);
  if (!request) return <PrintMessage title="Nothing to print">The budget year was not given.</PrintMessage>;
  if (loaded.state === 'loading') return <p>Preparing the budget summary…</p>;
  if (loaded.state === 'no-triad') return <PrintMessage title="No triad set up yet">Set up the triad before printing its budget.</PrintMessage>;
  if (loaded.state === 'failed') return <PrintMessage title="The budget could not be read">{loaded.message}</PrintMessage>;
  return (
    <main className="print-doc">
      <h1 className="doc-title">{loaded.data.triad.name}: budget summary</h1>
      <p>
        {request.calendar === 'academic'
          ? `Academic year ${academicYearLabel(request.year)}: this report uses the academic year, 1 September to 31 August.`
          : 'This report uses the financial year, 1 April to 31 March.'}{' '}
        Printed {formatDate(todayIso())}.
      </p>
      <BudgetPeriod
        triad={loaded.data.triad}
        data={loaded.data.budget}
        scope={{ kind: 'year', year: request.year }}
        calendar={request.calendar}
        financialYear={request.year}
        heading="h2"
      />
    </main>
  );
}
