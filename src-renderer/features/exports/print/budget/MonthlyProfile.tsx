import type { MonthlyProfileRow } from '../../../../core/budget';
import { formatPounds } from '../../../../core/money';
import { MarkerKey, PrintLineChart } from '../PrintLineChart';

/** Money spent month by month against an even plan: a black-and-white chart, then its figures. */
export function MonthlyProfile({ rows, periodName, planned }: { rows: MonthlyProfileRow[]; periodName: string; planned: boolean }) {
  const series = [{ key: 'Spent', name: 'Spent to date', values: rows.map((r) => r.cumulativeSpentPence) }];
  if (planned) series.push({ key: 'Plan', name: 'Planned to date (the money available spread evenly)', values: rows.map((r) => r.cumulativePlannedPence) });
  return (
    <div className="chart-block">
      <PrintLineChart title={`Spending to date, month by month, ${periodName}`} labels={rows.map((r) => r.label.slice(0, 3))} series={series} unit="pounds" yFrom={0} />
      <p className="chart-key">
        {series.map((s, i) => (
          <span key={s.key}>
            <MarkerKey index={i} /> {s.key}: {s.name}{' '}
          </span>
        ))}
      </p>
      <table className="print-table profile-table">
        <colgroup>
          <col style={{ width: '15%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '17%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="num">Spent</th>
            <th scope="col" className="num">Committed</th>
            <th scope="col" className="num">Planned</th>
            <th scope="col" className="num">Spent to date</th>
            <th scope="col" className="num">Planned to date</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.month}>
              <th scope="row">{r.label}</th>
              <td className="num">{formatPounds(r.spentPence)}</td>
              <td className="num">{formatPounds(r.committedPence)}</td>
              <td className="num">{formatPounds(r.plannedPence)}</td>
              <td className="num">{formatPounds(r.cumulativeSpentPence)}</td>
              <td className="num">{formatPounds(r.cumulativePlannedPence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
