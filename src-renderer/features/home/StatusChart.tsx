import { Bar, BarChart, Legend, XAxis, YAxis } from 'recharts';
import { ACTION_STATUSES } from '../../core/model';
import type { PriorityStatusCounts } from '../../core/plan-glance';
import { STATUS_WORDS } from '../../core/plan-words';

const STATUS_COLOURS = { 'not-started': '#8a939e', 'on-track': '#1f6b3a', 'at-risk': '#c77700', 'off-track': '#a4262c', complete: '#1d5b8f' } as const;

/** A stacked bar per priority; the table beside it carries the same numbers for screen readers. */
export default function StatusChart({ counts }: { counts: PriorityStatusCounts[] }) {
  const data = counts.map((row, index) => ({ name: `Priority ${index + 1}`, ...row.counts }));
  return (
    <div className="glance-chart" aria-hidden="true">
      <BarChart accessibilityLayer={false} width={640} height={60 + 44 * data.length} data={data} layout="vertical" margin={{ left: 16, right: 16 }}>
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={90} />
        <Legend itemSorter={null} />
        {ACTION_STATUSES.map((s) => (
          <Bar key={s} dataKey={s} name={STATUS_WORDS[s]} stackId="status" fill={STATUS_COLOURS[s]} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
