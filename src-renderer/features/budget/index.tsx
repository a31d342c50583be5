import { useEffect, useState } from 'react';
import { Link, NavLink, Route, Routes, useSearchParams } from 'react-router-dom';
import type { BudgetCalendar } from '../../core/budget';
import { currentProgrammeYear, financialYearOf, todayIso } from '../../core/dates';
import type { Triad } from '../../core/model';
import { EmptyState, Page } from '../../ui/Page';
import { useSchools, useTriad } from '../../shared/use-triad';
import { BudgetOverview } from './BudgetOverview';
import { BudgetSetup } from './BudgetSetup';
import { LedgerImport } from './LedgerImport';
import { LedgerView } from './LedgerView';
import { useBudgetData, useNames } from './use-budget';
import { cachedScopeFigures, type BudgetScope } from '../../shared/budget-scope';
import { LedgerIndex, NO_FILTER, DEFAULT_SORT } from './ledger-filter';
import './budget.css';

export default function BudgetArea() {
  const triad = useTriad();
  if (triad === undefined) return <p role="status">Loading…</p>;
  if (triad === null) {
    return (
      <Page title="Budget">
        <EmptyState title="Set up your triad first">
          <p>
            The budget follows the triad&rsquo;s programme years and annual allocation. <Link to="/triad">Set up the triad</Link> to
            start tracking the money.
          </p>
        </EmptyState>
      </Page>
    );
  }
  return <BudgetWorkspace triad={triad} />;
}

export interface ViewState {
  scope: BudgetScope;
  setScope: (scope: BudgetScope) => void;
  calendar: BudgetCalendar;
  setCalendar: (calendar: BudgetCalendar) => void;
  financialYear: number;
  setFinancialYear: (year: number) => void;
}

function BudgetWorkspace({ triad }: { triad: Triad }) {
  const data = useBudgetData(triad.id);
  const schools = useSchools(triad.id);
  const names = useNames(data, schools);
  const [params] = useSearchParams();
  // Home and the year close link to a given year (`?year=2003`); otherwise the current one.
  const [scope, setScope] = useState<BudgetScope>(() => {
    const asked = Number(params.get('year'));
    return { kind: 'year', year: asked >= triad.firstYear && asked < triad.firstYear + triad.programmeYears ? asked : currentProgrammeYear(triad) };
  });
  const [calendar, setCalendar] = useState<BudgetCalendar>('academic');
  const [financialYear, setFinancialYear] = useState(() => {
    const fy = financialYearOf(todayIso());
    return Math.min(Math.max(fy, triad.firstYear), triad.firstYear + triad.programmeYears);
  });
  const view: ViewState = { scope, setScope, calendar, setCalendar, financialYear, setFinancialYear };
  // The ledger's index is kept per data change, not built when the ledger opens: once the data
  // has loaded (or changed) and the screen has painted, index it for the view chosen.
  useEffect(() => {
    if (!data || !schools) return;
    LedgerIndex.of(cachedScopeFigures(triad, data, scope, calendar, financialYear).ledger, names).query(NO_FILTER, DEFAULT_SORT);
  }, [triad, data, schools, names, scope, calendar, financialYear]);
  if (!data || !schools) return <p role="status">Loading…</p>;
  const shared = { triad, data, schools, names };
  return (
    <>
      <nav aria-label="Budget" className="budget-nav">
        <ul>
          <li>
            <NavLink to="/budget" end>
              Overview
            </NavLink>
          </li>
          <li>
            <NavLink to="/budget/setup">Allocation and lines</NavLink>
          </li>
          <li>
            <NavLink to="/budget/ledger">Ledger</NavLink>
          </li>
          <li>
            <NavLink to="/budget/import">Import from finance system</NavLink>
          </li>
        </ul>
      </nav>
      <Routes>
        <Route index element={<BudgetOverview {...shared} view={view} />} />
        <Route path="setup" element={<BudgetSetup {...shared} view={view} />} />
        <Route path="ledger" element={<LedgerView {...shared} view={view} />} />
        <Route path="import" element={<LedgerImport {...shared} />} />
      </Routes>
    </>
  );
}
