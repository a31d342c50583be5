import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../core/impact-stats';

export interface TrendSeries {
  name: string;
  /** One value per year, null where there is no result (drawn as a gap, never as 0). */
  values: (number | null)[];
  dashed?: boolean;
}

export interface TrendChartProps {
  title: string;
  years: number[];
  series: TrendSeries[];
  baselineYear: number;
  /** A target line, e.g. from a plan success criterion. */
  target?: { value: number; label: string } | null;
  unit: 'percent' | 'number';
  width?: number;
  height?: number;
}

const COLOURS = ['#1d5b8f', '#b35c00', '#1f6b3a', '#6b2c91', '#4a5360'];

/**
 * A line chart of results over the years, against the baseline year and a target, with the same
 * figures as a table for screen readers and anyone who prefers numbers. Presentational only: no
 * database access, so the PDF export can reuse it.
 */
export function TrendChart({ title, years, series, baselineYear, target, unit, width = 560, height = 280 }: TrendChartProps) {
  const data = years.map((year, i) => {
    const row: Record<string, number | null> = { year };
    for (const s of series) row[s.name] = s.values[i] ?? null;
    return row;
  });
  const show = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${formatNumber(v)}${unit === 'percent' ? '%' : ''}`);
  const description = `${title}: ${series
    .map((s) => `${s.name} ${s.values.map((v, i) => `${years[i]} ${show(v)}`).join(', ')}`)
    .join('; ')}${target ? `; ${target.label} ${show(target.value)}` : ''}.`;
  return (
    <figure className="impact-chart">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <div role="img" aria-label={description}>
        <LineChart width={width} height={height} data={data} margin={{ top: 10, right: 20, bottom: 5, left: 0 }}>
          <CartesianGrid stroke="#e0e3e8" />
          <XAxis dataKey="year" />
          <YAxis domain={unit === 'percent' ? [0, 100] : ['auto', 'auto']} unit={unit === 'percent' ? '%' : ''} />
          <Tooltip />
          <Legend />
          <ReferenceLine x={baselineYear} stroke="#4a5360" strokeDasharray="4 4" label={{ value: 'Baseline', position: 'insideTopLeft', fill: '#1b1f24' }} />
          {target ? <ReferenceLine y={target.value} stroke="#1f6b3a" strokeDasharray="6 3" label={{ value: target.label, position: 'insideBottomRight', fill: '#1b1f24' }} /> : null}
          {series.map((s, i) => (
            <Line
              key={s.name}
              type="linear"
              dataKey={s.name}
              stroke={COLOURS[i % COLOURS.length]}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '5 4' : undefined}
              connectNulls={false}
              isAnimationActive={false}
              dot
            />
          ))}
        </LineChart>
      </div>
      <details>
        <summary>Show the figures for “{title}”</summary>
        <table className="data">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Results year</th>
              {series.map((s) => (
                <th scope="col" className="num" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year, i) => (
              <tr key={year}>
                <th scope="row">
                  {year}
                  {year === baselineYear ? ' (baseline)' : ''}
                </th>
                {series.map((s) => (
                  <td className="num" key={s.name}>
                    {show(s.values[i])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {target ? <p>{target.label}: {show(target.value)}</p> : null}
      </details>
    </figure>
  );
}
