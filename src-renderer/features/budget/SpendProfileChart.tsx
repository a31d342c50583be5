import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthlyProfileRow } from '../../core/budget';
import { formatPounds } from '../../core/money';

export interface SpendProfileChartProps {
  /** Chart heading, e.g. "Monthly spend – academic year 2003/04 (01/09/2003 to 31/08/2004)". */
  title: string;
  rows: readonly MonthlyProfileRow[];
  width?: number;
  height?: number;
}

const poundsAxis = (pounds: number) => `£${Math.round(pounds / 1000)}k`;

/**
 * Monthly payments against an even planned profile, with cumulative lines; the same figures as a
 * table for screen readers and for anyone who prefers numbers. The printed budget draws a
 * black-and-white chart of its own (`exports/print/budget/MonthlyProfile.tsx`).
 */
export function SpendProfileChart({ title, rows, width = 760, height = 320 }: SpendProfileChartProps) {
  const data = rows.map((r) => ({
    label: r.label,
    spent: r.spentPence / 100,
    planned: r.plannedPence / 100,
    cumulativeSpent: r.cumulativeSpentPence / 100,
    cumulativePlanned: r.cumulativePlannedPence / 100,
  }));
  const table = (
    <table className="data">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" className="num">Spent</th>
          <th scope="col" className="num">Committed (open)</th>
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
  );
  return (
    <figure className="spend-profile">
      <figcaption>{title}</figcaption>
      <div aria-hidden="true">
        <ComposedChart accessibilityLayer={false} width={width} height={height} data={data} margin={{ top: 10, right: 20, bottom: 10, left: 10 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis tickFormatter={poundsAxis} width={60} />
          <Tooltip formatter={(value) => formatPounds(Math.round(Number(value) * 100))} />
          <Legend />
          <Bar dataKey="spent" name="Spent in month" fill="#1d5f8a" isAnimationActive={false} />
          <Bar dataKey="planned" name="Planned in month (even)" fill="#b8c7d3" isAnimationActive={false} />
          <Line dataKey="cumulativeSpent" name="Spent to date" stroke="#7a3b00" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line dataKey="cumulativePlanned" name="Planned to date" stroke="#555" strokeDasharray="6 4" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </div>
      <details>
        <summary>Show the monthly figures as a table</summary>
        {table}
      </details>
    </figure>
  );
}
