import { describe, expect, it } from 'vitest';
import { checkPlanCostWarning, checkSpendWarnings, forecastFromPlan, proposePlanAllocations, summariseBudget } from './budget';
import type { Allocation, LedgerEntry } from './model';

const stamp = { createdAt: '2003-09-01T00:00:00Z', updatedAt: '2003-09-01T00:00:00Z' };
let n = 0;
const entry = (o: Partial<LedgerEntry>): LedgerEntry => ({
  id: `e${++n}`, ...stamp, triadId: 't', year: 2003, kind: 'payment', date: '2003-10-01', payee: 'Supplier', description: '', amountPence: 0,
  budgetLineId: 'line', actionId: null, schoolId: null, reference: '', status: 'paid', commitmentId: null, evidenceFileId: null, overrideReason: '', ...o,
});
const allocation = (actionId: string, amountPence: number, o: Partial<Allocation> = {}): Allocation => ({
  id: `a${++n}`, ...stamp, triadId: 't', year: 2003, amountPence, budgetLineId: null, actionId, schoolId: null, note: '', overrideReason: '', ...o,
});

describe('forecastFromPlan', () => {
  it('equals the hand-worked figure on a fixed year, and a single large fee is not taken as a monthly rate', () => {
    // By hand, on 15/10/2003 with £50,000 available:
    //   spent      £12,000 (university fee, action A) + £5,500 (action D) = £17,500
    //   committed  £3,000 open order on action B                          =  £3,000
    //   planned    B: £8,000 allocated − £3,000 committed = £5,000 (ends 31/03/2004)
    //              C: £15,000 allocated, nothing spent     = £15,000 (ends 20/07/2004)
    //              A is fully spent, D is complete, E ended on 30/09/2003    = £20,000
    //   forecast   £17,500 + £3,000 + £20,000 = £40,500; £9,500 left.
    const forecast = forecastFromPlan({
      availablePence: 5_000_000,
      today: '2003-10-15',
      ledger: [
        entry({ date: '2003-09-20', amountPence: 1_200_000, actionId: 'A' }),
        entry({ date: '2003-10-01', amountPence: 550_000, actionId: 'D' }),
        entry({ kind: 'commitment', status: 'open', date: '2003-10-05', amountPence: 300_000, actionId: 'B' }),
      ],
      allocations: [allocation('A', 1_200_000), allocation('B', 800_000), allocation('C', 1_500_000), allocation('D', 600_000), allocation('E', 400_000)],
      actions: [
        { id: 'A', endDate: '2004-07-16', status: 'on-track' },
        { id: 'B', endDate: '2004-03-31', status: 'on-track' },
        { id: 'C', endDate: '2004-07-20', status: 'not-started' },
        { id: 'D', endDate: '2004-06-30', status: 'complete' },
        { id: 'E', endDate: '2003-09-30', status: 'on-track' },
      ],
    });
    expect(forecast).toMatchObject({ spentPence: 1_750_000, committedPence: 300_000, plannedPence: 2_000_000, plannedActions: 2, forecastSpendPence: 4_050_000, forecastRemainingPence: 950_000 });
    expect(forecast.explanation).toBe(
      'Forecast year-end spending £40,500.00, leaving £9,500.00 unspent: £17,500.00 spent, £3,000.00 committed on open orders and £20,000.00 allocated to 2 actions still to run (ending by 20/07/2004) and not yet spent (method: spending plus commitments plus unspent allocations to actions, not a trend from past months).',
    );
  });

  it('says so when the forecast overspends', () => {
    const forecast = forecastFromPlan({ availablePence: 100_000, today: '2003-10-15', ledger: [entry({ amountPence: 150_000 })], allocations: [], actions: [] });
    expect(forecast.explanation).toMatch(/^Forecast year-end spending £1,500.00, which would overspend by £500.00: .* nothing allocated to actions still to run/);
  });
});

describe('money without retyping', () => {
  it('proposes an allocation for each costed action not yet allocated, in plan order', () => {
    const actions = [
      { id: 'A', title: 'Moderation', estimatedCostPence: 600_000, leadSchoolId: 's1' },
      { id: 'B', title: 'Research', estimatedCostPence: 0, leadSchoolId: 's1' },
      { id: 'C', title: 'Coaching', estimatedCostPence: 800_000, leadSchoolId: 's2' },
    ];
    expect(proposePlanAllocations(actions, [{ actionId: 'A' }])).toEqual([{ actionId: 'C', title: 'Coaching', amountPence: 800_000 }]);
  });

  it('warns where the plan costs more than the year’s money', () => {
    expect(checkPlanCostWarning(5_000_000, 5_000_000)).toBeNull();
    expect(checkPlanCostWarning(5_000_000, 5_050_000)?.message).toBe("The plan's estimated costs (£50,500.00) come to £500.00 more than the £50,000.00 available this year.");
  });

  it('warns when a payment takes an action or a school over its allocation', () => {
    const before = summariseBudget({
      allocationPence: 5_000_000, carriedInPence: 0,
      allocations: [allocation('A', 600_000), allocation('', 1_000_000, { actionId: null, schoolId: 's2' })],
      ledger: [entry({ amountPence: 500_000, actionId: 'A', schoolId: 's2' })],
    });
    const warnings = checkSpendWarnings(before, { amountPence: 200_000, budgetLineId: 'line', status: 'paid', kind: 'payment', actionId: 'A', schoolId: 's2' }, 'Supply', { action: 'Moderation', school: 'Hamstead Junior School' });
    expect(warnings.map((w) => w.message)).toEqual(['This would take the action “Moderation” £1,000.00 over its allocation of £6,000.00.']);
    const more = checkSpendWarnings(before, { amountPence: 600_000, budgetLineId: 'line', status: 'paid', kind: 'payment', actionId: null, schoolId: 's2' }, 'Supply', { school: 'Hamstead Junior School' });
    expect(more.map((w) => w.message)).toEqual(['This would take Hamstead Junior School £1,000.00 over its allocation of £10,000.00.']);
  });
});
