import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../core/model';
import { filterEntries, indexEntries, LedgerIndex, NO_FILTER, sortEntries } from './ledger-filter';

const stamp = { createdAt: '', updatedAt: '' };
function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    id: crypto.randomUUID(), ...stamp, triadId: 't', year: 2003, kind: 'payment', date: '2003-10-01', payee: 'Supplier',
    description: '', amountPence: 100, budgetLineId: 'supply', actionId: null, schoolId: null, reference: '', status: 'paid',
    commitmentId: null, evidenceFileId: null, overrideReason: '', ...overrides,
  };
}
const names = { lines: { supply: 'Supply cover', cpd: 'CPD and training' }, schools: { s1: 'Hargate Primary School' }, actions: {} };

describe('ledger filtering and sorting', () => {
  const items = indexEntries(
    [
      entry({ payee: 'Beta Books', amountPence: 500, date: '2003-11-01', budgetLineId: 'cpd', schoolId: 's1' }),
      entry({ payee: 'alpha supply', amountPence: 50, date: '2004-01-01', kind: 'commitment', status: 'open' }),
      entry({ payee: 'Gamma', description: 'Hargate cover', amountPence: 5000, date: '2003-09-10' }),
    ],
    names,
  );
  it('filters by text across payee, description, line and school', () => {
    expect(filterEntries(items, { ...NO_FILTER, text: 'HARGATE' }).map((i) => i.entry.payee)).toEqual(['Beta Books', 'Gamma']);
    expect(filterEntries(items, { ...NO_FILTER, text: 'cpd' }).map((i) => i.entry.payee)).toEqual(['Beta Books']);
  });
  it('filters by line, kind, status and date range', () => {
    expect(filterEntries(items, { ...NO_FILTER, budgetLineId: 'supply' })).toHaveLength(2);
    expect(filterEntries(items, { ...NO_FILTER, kind: 'commitment', status: 'open' }).map((i) => i.entry.payee)).toEqual(['alpha supply']);
    expect(filterEntries(items, { ...NO_FILTER, from: '2003-10-01', to: '2003-12-31' }).map((i) => i.entry.payee)).toEqual(['Beta Books']);
  });
  it('sorts by any column either way', () => {
    expect(sortEntries(items, { key: 'payee', ascending: true }).map((i) => i.entry.payee)).toEqual(['alpha supply', 'Beta Books', 'Gamma']);
    expect(sortEntries(items, { key: 'amount', ascending: false }).map((i) => i.entry.amountPence)).toEqual([5000, 500, 50]);
    expect(sortEntries(items, { key: 'date', ascending: true }).map((i) => i.entry.date)).toEqual(['2003-09-10', '2003-11-01', '2004-01-01']);
  });
  // Speed is measured by `npm run bench` in Chromium; here, only that large lists come out right.
  it('filters and sorts 10,000 entries correctly', () => {
    const many = indexEntries(
      Array.from({ length: 10_000 }, (_, i) => entry({ payee: `Payee ${i}`, amountPence: (i * 7919) % 100_000, date: `2003-${String((i % 12) + 1).padStart(2, '0')}-01` })),
      names,
    );
    const matching = sortEntries(filterEntries(many, { ...NO_FILTER, text: 'payee 1' }), { key: 'payee', ascending: true });
    // "Payee 1", "Payee 10"–"Payee 19", "Payee 100"–"Payee 199", "Payee 1000"–"Payee 1999".
    expect(matching).toHaveLength(1 + 10 + 100 + 1000);
    expect(matching.slice(0, 3).map((i) => i.entry.payee)).toEqual(['Payee 1', 'Payee 10', 'Payee 11']); // numbers in names sort as numbers
    const byAmount = sortEntries(many, { key: 'amount', ascending: false }).map((i) => i.entry.amountPence);
    expect(byAmount).toEqual([...byAmount].sort((a, b) => b - a));
    expect(byAmount).toHaveLength(10_000);
  });
});

describe('the ledger index', () => {
  const entries = [
    entry({ payee: 'beta', date: '2003-10-02' }),
    entry({ payee: 'Alpha', date: '2003-10-03' }),
    entry({ payee: 'alpha', date: '2003-10-01' }),
    entry({ payee: 'Payee 10', date: '2003-10-01' }),
    entry({ payee: 'Payee 9', date: '2003-10-01' }),
  ];
  it('sorts texts the collator counts as equal by date, as a comparison at every step would', () => {
    const index = LedgerIndex.of(entries, names);
    expect(index.query(NO_FILTER, { key: 'payee', ascending: true }).map((i) => `${i.entry.payee} ${i.entry.date}`)).toEqual([
      'alpha 2003-10-01',
      'Alpha 2003-10-03',
      'beta 2003-10-02',
      'Payee 9 2003-10-01',
      'Payee 10 2003-10-01',
    ]);
    expect(index.query({ ...NO_FILTER, text: 'alpha' }, { key: 'payee', ascending: false }).map((i) => i.entry.date)).toEqual(['2003-10-01', '2003-10-03']);
  });
  it('is built once per list of entries and names, and again when the data changes', () => {
    const index = LedgerIndex.of(entries, names);
    expect(LedgerIndex.of(entries, names)).toBe(index);
    expect(LedgerIndex.of([...entries], names)).not.toBe(index);
    expect(index.size).toBe(5);
  });
});
