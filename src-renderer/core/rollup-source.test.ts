import { describe, expect, it } from 'vitest';
import { encodeBackup, type BackupTables } from './backup-format';
import { encodeReturn } from './exchange-format';
import { RECORD_TABLES } from './record-schemas';
import { combineRollupFiles, readRollupFile } from './rollup-source';

const at = '2004-01-01T00:00:00.000Z';
const triad = {
  id: 't1', createdAt: at, updatedAt: at, name: 'Oldbury', cohort: 'Cohort 1', localAuthority: 'Sandwell', firstYear: 2003, programmeYears: 3,
  annualAllocationPence: 5_000_000, focus: '', baselineYear: 2003, headlineMeasureId: 'm', improvementThreshold: 15, thresholdKind: 'percentage-points',
};
const schoolRecord = {
  id: 's1', createdAt: at, updatedAt: at, triadId: 't1', role: 'partner', name: 'Oldbury Primary', urn: '', dfeNumber: '', phase: 'Primary', address: '',
  postcode: '', headTeacher: '', linkTeacher: '', chairOfGovernors: '', email: '', phone: '', interventionCategory: 'none',
};
const resultRecord = (value: number, updatedAt: string) => ({
  id: 'r1', createdAt: at, updatedAt, triadId: 't1', schoolId: 's1', measureId: 'm', year: 2004, value, source: 'manual', note: '',
});

function tables(partial: Partial<BackupTables>): BackupTables {
  return Object.fromEntries(RECORD_TABLES.map((t) => [t, partial[t] ?? []])) as BackupTables;
}

describe('readRollupFile', () => {
  it('reads a backup’s tables', async () => {
    const bytes = await encodeBackup({ appVersion: '0.1.0', createdAt: at, tables: tables({ triads: [triad], schools: [schoolRecord] }) });
    const file = await readRollupFile(bytes);
    expect(file.ok && file.kind).toBe('backup');
    expect(file.ok && file.tables.schools).toHaveLength(1);
  });

  it('reads a partner return’s results', async () => {
    const bytes = await encodeReturn({
      appVersion: '0.1.0', createdAt: at, triadId: 't1', triadName: 'Oldbury', schoolId: 's1', schoolName: 'Oldbury Primary',
      period: { from: '2003-09-01', to: '2004-08-31' }, tables: { results: [resultRecord(64, at)], impactLog: [], evidenceFiles: [], ledgerEntries: [], progressUpdates: [] }, baseHashes: {},
    });
    const file = await readRollupFile(bytes);
    expect(file.ok && file.kind).toBe('return');
    expect(file.ok && file.tables.results).toHaveLength(1);
  });

  it('says plainly when a file is not one of ours, damaged or empty of triads', async () => {
    expect(await readRollupFile(new TextEncoder().encode('URN,Name\n1,School'))).toMatchObject({ ok: false, error: expect.stringContaining('not a Triad Planner backup') });
    const good = await encodeBackup({ appVersion: '0.1.0', createdAt: at, tables: tables({ triads: [triad] }) });
    const altered = new TextDecoder().decode(good).replace('Oldbury', 'Tipton');
    expect(await readRollupFile(new TextEncoder().encode(altered))).toMatchObject({ ok: false, error: expect.stringContaining('checksum') });
    const empty = await encodeBackup({ appVersion: '0.1.0', createdAt: at, tables: tables({}) });
    expect(await readRollupFile(empty)).toMatchObject({ ok: false, error: expect.stringContaining('no triad') });
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
