import type { NameLookups } from '../../core/budget-csv';
import { yearFigures } from '../../core/budget-rules';
import { summariseBudget } from '../../core/budget';
import { formatPounds } from '../../core/money';
import { programmeYearLabel } from '../../core/dates';
import type { School, Triad } from '../../core/model';
import type { BudgetData } from '../../db/budget';
import { Page } from '../../ui/Page';
import { AllocationsSection } from './AllocationsSection';
import { BudgetLinesEditor } from './BudgetLinesEditor';
import { CarryForwardSection } from './CarryForwardSection';
import type { ViewState } from './index';
import { ScopePicker } from './ScopePicker';
import { YearAllocationForm } from './YearAllocationForm';

interface Props {
  triad: Triad;
  data: BudgetData;
  schools: School[];
  names: NameLookups;
  view: ViewState;
}

export function BudgetSetup({ triad, data, schools, names, view }: Props) {
  const year = view.scope.kind === 'year' ? view.scope.year : triad.firstYear;
  const record = data.years.find((y) => y.year === year);
  const allocations = data.allocations.filter((a) => a.year === year);
  const summary = summariseBudget({ ...yearFigures(triad, record), allocations, ledger: data.ledger.filter((e) => e.year === year) });
  const isLastYear = year >= triad.firstYear + triad.programmeYears - 1;
  return (
    <Page title="Allocation and budget lines" lede="Set each programme year's money, carry unspent money forward, and split it across lines, actions and schools.">
      <ScopePicker triad={triad} view={{ ...view, scope: { kind: 'year', year } }} allowFinancial={false} />
      <h2>{programmeYearLabel(triad, year)}: the year&rsquo;s money</h2>
      <YearAllocationForm key={`${year}-${record?.updatedAt ?? ''}`} triad={triad} year={year} allocationPence={yearFigures(triad, record).allocationPence} />
      <p>
        Available this year: <strong>{formatPounds(summary.availablePence)}</strong> (allocation {formatPounds(summary.allocationPence)}
        {summary.carriedInPence > 0 ? `, plus ${formatPounds(summary.carriedInPence)} carried in` : ''}
        {summary.carriedOutPence > 0 ? `, less ${formatPounds(summary.carriedOutPence)} carried forward to next year` : ''}).
      </p>
      {isLastYear ? (
        <p>This is the programme&rsquo;s last year, so there is no next year to carry money into.</p>
      ) : (
        <CarryForwardSection key={`cf-${year}-${record?.updatedAt ?? ''}`} triad={triad} year={year} record={record} remainingBeforeCarryPence={summary.remainingPence + summary.carriedOutPence} />
      )}
      <AllocationsSection triad={triad} year={year} data={data} schools={schools} names={names} summary={summary} allocations={allocations} />
      <BudgetLinesEditor triad={triad} lines={data.lines} />
    </Page>
  );
}
