/**
 * A line chart drawn for paper: black on white, each series with its own dash pattern and marker
 * and labelled at its end, the title kept with the chart, the figures beside it in a table.
 * Sized in points for the printed page, so its text is never scaled below the body size.
 */
import { formatNumber } from '../../../core/impact-stats';

export interface PrintSeries {
  /** Short key drawn on the chart ("A"); the full name is in the key below. */
  key: string;
  name: string;
  values: (number | null)[];
}

const DASHES = ['', '7 4', '2 3', '10 3 2 3', '5 2 5 6'];
const WIDTH = 680;
const HEIGHT = 270;
/** Roughly how wide a 10pt label is in the chart's units (about 6.5 per character of Source Sans 3 bold). */
const labelWidth = (text: string) => Math.ceil(text.length * 6.6);

function Marker({ index, x, y }: { index: number; x: number; y: number }) {
  switch (index % 5) {
    case 0:
      return <circle cx={x} cy={y} r={4.5} fill="#000" />;
    case 1:
      return <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill="#fff" stroke="#000" strokeWidth={1.5} />;
    case 2:
      return <path d={`M${x} ${y - 5.5}L${x + 5.5} ${y + 4.5}L${x - 5.5} ${y + 4.5}Z`} fill="#000" />;
    case 3:
      return <path d={`M${x} ${y - 5.5}L${x + 5.5} ${y}L${x} ${y + 5.5}L${x - 5.5} ${y}Z`} fill="#fff" stroke="#000" strokeWidth={1.5} />;
    default:
      return <circle cx={x} cy={y} r={4.5} fill="#fff" stroke="#000" strokeWidth={1.5} />;
  }
}

export function MarkerKey({ index }: { index: number }) {
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" className="marker-key">
      <line x1={1} y1={6} x2={33} y2={6} stroke="#000" strokeWidth={1.5} strokeDasharray={DASHES[index % DASHES.length]} />
      <Marker index={index} x={17} y={6} />
    </svg>
  );
}

export function PrintLineChart({ title, labels, series, unit, yFrom }: {
  title: string;
  /** One label per point along the x-axis ("2003 (baseline)"). */
  labels: string[];
  series: PrintSeries[];
  unit: 'percent' | 'number' | 'pounds';
  /** Start of the y-axis; percentages run to 100. */
  yFrom?: number;
}) {
  const show = (v: number) => (unit === 'pounds' ? `£${Math.round(v / 100).toLocaleString('en-GB')}` : `${formatNumber(v, 0)}${unit === 'percent' ? '%' : ''}`);
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = unit === 'percent' ? 100 : Math.max(1, ...all) * 1.1;
  const min = yFrom ?? (unit === 'percent' ? Math.max(0, Math.floor((Math.min(100, ...all) - 10) / 10) * 10) : 0);
  const ticks = Array.from({ length: 5 }, (_, i) => min + ((max - min) * i) / 4);
  const lastValue = (s: PrintSeries) => [...s.values].reverse().find((v) => v !== null) ?? null;
  // The margins make room for the axis figures on the left and the direct labels on the right.
  const PAD = {
    left: Math.max(...ticks.map((t) => labelWidth(show(t)))) + 10,
    right: Math.max(40, ...series.map((s) => { const v = lastValue(s); return v === null ? 0 : labelWidth(`${s.key} ${show(v)}`); })) + 14,
    top: 16,
    bottom: 34,
  };
  const x = (i: number) => PAD.left + (labels.length <= 1 ? 0 : (i * (WIDTH - PAD.left - PAD.right)) / (labels.length - 1));
  const y = (v: number) => PAD.top + ((max - v) * (HEIGHT - PAD.top - PAD.bottom)) / (max - min || 1);
  const ends = series.map((s, index) => {
    const last = s.values.reduce<number>((at, v, i) => (v === null ? at : i), -1);
    return { index, key: s.key, at: last, y: last < 0 ? 0 : y(s.values[last]!) };
  });
  // End labels must not sit on one another: nudge them apart, top to bottom.
  const placed = [...ends].filter((e) => e.at >= 0).sort((a, b) => a.y - b.y);
  for (let i = 1; i < placed.length; i++) placed[i]!.y = Math.max(placed[i]!.y, placed[i - 1]!.y + 14);
  return (
    <figure className="print-chart">
      <figcaption className="chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={`${title}. The figures are in the table that follows.`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="#bbb" strokeWidth={0.75} />
            <text x={PAD.left - 6} y={y(t) + 4.5} textAnchor="end" className="axis">
              {show(t)}
            </text>
          </g>
        ))}
        {labels.map((label, i) => (
          <text key={label} x={x(i)} y={HEIGHT - 10} textAnchor={labels.length > 1 && i === 0 ? 'start' : labels.length > 1 && i === labels.length - 1 ? 'end' : 'middle'} className="axis">
            {label}
          </text>
        ))}
        {series.map((s, index) => {
          const points = s.values.map((v, i) => (v === null ? null : { x: x(i), y: y(v) }));
          // A missing result breaks the line: it is never drawn as 0.
          const path = points.reduce((d, p, i) => (p === null ? d : `${d}${i > 0 && points[i - 1] ? 'L' : 'M'}${p.x} ${p.y}`), '');
          return (
            <g key={s.key}>
              <path d={path} fill="none" stroke="#000" strokeWidth={1.6} strokeDasharray={DASHES[index % DASHES.length]} />
              {points.map((p, i) => (p ? <Marker key={i} index={index} x={p.x} y={p.y} /> : null))}
            </g>
          );
        })}
        {placed.map((e) => (
          <text key={e.key} x={x(e.at) + 10} y={e.y + 4.5} className="direct-label">
            {e.key} {show(series[e.index]!.values[e.at]!)}
          </text>
        ))}
      </svg>
    </figure>
  );
}
