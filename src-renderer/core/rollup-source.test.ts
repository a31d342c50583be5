import { describe, expect, it } from 'vitest';
import { combineRollupFiles, readRollupFile } from './rollup-source';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const at = '2004-01-01T00:00:00.000Z';
const triad = { id: 't1', createdAt: at, updatedAt: at, name: 'Oldbury', cohort: 'Cohort 1', localAuthority: 'Sandwell', firstYear: 2003, programmeYears: 3, annualAllocationPence: 5_000_000, baselineYear: 2003, headlineMeasureId: 'm' };
const schoolRecord = { id: 's1', createdAt: at, updatedAt: at, triadId: 't1', name: 'Oldbury Primary', role: 'partner' };
const resultRecord = (value: number, updatedAt: string) => ({ id: 'r1', createdAt: at, updatedAt, triadId: 't1', schoolId: 's1', measureId: 'm', year: 2004, value });

describe('readRollupFile', () => {
  it('reads a backup’s tables', () => {
    const file = readRollupFile(encode({ format: 'triad-planner-backup', formatVersion: 1, tables: { triads: [triad], schools: [schoolRecord] } }));
    expect(file.ok && file.kind).toBe('backup');
    expect(file.ok && file.tables.schools).toHaveLength(1);
  });

  it('says plainly when a file is not one of ours or is damaged', () => {
    expect(readRollupFile(new TextEncoder().encode('URN,Name\n1,School'))).toEqual({ ok: false, error: 'is not a Triad Planner backup or partner return, so it was not opened.' });
    expect(readRollupFile(encode({ format: 'something-else', tables: {} })).ok).toBe(false);
    expect(readRollupFile(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({ ok: false });
    const badMoney = readRollupFile(encode({ format: 'triad-planner-backup', tables: { triads: [{ ...triad, annualAllocationPence: 12.5 }] } }));
    expect(badMoney).toEqual({ ok: false, error: 'is damaged: a record in its triads has an unreadable annualAllocationPence, so it was not opened.' });
    expect(readRollupFile(encode({ format: 'triad-planner-backup', tables: { triads: [] } }))).toMatchObject({ ok: false, error: expect.stringContaining('no triad') });
  });
});

describe('combineRollupFiles', () => {
  const backup = { triads: [triad], schools: [schoolRecord], measures: [], results: [resultRecord(60, at)], budgetYears: [], budgetLines: [], allocations: [], ledgerEntries: [] };

  it('adds a partner’s return to its triad, keeping the newer copy of a record', () => {
    const partnerReturn = { ...backup, triads: [], schools: [], results: [resultRecord(64, '2004-07-20T00:00:00.000Z')] };
    const { inputs, problems } = combineRollupFiles([{ name: 'oldbury.triadbackup', tables: backup }, { name: 'partner.triadreturn', tables: partnerReturn }]);
    expect(problems).toEqual([]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.results.map((r) => r.value)).toEqual([64]);
  });

  it('names a return whose triad is not open', () => {
    const stray = { ...backup, triads: [], schools: [], results: [{ ...resultRecord(1, at), id: 'r9', triadId: 'elsewhere' }] };
    const { problems } = combineRollupFiles([{ name: 'stray.triadreturn', tables: stray }]);
    expect(problems).toEqual([{ name: 'stray.triadreturn', error: expect.stringContaining('backup is not open') }]);
  });
});
