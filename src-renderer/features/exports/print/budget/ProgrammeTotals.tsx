import { programmeYearLabel, programmeYearList } from '../../../../core/dates';
import { formatPounds } from '../../../../core/money';
import type { Triad } from '../../../../core/model';
import type { BudgetData } from '../../../../db/budget';
import { scopeFigures } from '../../../budget/use-budget';

/** Every programme year side by side, and the programme's total, in academic years. */
export function ProgrammeTotals({ triad, data }: { triad: Triad; data: BudgetData }) {
  const years = programmeYearList(triad).map((year) => ({ year, summary: scopeFigures(triad, data, { kind: 'year', year }, 'academic', year).summary }));
  const total = scopeFigures(triad, data, { kind: 'programme' }, 'academic', triad.firstYear).summary;
  return (
    <table className="print-table programme-table">
      <caption>The whole programme, by academic year</caption>
      <colgroup>
        <col style={{ width: '25%' }} />
        <col style={{ width: '15%' }} />
        <col style={{ width: '15%' }} />
        <col style={{ width: '15%' }} />
        <col style={{ width: '15%' }} />
        <col style={{ width: '15%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Programme year</th>
          <th scope="col" className="num">Available</th>
          <th scope="col" className="num">Allocated</th>
          <th scope="col" className="num">Committed</th>
          <th scope="col" className="num">Spent</th>
          <th scope="col" className="num">Remaining</th>
        </tr>
      </thead>
      <tbody>
        {years.map(({ year, summary }) => (
          <tr key={year}>
            <th scope="row">{programmeYearLabel(triad, year)}</th>
            <td className="num">{formatPounds(summary.availablePence)}</td>
            <td className="num">{formatPounds(summary.allocatedPence)}</td>
            <td className="num">{formatPounds(summary.committedPence)}</td>
            <td className="num">{formatPounds(summary.spentPence)}</td>
            <td className="num">{formatPounds(summary.remainingPence)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Programme total</th>
          <td className="num">{formatPounds(total.availablePence)}</td>
          <td className="num">{formatPounds(total.allocatedPence)}</td>
          <td className="num">{formatPounds(total.committedPence)}</td>
          <td className="num">{formatPounds(total.spentPence)}</td>
          <td className="num">{formatPounds(total.remainingPence)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
