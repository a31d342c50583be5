/**
 * The plan's history as a dated list: each agreed version and each change made after agreement,
 * with its reason. Plain props, no database hooks, so the PDF export can reuse it.
 */
import { formatDate } from '../core/dates';
import type { ChangeLogEntry, PlanVersion } from '../core/model';

export interface AmendmentHistoryProps {
  versions: Pick<PlanVersion, 'id' | 'version' | 'name' | 'agreedOn' | 'agreedBy' | 'createdAt'>[];
  changes: Pick<ChangeLogEntry, 'id' | 'at' | 'summary' | 'reason' | 'change'>[];
}

interface Row {
  id: string;
  /** For ordering: ISO date-time. */
  sortKey: string;
  date: string;
  what: string;
  reason: string;
  agreed: boolean;
}

/** "2004-01-10T14:05:00.000Z" → "10/01/2004 14:05" in the computer's own time. */
function formatDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getDate())}/${pad(at.getMonth() + 1)}/${at.getFullYear()} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function historyRows({ versions, changes }: AmendmentHistoryProps): Row[] {
  const rows: Row[] = [
    ...versions.map((v) => ({
      id: v.id,
      sortKey: v.createdAt,
      date: formatDate(v.agreedOn),
      what: `Version ${v.version} agreed: ${v.name} (agreed by ${v.agreedBy})`,
      reason: '',
      agreed: true,
    })),
    ...changes.map((c) => ({ id: c.id, sortKey: c.at, date: formatDateTime(c.at), what: c.summary, reason: c.reason, agreed: false })),
  ];
  return rows.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
}

export function AmendmentHistory(props: AmendmentHistoryProps) {
  const rows = historyRows(props);
  if (rows.length === 0) return <p>The plan has not been agreed yet, so it has no history of amendments.</p>;
  return (
    <table className="data amendment-history">
      <caption className="visually-hidden">Agreed versions and changes, oldest first</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">What happened</th>
          <th scope="col">Reason given</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={row.agreed ? 'history-agreed' : undefined}>
            <td>{row.date}</td>
            <td>{row.agreed ? <strong>{row.what}</strong> : row.what}</td>
            <td>{row.reason || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
