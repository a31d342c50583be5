import { useDeferredValue, useMemo, useState } from 'react';
import { csvBytes, ledgerCsvName, ledgerToCsv, type NameLookups } from '../../core/budget-csv';
import { formatPounds, sumPence } from '../../core/money';
import type { LedgerEntry, School, Triad } from '../../core/model';
import { api } from '../../api';
import { db } from '../../db';
import { attachEvidence, deleteLedgerEntry, type BudgetData } from '../../db/budget';
import { undoDelete } from '../../db/records';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toaster';
import type { ViewState } from './index';
import { LedgerEntryForm } from './LedgerEntryForm';
import { LedgerFilters } from './LedgerFilters';
import { DEFAULT_SORT, filterWords, LedgerIndex, NO_FILTER, type LedgerFilter, type SortKey, type SortOrder } from './ledger-filter';
import { LedgerTable } from './LedgerTable';
import { LedgerRowDetails } from './LedgerRowDetails';
import { MarkPaidPanel } from './MarkPaidPanel';
import { ScopePicker } from './ScopePicker';
import { cachedScopeFigures, viewPeriodSlug } from '../../shared/budget-scope';
import { BudgetFiguresList } from './BudgetFiguresList';

interface Props {
  triad: Triad;
  data: BudgetData;
  schools: School[];
  names: NameLookups;
  view: ViewState;
}

export function LedgerView({ triad, data, schools, names, view }: Props) {
  const { notify } = useToast();
  const [editing, setEditing] = useState<LedgerEntry | null>(null);
  const [paying, setPaying] = useState<LedgerEntry | null>(null);
  const [details, setDetails] = useState<LedgerEntry | null>(null);
  const [filter, setFilter] = useState<LedgerFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const figures = cachedScopeFigures(triad, data, view.scope, view.calendar, view.financialYear);
  // Kept per data change (see LedgerIndex): usually built before the ledger is opened, and each
  // sort order worked out once.
  const index = LedgerIndex.of(figures.ledger, names);
  // Typing stays responsive: the list catches up with the filter a moment later if it must.
  const deferredFilter = useDeferredValue(filter);
  const deferredSort = useDeferredValue(sort);
  const shown = useMemo(() => index.query(deferredFilter, deferredSort), [index, deferredFilter, deferredSort]);
  const shownSpent = sumPence(shown.filter((i) => i.entry.kind === 'payment' && i.entry.status !== 'cancelled').map((i) => i.entry.amountPence));

  const onSort = (key: SortKey) => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : key !== 'date' && key !== 'amount' }));

  const exportLedger = async () => {
    // Spent and still committed add up in a spreadsheet to the figures above; the name says the period and filter.
    const text = ledgerToCsv(shown.map((i) => i.entry), names, figures.ledger);
    const suggestedName = ledgerCsvName(viewPeriodSlug(triad, view.scope, view.calendar, view.financialYear), filterWords(filter, names));
    const result = await api().saveFile({ purpose: 'csv-export', suggestedName, bytes: csvBytes(text) });
    if (result.saved) notify(`Ledger saved as ${result.fileName}.`);
  };

  const evidence = async (entry: LedgerEntry) => {
    if (entry.evidenceFileId) {
      const file = await db.evidenceFiles.get(entry.evidenceFileId);
      if (!file) {
        notify('The evidence file could not be found.');
        return;
      }
      const { outcome, fileName } = await api().openEvidence({ name: file.name, bytes: file.bytes });
      if (outcome === 'no-program') notify(`No program on this computer opens “${fileName}”. Install one, or ask the school that sent it for a PDF.`);
      return;
    }
    const { files } = await api().openFiles({ purpose: 'evidence', multiple: false });
    const file = files[0];
    if (!file) return;
    if ('error' in file) {
      notify(`${file.name}: ${file.error}`);
      return;
    }
    await attachEvidence(db, entry, file);
    notify(`${file.name} attached to ${entry.payee}.`);
  };

  const remove = async (entry: LedgerEntry) => {
    const trashId = await deleteLedgerEntry(db, entry);
    notify(`${entry.kind === 'commitment' ? 'Commitment' : 'Payment'} to ${entry.payee} deleted.`, () => undoDelete(db, trashId));
  };

  return (
    <Page title="Ledger" lede="Commitments (orders placed) and payments (money spent), with their invoices and receipts.">
      <ScopePicker triad={triad} view={view} />
      <p className="period-note">Showing {figures.periodName}.</p>
      <BudgetFiguresList summary={figures.summary} showAllocated={figures.showAllocated} />
      {figures.showAllocated && figures.summary.overAllocatedPence > 0 ? (
        <div className="warning">
          <strong>Over-allocated:</strong> allocations exceed the money available by {formatPounds(figures.summary.overAllocatedPence)}.
        </div>
      ) : null}
      {paying ? (
        <MarkPaidPanel key={paying.id} triad={triad} commitment={paying} ledger={data.ledger} onDone={() => setPaying(null)} />
      ) : (
        <LedgerEntryForm key={editing?.id ?? 'new'} triad={triad} data={data} schools={schools} names={names} entry={editing} onDone={() => setEditing(null)} />
      )}
      <h2>Entries</h2>
      <LedgerFilters filter={filter} onChange={setFilter} data={data} schools={schools} />
      <p role="status" aria-live="polite">
        Showing {shown.length.toLocaleString('en-GB')} of {index.size.toLocaleString('en-GB')} entries; payments shown total {formatPounds(shownSpent)}.
      </p>
      <div className="actions-row">
        <button type="button" className="secondary" onClick={exportLedger} disabled={shown.length === 0}>
          Export these entries as CSV
        </button>
      </div>
      {shown.length > 0 ? (
        <LedgerTable
          items={shown}
          sort={sort}
          onSort={onSort}
          actions={{
            onEdit: (entry) => {
              setPaying(null);
              setEditing(entry);
              window.scrollTo({ top: 0 });
            },
            onMarkPaid: (entry) => {
              setEditing(null);
              setPaying(entry);
              window.scrollTo({ top: 0 });
            },
            onEvidence: evidence,
            onDelete: remove,
            onDetails: setDetails,
          }}
          actionNames={names.actions}
        />
      ) : (
        <p>No entries match.</p>
      )}
      {details ? <LedgerRowDetails key={details.id} entry={data.ledger.find((e) => e.id === details.id) ?? details} names={names} onClose={() => setDetails(null)} /> : null}
    </Page>
  );
}
