import type { NameLookups } from '../../core/budget-csv';
import type { LedgerEntry, LedgerKind, LedgerStatus } from '../../core/model';

export interface LedgerFilter {
  text: string;
  budgetLineId: string;
  schoolId: string;
  actionId: string;
  kind: LedgerKind | '';
  status: LedgerStatus | '';
  /** ISO dates, or '' for no limit. */
  from: string;
  to: string;
}

export const NO_FILTER: LedgerFilter = { text: '', budgetLineId: '', schoolId: '', actionId: '', kind: '', status: '', from: '', to: '' };

export type SortKey = 'date' | 'kind' | 'status' | 'payee' | 'description' | 'amount' | 'line' | 'school';
export interface SortOrder {
  key: SortKey;
  ascending: boolean;
}

/** An entry with what filtering and sorting need worked out once, not on every keystroke. */
export interface IndexedEntry {
  entry: LedgerEntry;
  searchText: string;
  lineName: string;
  schoolName: string;
}

export function indexEntries(entries: readonly LedgerEntry[], names: NameLookups): IndexedEntry[] {
  return entries.map((entry) => {
    const lineName = names.lines[entry.budgetLineId] ?? '';
    const schoolName = entry.schoolId ? (names.schools[entry.schoolId] ?? '') : '';
    const actionName = entry.actionId ? (names.actions[entry.actionId] ?? '') : '';
    return {
      entry,
      lineName,
      schoolName,
      searchText: [entry.payee, entry.description, entry.reference, lineName, schoolName, actionName].join('\u0000').toLowerCase(),
    };
  });
}

export function filterEntries(items: readonly IndexedEntry[], filter: LedgerFilter): IndexedEntry[] {
  const text = filter.text.trim().toLowerCase();
  return items.filter(({ entry, searchText }) => {
    if (text && !searchText.includes(text)) return false;
    if (filter.budgetLineId && entry.budgetLineId !== filter.budgetLineId) return false;
    if (filter.schoolId && entry.schoolId !== filter.schoolId) return false;
    if (filter.actionId && entry.actionId !== filter.actionId) return false;
    if (filter.kind && entry.kind !== filter.kind) return false;
    if (filter.status && entry.status !== filter.status) return false;
    if (filter.from && entry.date < filter.from) return false;
    if (filter.to && entry.date > filter.to) return false;
    return true;
  });
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

export function sortEntries(items: IndexedEntry[], order: SortOrder): IndexedEntry[] {
  const compare: Record<SortKey, (a: IndexedEntry, b: IndexedEntry) => number> = {
    date: (a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : 0),
    kind: (a, b) => collator.compare(a.entry.kind, b.entry.kind),
    status: (a, b) => collator.compare(a.entry.status, b.entry.status),
    payee: (a, b) => collator.compare(a.entry.payee, b.entry.payee),
    description: (a, b) => collator.compare(a.entry.description, b.entry.description),
    amount: (a, b) => a.entry.amountPence - b.entry.amountPence,
    line: (a, b) => collator.compare(a.lineName, b.lineName),
    school: (a, b) => collator.compare(a.schoolName, b.schoolName),
  };
  const byKey = compare[order.key];
  const sign = order.ascending ? 1 : -1;
  // Ties keep date order, then id, so the list never jumps about between renders.
  return [...items].sort((a, b) => sign * byKey(a, b) || compare.date(a, b) || (a.entry.id < b.entry.id ? -1 : 1));
}

/** The active filter in a few words, for the exported file's name ("supply-cover-paid"). */
export function filterWords(filter: LedgerFilter, names: NameLookups): string[] {
  return [
    filter.text.trim(),
    filter.budgetLineId ? (names.lines[filter.budgetLineId] ?? 'line') : '',
    filter.schoolId ? (names.schools[filter.schoolId] ?? 'school') : '',
    filter.actionId ? 'action' : '',
    filter.kind ? `${filter.kind}s` : '',
    filter.status,
    filter.from ? `from ${filter.from}` : '',
    filter.to ? `to ${filter.to}` : '',
  ].filter(Boolean);
}
