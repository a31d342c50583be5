import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { parseBackupFile } from '../core/backup-format';
import { TriadDatabase } from './database';
import { seedDatabase } from './test-seed';
import { backUpBeforeUpgrade } from './upgrade-guard';

function recorder() {
  const saved: { reason: string; bytes: Uint8Array }[] = [];
  return { saved, save: async (reason: string, bytes: Uint8Array) => (saved.push({ reason, bytes }), { id: 'auto' }) };
}

describe('the snapshot before a schema upgrade', () => {
  it('backs up every table from a raw read when the stored schema is older than the code', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const db = new TriadDatabase(name);
    await seedDatabase(db);
    db.close();
    const { saved, save } = recorder();
    expect(await backUpBeforeUpgrade({ indexedDB, name, codeVersion: 2, appVersion: '0.2.0', save })).toBe('backed-up');
    expect(saved.map((s) => s.reason)).toEqual(['before upgrade']);
    const parsed = await parseBackupFile(saved[0]!.bytes);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.schemaVersion).toBe(1);
    expect(parsed.backup.tables.schools).toHaveLength(2);
    expect(parsed.backup.tables.evidenceFiles[0]!.bytes).toEqual(new Uint8Array([104, 105, 0, 255]));
    await new TriadDatabase(name).delete();
  });

  it('does nothing when the schema is current', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const db = new TriadDatabase(name);
    await seedDatabase(db);
    db.close();
    const { saved, save } = recorder();
    expect(await backUpBeforeUpgrade({ indexedDB, name, appVersion: '0.1.0', save })).toBe('up-to-date');
    expect(saved).toEqual([]);
    await new TriadDatabase(name).delete();
  });

  it('does not create a database that is not there', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const { saved, save } = recorder();
    expect(await backUpBeforeUpgrade({ indexedDB, name, codeVersion: 2, appVersion: '0.1.0', save })).toBe('no-database');
    expect(saved).toEqual([]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});
