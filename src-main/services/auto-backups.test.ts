import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { AutoBackups, backupsToKeep } from './auto-backups';
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

describe('AutoBackups', () => {
  it('writes into the data folder, lists newest first, reads back and rotates', async () => {
    main = await createTestMain();
    let clock = new Date('2026-11-20T09:00:00Z');
    const backups = new AutoBackups(main.services.dataFolder, () => clock);
    for (let day = 0; day < 4; day += 1) {
      for (let n = 0; n < 4; n += 1) {
        clock = new Date(Date.UTC(2026, 10, 20 + day, 9 + n));
        await backups.write('before import', new TextEncoder().encode(`day ${day} backup ${n}`));
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
    expect(list[0]!.reason).toBe('before import');
    const read = await backups.read(list[0]!.id);
    expect(new TextDecoder().decode(read.bytes)).toBe('day 3 backup 3');
    expect((await readdir(main.services.dataFolder.backupsDir)).length).toBe(6);
  });

  it('refuses to read anything that is not one of its backups', async () => {
    main = await createTestMain();
    const backups = main.services.backups;
    await expect(backups.read('../settings/settings.json')).rejects.toThrow(/no automatic backup/);
  });
});
