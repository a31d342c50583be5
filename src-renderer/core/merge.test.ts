import { describe, expect, it } from 'vitest';
import { describeDifferences, describeRecord, planMerge, resolveMerge, type IncomingRecord, type LocalRecord, type SyncMemory } from './merge';

const rec = (id: string, value: number) => ({ id, value, schoolId: 's', measureId: 'm', year: 2004 });
const incoming = (id: string, value: number, hash: string, baseHash: string | null = null): IncomingRecord => ({
  table: 'results', record: rec(id, value), hash, baseHash,
});

describe('the three-way merge', () => {
  it('adds, updates, keeps what is the same, and asks about both-sided changes', () => {
    const local = new Map<string, LocalRecord>([
      ['results:b', { record: rec('b', 1), hash: 'B0' }],
      ['results:c', { record: rec('c', 2), hash: 'C1' }],
      ['results:d', { record: rec('d', 3), hash: 'D1' }],
    ]);
    const plan = planMerge(
      [incoming('a', 9, 'A1'), incoming('b', 5, 'B1', 'B0'), incoming('c', 2, 'C1'), incoming('d', 7, 'D2', 'D0')],
      local,
      new Map(),
    );
    expect(plan.steps.map((s) => `${s.kind}:${s.key}`)).toEqual(['add:results:a', 'update:results:b', 'same:results:c', 'conflict:results:d']);
    expect(() => resolveMerge(plan, {})).toThrow();
    const writes = resolveMerge(plan, { 'results:d': 'mine' });
    expect(writes.puts.map((p) => p.record.id)).toEqual(['a', 'b']);
    expect(writes.remember.find((r) => r.key === 'results:d')).toMatchObject({ hash: 'D2', localHash: 'D1' });
  });

  it('skips what the partner has not changed since the last exchange, and asks when we deleted what they changed', () => {
    const memory = new Map<string, SyncMemory>([
      ['results:a', { hash: 'A1', localHash: 'A1' }],
      ['results:b', { hash: 'B1', localHash: 'B1' }],
    ]);
    const plan = planMerge([incoming('a', 9, 'A1'), incoming('b', 5, 'B2')], new Map(), memory);
    expect(plan.alreadyExchanged).toBe(1);
    expect(plan.steps.map((s) => s.kind)).toEqual(['conflict']);
  });

  it('describes differences and records in words', () => {
    expect(describeDifferences({ id: 'x', amountPence: 100, date: '2004-01-02' }, { id: 'x', amountPence: 250, date: '2004-01-02' })).toEqual([
      { field: 'amountPence', label: 'Amount', mine: '£1.00', theirs: '£2.50' },
    ]);
    expect(describeRecord('results', rec('a', 1), new Map([['m', 'KS2 English'], ['s', 'Hamstead Junior School']]))).toBe(
      'Result: KS2 English, Hamstead Junior School, summer 2004',
    );
  });
});
