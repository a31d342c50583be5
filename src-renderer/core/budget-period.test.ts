import { describe, expect, it } from 'vitest';
import { summariseBudgetPeriod, summariseProgrammeMoney, type BudgetData } from './budget-period';
import type { LedgerEntry, Triad } from './model';

const at = '2004-01-01T00:00:00.000Z';
const triad: Triad = {
  id: 't', createdAt: at, updatedAt: at, name: 'T', localAuthority: 'Sandwell', cohort: 'Cohort 1', firstYear: 2003, programmeYears: 2,
  annualAllocationPence: 5_000_000, focus: '', baselineYear: 2003, headlineMeasureId: null, improvementThreshold: 15, thresholdKind: 'percentage-points',
};
function entry(): LedgerEntry {
  return {
    id: crypto.randomUUID(), createdAt: at, updatedAt: at, triadId: 't', year: 2003, kind: 'payment', date: '2004-02-01', payee: '', description: '',
    amountPence: 0, budgetLineId: 'cpd', actionId: null, schoolId: null, reference: '', status: 'paid', commitmentId: null, evidenceFileId: null, overrideReason: '',
  };
}

function data(): BudgetData {
  const commitment = { ...entry(), id: 'c1', kind: 'commitment' as const, status: 'open' as const, amountPence: 300_000, date: '2003-10-01' };
  return {
    triad,
    budgetYears: [{ id: 'b', createdAt: at, updatedAt: at, triadId: 't', year: 2003, allocationPence: 5_000_000, carriedInPence: 0, carryForward: null },
      { id: 'b2', createdAt: at, updatedAt: at, triadId: 't', year: 2004, allocationPence: 5_000_000, carriedInPence: 250_000, carryForward: null }],
    budgetLines: [{ id: 'cpd', createdAt: at, updatedAt: at, triadId: 't', name: 'CPD and supply cover', order: 1, archived: false }],
    allocations: [{ id: 'a', createdAt: at, updatedAt: at, triadId: 't', year: 2003, amountPence: 2_000_000, budgetLineId: 'cpd', actionId: null, schoolId: null, note: '', overrideReason: '' }],
    ledgerEntries: [
      commitment,
      { ...entry(), amountPence: 100_000, date: '2003-11-01', commitmentId: 'c1' },
      { ...entry(), amountPence: 40_000, date: '2004-05-01' },
      { ...entry(), amountPence: 999_999, date: '2004-05-01', status: 'cancelled' },
    ],
  };
}

describe('summariseBudgetPeriod', () => {
  it('adds up an academic year against its allocation', () => {
    const summary = summariseBudgetPeriod(data(), 'academic', 2003);
    expect(summary.periodLabel).toBe('Academic year 2003/04 (01/09/2003 to 31/08/2004)');
    expect(summary).toMatchObject({ availablePence: 5_000_000, spentPence: 140_000, committedPence: 200_000, remainingPence: 4_660_000 });
    expect(summary.lines).toEqual([{ name: 'CPD and supply cover', allocatedPence: 2_000_000, committedPence: 200_000, spentPence: 140_000 }]);
  });

  it('adds up a financial year by the dates money went out, and has no allocation to compare', () => {
    const summary = summariseBudgetPeriod(data(), 'financial', 2003);
    expect(summary.periodLabel).toBe('Financial year 2003-04 (01/04/2003 to 31/03/2004)');
    expect(summary).toMatchObject({ availablePence: null, remainingPence: null, spentPence: 100_000, committedPence: 200_000 });
    expect(summariseBudgetPeriod(data(), 'financial', 2004).spentPence).toBe(40_000);
  });

  it('counts carried-in money for the year it arrives in but not twice over the programme', () => {
    expect(summariseBudgetPeriod(data(), 'academic', 2004).availablePence).toBe(5_250_000);
    expect(summariseProgrammeMoney(data())).toEqual({ allocationPence: 10_000_000, committedPence: 200_000, spentPence: 140_000, remainingPence: 9_660_000 });
  });
});
