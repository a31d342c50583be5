import type { BudgetBreakdownRow, BudgetFigures } from '../../../../core/budget';
import { breakdownInScreenOrder } from '../../../../core/budget-words';
import { formatPounds } from '../../../../core/money';

/** Allocated, committed, spent and remaining by line, school or action: the name column wraps, money never does. */
export function BreakdownTable({ caption, keyHeading, rows, totals, names, showAllocated }: {
  caption: string;
  keyHeading: string;
  rows: readonly BudgetBreakdownRow[];
  totals: BudgetFigures;
  names: Readonly<Record<string, string>>;
  showAllocated: boolean;
}) {
  const money = showAllocated ? 4 : 2;
  const moneyWidth = 15;
  return (
    // A short table is kept whole rather than leave its heading alone at the foot of a page.
    <table className={rows.length <= 12 ? 'print-table breakdown-table keep-together' : 'print-table breakdown-table'}>
      <caption>{caption}</caption>
      <colgroup>
        <col style={{ width: `${100 - money * moneyWidth}%` }} />
        {Array.from({ length: money }, (_, i) => (
          <col key={i} style={{ width: `${moneyWidth}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{keyHeading}</th>
          {showAllocated ? <th scope="col" className="num">Allocated</th> : null}
          <th scope="col" className="num">Committed</th>
          <th scope="col" className="num">Spent</th>
          {showAllocated ? <th scope="col" className="num">Remaining</th> : null}
        </tr>
      </thead>
      <tbody>
        {breakdownInScreenOrder(rows, names).map(({ row, name }) => (
          <tr key={row.key ?? 'unassigned'}>
            <th scope="row">{name}</th>
            {showAllocated ? <td className="num">{formatPounds(row.allocatedPence)}</td> : null}
            <td className="num">{formatPounds(row.committedPence)}</td>
            <td className="num">{formatPounds(row.spentPence)}</td>
            {showAllocated ? (
              <td className="num">
                {formatPounds(row.remainingPence)}
                {row.remainingPence < 0 ? <div className="detail">overspent</div> : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {showAllocated ? <td className="num">{formatPounds(totals.allocatedPence)}</td> : null}
          <td className="num">{formatPounds(totals.committedPence)}</td>
          <td className="num">{formatPounds(totals.spentPence)}</td>
          {showAllocated ? <td className="num">{formatPounds(totals.remainingPence)}</td> : null}
        </tr>
      </tfoot>
    </table>
  );
}

/** The headline figures as a two-column table: label, amount. */
export function FiguresTable({ items }: { items: [string, number][] }) {
  return (
    <table className="print-table figures-table">
      <colgroup>
        <col style={{ width: '60%' }} />
        <col style={{ width: '40%' }} />
      </colgroup>
      <tbody>
        {items.map(([label, pence]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="num">{formatPounds(pence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
