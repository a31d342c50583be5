import { describe, expect, it } from 'vitest';
import { logEntriesFor, measureIdsOf, programmeSummary, spendForActions } from './evidence-chain';
import type { Action, ImpactLogEntry, LedgerEntry, Objective } from './model';

const base = { createdAt: '2004-01-01T00:00:00Z', updatedAt: '2004-01-01T00:00:00Z' };
function ledger(id: string, kind: LedgerEntry['kind'], status: LedgerEntry['status'], amountPence: number, actionId: string | null, date = '2004-01-10'): LedgerEntry {
  return {
    ...base, id, triadId: 't', year: 2003, kind, date, payee: 'P', description: id, amountPence, budgetLineId: 'b', actionId,
    schoolId: null, reference: '', status, commitmentId: null, evidenceFileId: null, overrideReason: '',
  };
}
const entries = [
  ledger('pay1', 'payment', 'paid', 100_00, 'a1', '2004-02-01'),
  ledger('pay2', 'payment', 'cancelled', 999_00, 'a1'),
  ledger('com1', 'commitment', 'open', 250_00, 'a1'),
  ledger('com2', 'commitment', 'paid', 400_00, 'a1'),
  ledger('pay3', 'payment', 'paid', 50_00, 'a2'),
  ledger('pay4', 'payment', 'paid', 70_00, null),
  ledger('com3', 'commitment', 'open', 300_00, 'a3'),
  { ...ledger('pay5', 'payment', 'paid', 120_00, 'a3'), commitmentId: 'com3' },
];

describe('spendForActions', () => {
  it('counts payments not cancelled as spent and open commitments as committed', () => {
    const spend = spendForActions(entries, ['a1']);
    expect(spend.spentPence).toBe(100_00);
    expect(spend.openCommitmentsPence).toBe(250_00);
    expect(spend.entries.map((e) => e.id)).toEqual(['pay1', 'pay2', 'com1', 'com2']);
    expect(spendForActions(entries, ['a1', 'a2']).spentPence).toBe(150_00);
    expect(spendForActions(entries, []).spentPence).toBe(0);
  });
  it('counts only what is still outstanding on a part-paid commitment, as the budget does', () => {
    expect(spendForActions(entries, ['a3'])).toMatchObject({ spentPence: 120_00, openCommitmentsPence: 180_00 });
  });
});

const objective = (id: string, measureIds: string[]): Objective => ({
  ...base, id, planId: 'p', priorityId: 'pr', title: id, order: 1,
  successCriteria: [
    ...measureIds.map((m) => ({ kind: 'measure' as const, measureId: m, schoolId: null, from: 60, to: 70, byDate: '2005-07-31', description: '' })),
    { kind: 'qualitative' as const, description: 'Staff say so' },
  ],
});
const action = (id: string, objectiveId: string) => ({ id, objectiveId }) as Action;

describe('programme summary', () => {
  it('puts spend by objective beside the change in its measures, and shows spend not linked to an action', () => {
    const { rows, unlinkedSpend } = programmeSummary({
      objectives: [objective('o1', ['m1', 'm1']), objective('o2', [])],
      actions: [action('a1', 'o1'), action('a2', 'o1'), action('a3', 'o2')],
      ledger: entries,
      changeOfMeasure: (id) => (id === 'm1' ? 6.5 : null),
    });
    expect(rows[0]).toMatchObject({ actionCount: 2, changeByMeasureId: { m1: 6.5 } });
    expect(rows[0]!.spend.spentPence).toBe(150_00);
    expect(rows[1]!.spend).toMatchObject({ spentPence: 120_00, openCommitmentsPence: 180_00 });
    expect(unlinkedSpend.spentPence).toBe(70_00);
  });
  it('lists measure ids once', () => {
    expect(measureIdsOf(objective('o', ['m1', 'm2', 'm1']).successCriteria)).toEqual(['m1', 'm2']);
  });
});

describe('logEntriesFor', () => {
  const entry = (id: string, date: string, objectiveIds: string[], actionIds: string[]) =>
    ({ id, date, objectiveIds, actionIds }) as ImpactLogEntry;
  it('finds entries linked to the objective or any of its actions, newest first', () => {
    const log = [entry('e1', '2004-01-01', [], ['a1']), entry('e2', '2004-03-01', ['o1'], []), entry('e3', '2004-02-01', [], ['a9'])];
    expect(logEntriesFor(log, { objectiveId: 'o1', actionIds: ['a1'] }).map((e) => e.id)).toEqual(['e2', 'e1']);
    expect(logEntriesFor(log, { objectiveId: 'x', actionIds: ['a9'] }).map((e) => e.id)).toEqual(['e3']);
  });
});
