import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { AutoBackups, backupsToKeep, safetyCopiesToKeep } from './auto-backups';
import { createTestMain, type TestMain } from '../test/harness';

let main: TestMain | null = null;
afterEach(async () => {
  await main?.cleanup();
  main = null;
});

describe('backupsToKeep', () => {
  it('keeps three from today and one for each earlier day, ten at most', () => {
    const now = new Date('2026-11-23T15:00:00Z');
    const backups = [
      ...['09', '10', '11', '12'].map((h) => ({ createdAt: `2026-11-23T${h}:00:00.000Z` })),
      ...Array.from({ length: 12 }, (_, i) => [
        { createdAt: `2026-11-${String(22 - i).padStart(2, '0')}T08:00:00.000Z` },
        { createdAt: `2026-11-${String(22 - i).padStart(2, '0')}T17:00:00.000Z` },
      ]).flat(),
    ];
    const kept = backupsToKeep(backups, now).map((b) => b.createdAt);
    expect(kept).toHaveLength(10);
    expect(kept.slice(0, 3)).toEqual(['2026-11-23T12:00:00.000Z', '2026-11-23T11:00:00.000Z', '2026-11-23T10:00:00.000Z']);
    expect(kept.slice(3)).toEqual(Array.from({ length: 7 }, (_, i) => `2026-11-${String(22 - i).padStart(2, '0')}T17:00:00.000Z`));
  });
});

describe('safetyCopiesToKeep', () => {
  it('keeps each copy until a newer one of the same kind exists and a week has passed since', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const copy = (createdAt: string, reason: string) => ({ createdAt, reason });
    const copies = [
      copy('2026-11-01T09:00:00.000Z', 'before restore'), // superseded on the 10th, more than a week ago: goes
      copy('2026-11-10T09:00:00.000Z', 'before restore'), // superseded on the 25th, less than a week ago: kept
      copy('2026-11-25T09:00:00.000Z', 'before restore'), // newest of its kind: kept
      copy('2026-10-01T09:00:00.000Z', 'before upgrade'), // newest of its kind, however old: kept
    ];
    expect(safetyCopiesToKeep(copies, now).map((c) => c.createdAt).sort()).toEqual([
      '2026-10-01T09:00:00.000Z',
      '2026-11-10T09:00:00.000Z',
      '2026-11-25T09:00:00.000Z',
    ]);
  });
});

describe('AutoBackups', () => {
  it('writes into the data folder, lists newest first, reads back and rotates', async () => {
    main = await createTestMain();
    let clock = new Date('2026-11-20T09:00:00Z');
    const backups = new AutoBackups(main.services.dataFolder, () => clock);
    for (let day = 0; day < 4; day += 1) {
      for (let n = 0; n < 4; n += 1) {
        clock = new Date(Date.UTC(2026, 10, 20 + day, 9 + n));
        await backups.write('data changed', new TextEncoder().encode(`day ${day} backup ${n}`));
      }
    }
    const list = await backups.list();
    // Today (23rd): 3 kept; 20th–22nd: one each.
    expect(list.map((b) => b.createdAt)).toEqual([
      '2026-11-23T12:00:00.000Z',
      '2026-11-23T11:00:00.000Z',
      '2026-11-23T10:00:00.000Z',
      '2026-11-22T12:00:00.000Z',
      '2026-11-21T12:00:00.000Z',
      '2026-11-20T12:00:00.000Z',
    ]);
    expect(list[0]!.reason).toBe('data changed');
    const read = await backups.read(list[0]!.id);
    expect(new TextDecoder().decode(read.bytes)).toBe('day 3 backup 3');
    expect((await readdir(main.services.dataFolder.backupsDir)).length).toBe(6);
  });

  it('never rotates away the copy taken before a restore, however many imports and edits follow', async () => {
    main = await createTestMain();
    let clock = new Date('2026-11-23T09:00:00Z');
    const backups = new AutoBackups(main.services.dataFolder, () => clock);
    const before = await backups.write('before restore', new TextEncoder().encode('the work before the restore'));
    for (let n = 1; n <= 12; n += 1) {
      clock = new Date(Date.UTC(2026, 10, 23, 9, n * 5));
      await backups.write(n % 2 ? 'before ledger import' : 'data changed', new TextEncoder().encode(`later ${n}`));
    }
    const ids = (await backups.list()).map((b) => b.id);
    expect(ids).toContain(before.id);
    expect(new TextDecoder().decode((await backups.read(before.id)).bytes)).toBe('the work before the restore');
    // All six "before ledger import" copies are from the last week, so all are kept; periodic ones rotate to 3.
    expect((await backups.list()).filter((b) => b.reason === 'before ledger import')).toHaveLength(6);
    expect((await backups.list()).filter((b) => b.reason === 'data changed')).toHaveLength(3);
  });

  it('refuses to read anything that is not one of its backups', async () => {
    main = await createTestMain();
    const backups = main.services.backups;
    await expect(backups.read('../settings/settings.json')).rejects.toThrow(/no automatic backup/);
  });
});
