import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calendarName,
  calendarRange,
  checkAllocationWarning,
  checkSpendWarnings,
  evenSplit,
  financialYearsOfProgramme,
  ledgerInRange,
  monthlyProfile,
  monthsOf,
  outstandingPence,
  summariseBudget,
  type BudgetBreakdownRow,
  type BudgetSummary,
} from './budget';
import type { Allocation, LedgerEntry } from './model';
import { sumPence } from './money';

const stamp = { createdAt: '2003-09-01T00:00:00Z', updatedAt: '2003-09-01T00:00:00Z' };

function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    id: crypto.randomUUID(),
    ...stamp,
    triadId: 't',
    year: 2003,
    kind: 'payment',
    date: '2003-10-01',
    payee: 'Supplier',
    description: '',
    amountPence: 100,
    budgetLineId: 'supply',
    actionId: null,
    schoolId: null,
    reference: '',
    status: 'paid',
    commitmentId: null,
    evidenceFileId: null,
    overrideReason: '',
    ...overrides,
  };
}

function allocation(overrides: Partial<Allocation>): Allocation {
  return {
    id: crypto.randomUUID(),
    ...stamp,
    triadId: 't',
    year: 2003,
    amountPence: 1000,
    budgetLineId: null,
    actionId: null,
    schoolId: null,
    note: '',
    overrideReason: '',
    ...overrides,
  };
}

describe('summariseBudget', () => {
  it('works out available, allocated, committed, spent and remaining', () => {
    const order = entry({ kind: 'commitment', status: 'open', amountPence: 300_000, budgetLineId: 'cpd' });
    const summary = summariseBudget({
      allocationPence: 5_000_000,
      carriedInPence: 100_000,
      allocations: [allocation({ amountPence: 2_000_000, budgetLineId: 'supply' }), allocation({ amountPence: 1_000_000, budgetLineId: 'cpd' })],
      ledger: [
        order,
        entry({ amountPence: 100_000, commitmentId: order.id, budgetLineId: 'cpd' }),
        entry({ amountPence: 250_000, budgetLineId: 'supply' }),
        entry({ amountPence: 999_999, status: 'cancelled' }),
      ],
    });
    expect(summary.availablePence).toBe(5_100_000);
    expect(summary.allocatedPence).toBe(3_000_000);
    expect(summary.committedPence).toBe(200_000);
    expect(summary.spentPence).toBe(350_000);
    expect(summary.remainingPence).toBe(5_100_000 - 350_000 - 200_000);
    expect(summary.unallocatedPence).toBe(2_100_000);
    expect(summary.overAllocatedPence).toBe(0);
    const cpd = summary.byLine.find((r) => r.key === 'cpd')!;
    expect(cpd).toMatchObject({ allocatedPence: 1_000_000, committedPence: 200_000, spentPence: 100_000, remainingPence: 700_000 });
    const unassigned = summary.byLine.find((r) => r.key === null)!;
    expect(unassigned.remainingPence).toBe(2_100_000);
  });

  it('reports over-allocation and overspend, and carries money out', () => {
    const summary = summariseBudget({
      allocationPence: 1000,
      carriedInPence: 0,
      carriedOutPence: 200,
      allocations: [allocation({ amountPence: 1000 })],
      ledger: [entry({ amountPence: 900 })],
    });
    expect(summary.availablePence).toBe(800);
    expect(summary.overAllocatedPence).toBe(200);
    expect(summary.overspentPence).toBe(100);
  });

  it('counts a paid commitment as nothing outstanding', () => {
    const order = entry({ kind: 'commitment', status: 'paid', amountPence: 500 });
    expect(outstandingPence(order, [])).toBe(0);
    const open = entry({ kind: 'commitment', status: 'open', amountPence: 500 });
    expect(outstandingPence(open, [entry({ amountPence: 700, commitmentId: open.id })])).toBe(0);
    expect(outstandingPence(open, [entry({ amountPence: 200, commitmentId: open.id })])).toBe(300);
  });

  const ids = fc.constantFrom<string | null>(null, 'a', 'b', 'c');
  const pence = fc.integer({ min: 0, max: 10_000_000_00 });
  const arbAllocation = fc.record({ amountPence: pence, budgetLineId: ids, actionId: ids, schoolId: ids }).map((r) => allocation(r));
  const arbEntry = fc
    .record({
      kind: fc.constantFrom<'commitment' | 'payment'>('commitment', 'payment'),
      status: fc.constantFrom<'open' | 'paid' | 'cancelled'>('open', 'paid', 'cancelled'),
      amountPence: pence,
      budgetLineId: fc.constantFrom('a', 'b', 'c'),
      actionId: ids,
      schoolId: ids,
    })
    .map((r) => entry(r));
  // Some payments are made against commitments in the same ledger.
  const arbLedger = fc.array(arbEntry, { maxLength: 40 }).chain((entries) =>
    fc.array(fc.nat(), { minLength: entries.length, maxLength: entries.length }).map((picks) => {
      const commitments = entries.filter((e) => e.kind === 'commitment');
      return entries.map((e, i) =>
        e.kind === 'payment' && commitments.length > 0 && picks[i]! % 2 === 0
          ? { ...e, commitmentId: commitments[picks[i]! % commitments.length]!.id }
          : e,
      );
    }),
  );

  function expectAddsUp(rows: BudgetBreakdownRow[], summary: BudgetSummary) {
    expect(sumPence(rows.map((r) => r.allocatedPence))).toBe(summary.allocatedPence);
    expect(sumPence(rows.map((r) => r.committedPence))).toBe(summary.committedPence);
    expect(sumPence(rows.map((r) => r.spentPence))).toBe(summary.spentPence);
    expect(sumPence(rows.map((r) => r.remainingPence))).toBe(summary.remainingPence);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  }

  it('breakdowns by line, school and action each add up exactly to the totals', () => {
    fc.assert(
      fc.property(pence, pence, fc.array(arbAllocation, { maxLength: 20 }), arbLedger, (allocationPence, carriedInPence, allocations, ledger) => {
        const summary = summariseBudget({ allocationPence, carriedInPence, allocations, ledger });
        expectAddsUp(summary.byLine, summary);
        expectAddsUp(summary.bySchool, summary);
        expectAddsUp(summary.byAction, summary);
        expect(summary.remainingPence).toBe(summary.availablePence - summary.spentPence - summary.committedPence);
      }),
    );
  });

  it('sums of any set of entries are exact, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99_999_99 }), { maxLength: 200 }), (amounts) => {
        const ledger = amounts.map((amountPence) => entry({ amountPence }));
        const expected = amounts.reduce((total, a) => total + BigInt(a), 0n);
        const forwards = summariseBudget({ allocationPence: 0, carriedInPence: 0, allocations: [], ledger });
        const backwards = summariseBudget({ allocationPence: 0, carriedInPence: 0, allocations: [], ledger: [...ledger].reverse() });
        expect(BigInt(forwards.spentPence)).toBe(expected);
        expect(backwards.spentPence).toBe(forwards.spentPence);
        expect(Number.isInteger(forwards.spentPence)).toBe(true);
      }),
    );
  });
});

