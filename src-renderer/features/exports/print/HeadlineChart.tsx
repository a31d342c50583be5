/**
 * A grouped bar chart of each school's headline measure by results year, drawn as plain SVG so it
 * prints sharply, needs no layout measuring, and its labels stay real text in the PDF.
 */
export interface HeadlineChartProps {
  title: string;
  years: number[];
  schools: { school: string; values: (number | null)[] }[];
  /** The largest value on the scale (100 for a percentage). */
  max: number;
}

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 40;
const BOTTOM = 60;
const TOP = 12;
const SHADES = ['#1d5b8f', '#6f9fc8', '#b7cfe4', '#0f3554', '#8a5300'];

export function HeadlineChart({ title, years, schools, max }: HeadlineChartProps) {
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const groupWidth = (WIDTH - LEFT - 10) / Math.max(schools.length, 1);
  const barWidth = Math.min(36, (groupWidth - 16) / Math.max(years.length, 1));
  const y = (value: number) => TOP + plotHeight - (Math.max(0, Math.min(value, max)) / max) * plotHeight;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f));
  const description = schools
    .map((s) => `${s.school}: ${years.map((year, i) => `${year} ${s.values[i] ?? 'no result'}`).join(', ')}`)
    .join('; ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={`${title}. ${description}`}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - 10} y1={y(tick)} y2={y(tick)} stroke="#c9ced6" strokeWidth={0.6} />
            <text x={LEFT - 6} y={y(tick) + 4} fontSize={10} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {schools.map((school, si) => {
          const x0 = LEFT + si * groupWidth + (groupWidth - barWidth * years.length) / 2;
          return (
            <g key={school.school}>
              {school.values.map((value, yi) =>
                value === null ? null : (
                  <rect key={years[yi]} x={x0 + yi * barWidth} y={y(value)} width={barWidth - 2} height={TOP + plotHeight - y(value)} fill={SHADES[yi % SHADES.length]} />
                ),
              )}
              <text x={LEFT + si * groupWidth + groupWidth / 2} y={HEIGHT - BOTTOM + 16} fontSize={10} textAnchor="middle">
                {school.school.length > 34 ? `${school.school.slice(0, 33)}…` : school.school}
              </text>
            </g>
          );
        })}
        {years.map((year, yi) => (
          <g key={year} transform={`translate(${LEFT + yi * 90}, ${HEIGHT - 22})`}>
            <rect width={10} height={10} fill={SHADES[yi % SHADES.length]} />
            <text x={14} y={9} fontSize={10}>
              {year} results
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
