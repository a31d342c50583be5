import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { kindLabel, statusLabel } from '../../core/budget-csv';
import { formatDate } from '../../core/dates';
import { formatPounds } from '../../core/money';
import type { LedgerEntry } from '../../core/model';
import type { IndexedEntry, SortKey, SortOrder } from './ledger-filter';

const COLUMNS: { key: SortKey | null; label: string; num?: boolean }[] = [
  { key: 'date', label: 'Date' },
  { key: 'status', label: 'Type, status' },
  { key: 'payee', label: 'Payee' },
  { key: 'description', label: 'Description' },
  { key: 'amount', label: 'Amount', num: true },
  { key: null, label: 'Plan action' },
  { key: 'line', label: 'Budget line' },
  { key: 'school', label: 'School' },
  { key: null, label: 'Actions' },
];

const ROW_HEIGHT = 40;

export interface LedgerRowActions {
  onEdit: (entry: LedgerEntry) => void;
  onMarkPaid: (entry: LedgerEntry) => void;
  onEvidence: (entry: LedgerEntry) => void;
  onDelete: (entry: LedgerEntry) => void;
  /** Shows the entry in full (LedgerRowDetails): the cells are cut to fit the width. */
  onDetails: (entry: LedgerEntry) => void;
}

/**
 * The ledger as an ARIA table whose rows are virtualised: only the rows in view are in the page,
 * and each carries aria-rowindex out of aria-rowcount so screen readers still know where they are.
 */
export function LedgerTable({ items, sort, onSort, actions, actionNames = {} }: { items: IndexedEntry[]; sort: SortOrder; onSort: (key: SortKey) => void; actions: LedgerRowActions; actionNames?: Record<string, string> }) {
  const scroller = useRef<HTMLDivElement>(null);
  // The list's size is known from the style sheet (.ledger-scroll is 28rem tall), so the first
  // render already holds the rows in view rather than waiting for a measurement and a second render.
  const virtualiser = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1000, height: 448 },
  });
  return (
    <div role="table" aria-label="Ledger entries" aria-rowcount={items.length + 1} className="ledger-grid">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="ledger-row ledger-head">
          {COLUMNS.map((column) => (
            <div
              role="columnheader"
              key={column.label}
              className={column.num ? 'num' : undefined}
              aria-sort={column.key && sort.key === column.key ? (sort.ascending ? 'ascending' : 'descending') : undefined}
            >
              {column.key === null && column.label !== 'Actions' ? (
                column.label
              ) : column.key ? (
                <button type="button" onClick={() => onSort(column.key!)} title={`Sort by ${column.label.toLowerCase()}`}>
                  {column.label}
                  {sort.key === column.key ? <span aria-hidden="true">{sort.ascending ? ' ▲' : ' ▼'}</span> : null}
                </button>
              ) : (
                <span className="visually-hidden">{column.label}</span>
              )}
            </div>
          ))}
        </div>
      </div>
      <div className="ledger-scroll" ref={scroller} role="rowgroup">
        <div role="presentation" style={{ height: virtualiser.getTotalSize(), position: 'relative' }}>
          {virtualiser.getVirtualItems().map((virtual) => {
            const { entry, lineName, schoolName } = items[virtual.index]!;
            return (
              <div
                role="row"
                aria-rowindex={virtual.index + 2}
                key={entry.id}
                className="ledger-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${virtual.start}px)` }}
              >
                <div role="cell">{formatDate(entry.date)}</div>
                <div role="cell">
                  {kindLabel(entry.kind)}, {statusLabel(entry.status).toLowerCase()}
                </div>
                <div role="cell" title={entry.payee}>
                  {entry.payee}
                </div>
                <div role="cell" title={entry.overrideReason ? `${entry.description} (reason past warning: ${entry.overrideReason})` : entry.description}>
                  {entry.description}
                </div>
                <div role="cell" className="num">
                  {formatPounds(entry.amountPence)}
                </div>
                <div role="cell">{entry.actionId ? (actionNames[entry.actionId] ?? '') : ''}</div>
                <div role="cell">{lineName}</div>
                <div role="cell">{schoolName}</div>
                <div role="cell" className="row-actions">
                  <button type="button" className="secondary" onClick={() => actions.onDetails(entry)} aria-label={`Details of ${entry.payee} ${formatDate(entry.date)}`}>
                    Details
                  </button>
                  <button type="button" className="secondary" onClick={() => actions.onEdit(entry)} aria-label={`Edit ${entry.payee} ${formatDate(entry.date)}`}>
                    Edit
                  </button>
                  {entry.kind === 'commitment' && entry.status === 'open' ? (
                    <button type="button" onClick={() => actions.onMarkPaid(entry)} aria-label={`Mark ${entry.payee} ${formatDate(entry.date)} as paid`}>
                      Mark as paid
                    </button>
                  ) : null}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => actions.onEvidence(entry)}
                    aria-label={`${entry.evidenceFileId ? 'Open evidence for' : 'Attach evidence to'} ${entry.payee} ${formatDate(entry.date)}`}
                  >
                    {entry.evidenceFileId ? 'Evidence' : 'Attach'}
                  </button>
                  <button type="button" className="danger" onClick={() => actions.onDelete(entry)} aria-label={`Delete ${entry.payee} ${formatDate(entry.date)}`}>
                    Delete
                  </button>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
