import type { BudgetBreakdownRow, BudgetFigures } from '../../core/budget';
import { breakdownInScreenOrder, UNASSIGNED_LABEL } from '../../core/budget-words';
import { formatPounds } from '../../core/money';

export interface BudgetSummaryTableProps {
  /** Table caption, e.g. "By budget line – academic year 2003/04 (01/09/2003 to 31/08/2004)". */
  caption: string;
  /** Heading of the first column, e.g. "Budget line". */
  keyHeading: string;
  rows: readonly BudgetBreakdownRow[];
  totals: BudgetFigures;
  /** Display name for each row key (line, school or action id). */
  names: Readonly<Record<string, string>>;
  /** Name of the row whose key is null. */
  unassignedLabel?: string;
  /** False where allocations do not apply (e.g. a financial-year view). */
  showAllocated?: boolean;
}

/**
 * Allocated / committed / spent / remaining by line, school or action, with a totals row.
 * Presentational only (plain props, no database), so the print view can reuse it.
 */
export function BudgetSummaryTable({
  caption,
  keyHeading,
  rows,
  totals,
  names,
  unassignedLabel = UNASSIGNED_LABEL,
  showAllocated = true,
}: BudgetSummaryTableProps) {
  const sorted = breakdownInScreenOrder(rows, names, unassignedLabel);
  return (
    <table className="data budget-summary">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyHeading}</th>
          {showAllocated ? (
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
          {showAllocated ? (
            <th scope="col" className="num">
              Remaining
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {sorted.map(({ row, name }) => (
          <tr key={row.key ?? 'unassigned'}>
            <th scope="row">{name}</th>
            {showAllocated ? <td className="num">{formatPounds(row.allocatedPence)}</td> : null}
            <td className="num">{formatPounds(row.committedPence)}</td>
            <td className="num">{formatPounds(row.spentPence)}</td>
            {showAllocated ? <RemainingCell pence={row.remainingPence} /> : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {showAllocated ? <td className="num">{formatPounds(totals.allocatedPence)}</td> : null}
          <td className="num">{formatPounds(totals.committedPence)}</td>
          <td className="num">{formatPounds(totals.spentPence)}</td>
          {showAllocated ? <RemainingCell pence={totals.remainingPence} /> : null}
        </tr>
      </tfoot>
    </table>
  );
}

function RemainingCell({ pence }: { pence: number }) {
  return (
    <td className="num">
      {formatPounds(pence)}
      {pence < 0 ? (
        <>
          {' '}
          <span className="badge bad">Overspent</span>
        </>
      ) : null}
    </td>
  );
}
