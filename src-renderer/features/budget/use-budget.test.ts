import { describe, expect, it } from 'vitest';
import type { Allocation, BudgetYear, LedgerEntry, Triad } from '../../core/model';
import type { BudgetData } from '../../db/budget';
import { scopeFigures } from '../../shared/budget-scope';

const stamp = { id: 'x', createdAt: '', updatedAt: '' };
const triad = { ...stamp, firstYear: 2003, programmeYears: 3, annualAllocationPence: 5_000_000 } as Triad;
function entry(date: string, year: number, amountPence: number): LedgerEntry {
  return {
    ...stamp, id: crypto.randomUUID(), triadId: 'x', year, kind: 'payment', date, payee: 'P', description: '', amountPence,
    budgetLineId: 'l', actionId: null, schoolId: null, reference: '', status: 'paid', commitmentId: null, evidenceFileId: null, overrideReason: '',
  };
}
const years: BudgetYear[] = [
  { ...stamp, triadId: 'x', year: 2003, allocationPence: 4_000_000, carriedInPence: 0, carryForward: { decidedOn: '2004-07-01', amountPence: 100_000, reason: 'r' } },
  { ...stamp, triadId: 'x', year: 2004, allocationPence: 5_000_000, carriedInPence: 100_000, carryForward: null },
];
const allocations: Allocation[] = [{ ...stamp, triadId: 'x', year: 2004, amountPence: 1_000, budgetLineId: 'l', actionId: null, schoolId: null, note: '', overrideReason: '' }];
const data: BudgetData = {
  years,
  lines: [],
  allocations,
  actions: [],
  ledger: [entry('2003-10-01', 2003, 100), entry('2004-05-01', 2003, 200), entry('2004-10-01', 2004, 400)],
};

describe('scopeFigures', () => {
  it('a programme year uses its allocation, carry-forward in and out, and its own entries', () => {
    const y1 = scopeFigures(triad, data, { kind: 'year', year: 2003 }, 'academic', 2003);
    expect(y1.summary).toMatchObject({ availablePence: 3_900_000, spentPence: 300 });
    expect(y1.periodName).toBe('academic year 2003/04 (01/09/2003 to 31/08/2004)');
    const y2 = scopeFigures(triad, data, { kind: 'year', year: 2004 }, 'academic', 2003);
    expect(y2.summary).toMatchObject({ availablePence: 5_100_000, allocatedPence: 1_000, spentPence: 400 });
    // A year with no record falls back to the triad's default.
    expect(scopeFigures(triad, data, { kind: 'year', year: 2005 }, 'academic', 2003).summary.availablePence).toBe(5_000_000);
  });

  it('the whole programme counts each allocation once and carried money not twice', () => {
    const all = scopeFigures(triad, data, { kind: 'programme' }, 'academic', 2003);
    expect(all.summary).toMatchObject({ availablePence: 14_000_000, spentPence: 700 });
    expect(all.periodName).toContain('2003/04 to 2005/06');
  });

  it('a financial year takes the entries dated in it, across programme years, without allocations', () => {
    const fy = scopeFigures(triad, data, { kind: 'year', year: 2003 }, 'financial', 2004);
    expect(fy.summary.spentPence).toBe(600);
    expect(fy.showAllocated).toBe(false);
    expect(fy.periodName).toBe('financial year 2004-05 (01/04/2004 to 31/03/2005)');
  });
});
