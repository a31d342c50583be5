import { useEffect, useRef } from 'react';
import { kindLabel, statusLabel, type NameLookups } from '../../core/budget-csv';
import { formatDate } from '../../core/dates';
import { formatPounds } from '../../core/money';
import type { LedgerEntry } from '../../core/model';

/**
 * One ledger entry in full: every field the narrow table shortens, readable by keyboard and
 * screen reader (the table's cells are cut to fit; this is where the whole text lives).
 */
export function LedgerRowDetails({ entry, names, onClose }: { entry: LedgerEntry; names: NameLookups; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const rows: [string, string][] = [
    ['Date', formatDate(entry.date)],
    ['Type and status', `${kindLabel(entry.kind)}, ${statusLabel(entry.status).toLowerCase()}`],
    ['Payee', entry.payee],
    ['Description', entry.description || '–'],
    ['Amount', formatPounds(entry.amountPence)],
    ['Plan action', entry.actionId ? (names.actions[entry.actionId] ?? 'A removed action') : '–'],
    ['Budget line', names.lines[entry.budgetLineId] ?? '–'],
    ['School', entry.schoolId ? (names.schools[entry.schoolId] ?? 'A former school') : '–'],
    ['Reference', entry.reference || '–'],
    ['Reason given past a warning', entry.overrideReason || '–'],
  ];
  return (
    <section className="panel ledger-details" aria-labelledby="ledger-details-heading">
      <h2 id="ledger-details-heading" tabIndex={-1} ref={heading}>
        Details: {entry.payee}, {formatDate(entry.date)}
      </h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="secondary" onClick={onClose}>
        Close details
      </button>
    </section>
  );
}