describe('calendars', () => {
  it('gives academic and financial ranges and names them', () => {
    expect(calendarRange('academic', 2003)).toEqual({ start: '2003-09-01', end: '2004-08-31' });
    expect(calendarRange('financial', 2004)).toEqual({ start: '2004-04-01', end: '2005-03-31' });
    expect(calendarName('academic', 2003)).toBe('academic year 2003/04 (01/09/2003 to 31/08/2004)');
    expect(calendarName('financial', 2004)).toBe('financial year 2004-05 (01/04/2004 to 31/03/2005)');
    expect(financialYearsOfProgramme(2003, 3)).toEqual([2003, 2004, 2005, 2006]);
  });

  it('filters entries by date range, inclusive', () => {
    const ledger = [entry({ date: '2004-03-31' }), entry({ date: '2004-04-01' }), entry({ date: '2005-03-31' })];
    expect(ledgerInRange(ledger, calendarRange('financial', 2004)).map((e) => e.date)).toEqual(['2004-04-01', '2005-03-31']);
  });
});

describe('monthlyProfile', () => {
  it('lists the twelve months with exact even planned shares', () => {
    expect(monthsOf(calendarRange('academic', 2003))).toHaveLength(12);
    const rows = monthlyProfile([entry({ date: '2003-09-15', amountPence: 500 }), entry({ date: '2004-08-31', amountPence: 250 })], calendarRange('academic', 2003), 5_000_001);
    expect(rows[0]).toMatchObject({ month: '2003-09', label: 'Sep 2003', spentPence: 500, plannedPence: 416_667 });
    expect(rows[11]).toMatchObject({ month: '2004-08', cumulativeSpentPence: 750, cumulativePlannedPence: 5_000_001 });
  });

  it('even split always adds up', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 36 }), (total, parts) => {
        const shares = evenSplit(total, parts);
        expect(shares).toHaveLength(parts);
        expect(sumPence(shares)).toBe(total);
      }),
    );
  });
});

describe('warnings', () => {
  it('warns of a year and a line overspend', () => {
    const before = summariseBudget({
      allocationPence: 10_000,
      carriedInPence: 0,
      allocations: [allocation({ amountPence: 5_000, budgetLineId: 'supply' })],
      ledger: [entry({ amountPence: 4_000 })],
    });
    expect(checkSpendWarnings(before, { amountPence: 500, budgetLineId: 'supply', status: 'paid', kind: 'payment' }, 'Supply cover')).toEqual([]);
    const warnings = checkSpendWarnings(before, { amountPence: 7_000, budgetLineId: 'supply', status: 'paid', kind: 'payment' }, 'Supply cover');
    expect(warnings.map((w) => w.code)).toEqual(['overspend-year', 'overspend-line']);
    expect(warnings[0]!.message).toBe("This would overspend the year's budget by £10.00 (£60.00 is left).");
    expect(warnings[1]!.message).toContain('Supply cover £60.00 over its allocation of £50.00');
  });

  it('warns of over-allocation', () => {
    expect(checkAllocationWarning(5_000_000, 4_000_000, 1_000_000)).toBeNull();
    expect(checkAllocationWarning(5_000_000, 4_000_000, 1_000_001)?.message).toBe('This would allocate £0.01 more than the £50,000.00 available.');
  });
});
