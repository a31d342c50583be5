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

/** The order the ledger opens in: newest first. */
export const DEFAULT_SORT: SortOrder = { key: 'date', ascending: false };

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

type TextKey = Exclude<SortKey, 'date' | 'amount'>;
const TEXT_OF: Record<TextKey, (item: IndexedEntry) => string> = {
  kind: (i) => i.entry.kind,
  status: (i) => i.entry.status,
  payee: (i) => i.entry.payee,
  description: (i) => i.entry.description,
  line: (i) => i.lineName,
  school: (i) => i.schoolName,
};

/**
 * Each distinct text's place in collation order. A ledger repeats a few hundred payees and lines
 * across thousands of entries, so collating the distinct texts once and then sorting by number is
 * many times quicker than collating at every comparison, with exactly the same order.
 */
function collationRanks(items: readonly IndexedEntry[], textOf: (item: IndexedEntry) => string): Map<string, number> {
  const distinct = [...new Set(items.map(textOf))].sort(collator.compare);
  const ranks = new Map<string, number>();
  distinct.forEach((text, index) => {
    // Texts the collator counts as equal ("Alpha", "alpha") share a rank, as they would compare.
    const previous = distinct[index - 1];
    ranks.set(text, previous !== undefined && collator.compare(previous, text) === 0 ? ranks.get(previous)! : index);
  });
  return ranks;
}

export function sortEntries(items: readonly IndexedEntry[], order: SortOrder): IndexedEntry[] {
  let byKey: (a: IndexedEntry, b: IndexedEntry) => number;
  if (order.key === 'date') byKey = () => 0;
  else if (order.key === 'amount') byKey = (a, b) => a.entry.amountPence - b.entry.amountPence;
  else {
    const textOf = TEXT_OF[order.key];
    const ranks = collationRanks(items, textOf);
    byKey = (a, b) => ranks.get(textOf(a))! - ranks.get(textOf(b))!;
  }
  const sign = order.ascending ? 1 : -1;
  const date = (a: IndexedEntry, b: IndexedEntry) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : 0);
  // Sorting by date follows the chosen direction; any other key breaks ties by date (oldest first),
  // then id, so the list never jumps about between renders.
  const tieDate = order.key === 'date' ? (a: IndexedEntry, b: IndexedEntry) => sign * date(a, b) : date;
  return [...items].sort((a, b) => sign * byKey(a, b) || tieDate(a, b) || (a.entry.id < b.entry.id ? -1 : 1));
}

/**
 * The ledger's index, kept per data change rather than per view: the same list of entries (the
 * same array, which only a change to the data replaces) and the same names give the same index,
 * and each sort order of it is worked out once. Opening the ledger, sorting back to an order
 * already seen, or returning to the view costs a lookup.
 */
export class LedgerIndex {
  private static readonly built = new WeakMap<readonly LedgerEntry[], WeakMap<NameLookups, LedgerIndex>>();

  static of(entries: readonly LedgerEntry[], names: NameLookups): LedgerIndex {
    let byNames = LedgerIndex.built.get(entries);
    if (!byNames) LedgerIndex.built.set(entries, (byNames = new WeakMap()));
    let index = byNames.get(names);
    if (!index) byNames.set(names, (index = new LedgerIndex(indexEntries(entries, names))));
    return index;
  }

  private readonly sorted = new Map<string, IndexedEntry[]>();

  private constructor(readonly items: readonly IndexedEntry[]) {}

  get size(): number {
    return this.items.length;
  }

  /** The entries in `order`, then filtered (filtering keeps the order). */
  query(filter: LedgerFilter, order: SortOrder): IndexedEntry[] {
    const key = `${order.key}:${order.ascending}`;
    let sorted = this.sorted.get(key);
    if (!sorted) this.sorted.set(key, (sorted = sortEntries(this.items, order)));
    return filterEntries(sorted, filter);
  }
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
